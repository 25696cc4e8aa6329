package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;

public class LoginPage extends PortalPage {

    public LoginPage(WebDriver driver) {
        super(driver);
    }

    public static LoginPage open(WebDriver driver, URL base) {
        driver.get(base + "login.xhtml");
        LoginPage page = new LoginPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form:username")));
        return page;
    }

    public void submit(String username, String password) {
        driver.findElement(By.id("login-form:username")).sendKeys(username);
        driver.findElement(By.id("login-form:password")).sendKeys(password);
        driver.findElement(By.id("login-form:submit")).click();
    }

    /** Follows "forgot your password?" to the page that mails a link. */
    public PasswordResetPage forgotPassword() {
        driver.findElement(By.id("forgot-password")).click();
        return new PasswordResetPage(driver).await();
    }

    public MyIdeasPage loginAsPartner(String username, String password) {
        submit(username, password);
        return new MyIdeasPage(driver).await();
    }

    /** The facilitator lands on the sessions, where her work is. */
    public void loginAsFacilitator(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-form:sessions-link")));
        wait.until(d -> d.getCurrentUrl().contains("/sessions/index.xhtml"));
    }

    public TaskListPage loginAsCivilServant(String username, String password) {
        submit(username, password);
        return new TaskListPage(driver).await();
    }
}
