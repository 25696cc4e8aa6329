package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Mijn gegevens": the download of one's data, one's e-mail address and mail, and the change of one's password. */
public class MyDataPage extends PortalPage {

    public MyDataPage(WebDriver driver) {
        super(driver);
    }

    public static MyDataPage openFromMenu(WebDriver driver) {
        MyDataPage page = new MyDataPage(driver);
        page.wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-form:my-data-link"))).click();
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-form:change-password")));
        return page;
    }

    /** The mail the person receives, as the section reads: a required kind's line, or a choice's legend. */
    public String mailSection() {
        return driver.findElement(By.id("mail-form")).getText();
    }

    /** Chooses, in the fieldset of the kind of mail with this legend, the option with this label; then saves. */
    public MyDataPage chooseMail(String kindLegend, String optionLabel) {
        WebElement fieldset = driver.findElement(By.xpath("//form[@id='mail-form']//fieldset[legend[normalize-space()='"
                + kindLegend + "']]"));
        fieldset.findElement(By.xpath(".//label[normalize-space()='" + optionLabel + "']")).click();
        driver.findElement(By.id("mail-form:save-mail")).click();
        return this;
    }

    /** Whether the option with this label is the one chosen for the kind of mail with this legend. */
    public boolean isChosen(String kindLegend, String optionLabel) {
        WebElement fieldset = driver.findElement(By.xpath("//form[@id='mail-form']//fieldset[legend[normalize-space()='"
                + kindLegend + "']]"));
        String inputId = fieldset.findElement(By.xpath(".//label[normalize-space()='" + optionLabel + "']"))
                .getAttribute("for");
        return driver.findElement(By.id(inputId)).isSelected();
    }

    /** Asks for a new e-mail address, with the password; answers the form's message. */
    public String changeEmail(String address, String password) {
        type("email-form:new-email", address);
        type("email-form:email-password", password);
        driver.findElement(By.id("email-form:change-email")).click();
        return waitForMessage("We hebben een e-mail gestuurd");
    }

    /** Fills the three password fields and presses "Wachtwoord wijzigen"; waits for the form's answer. */
    public MyDataPage changePassword(String current, String chosen, String repeated) {
        WebElement form = driver.findElement(By.id("password-form"));
        type("password-form:current-password", current);
        type("password-form:new-password", chosen);
        type("password-form:repeat-password", repeated);
        driver.findElement(By.id("password-form:change-password")).click();
        wait.until(ExpectedConditions.stalenessOf(form.findElement(By.id("password-form:current-password"))));
        return this;
    }
}
