package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** Management's selection decision for a whole session's shortlist. */
public class SessionSelectionPage extends PortalPage {

    SessionSelectionPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("selection-form:session")));
    }

    public SessionSelectionPage showSession(String titleStart) {
        new Select(driver.findElement(By.id("selection-form:session"))).getOptions().stream()
                .filter(option -> option.getText().startsWith(titleStart)).findFirst().orElseThrow().click();
        WebElement table = driver.findElement(By.id("selection-form:ideas"));
        driver.findElement(By.id("selection-form:show")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("selection-form:ideas")));
        return this;
    }

    public List<String> ideaNumbers() {
        return driver.findElements(By.cssSelector("#selection-form\\:ideas_data .task-idea-number")).stream()
                .map(WebElement::getText).toList();
    }

    /** Chooses the decision (by its label) for the idea in this row, with a reason or none. */
    public SessionSelectionPage decide(int row, String decisionLabel, String reason) {
        Select decision = new Select(driver.findElement(By.id("selection-form:ideas:" + row + ":decision")));
        if (!decision.getFirstSelectedOption().getText().equals(decisionLabel)) {
            // the choice is sent at once: the button asks for confirmation when an idea is not pursued
            WebElement button = driver.findElement(By.id("selection-form:decide"));
            decision.selectByVisibleText(decisionLabel);
            wait.until(ExpectedConditions.stalenessOf(button));
        }
        WebElement field = driver.findElement(By.id("selection-form:ideas:" + row + ":reason"));
        field.clear();
        if (reason != null) {
            field.sendKeys(reason);
        }
        return this;
    }

    public String submit(String expectedMessage) {
        pressConfirming(By.id("selection-form:decide"));
        return waitForMessage(expectedMessage);
    }
}
