package nl.samenduurzaam.portal.it.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * One headless Chromium per browser test class (starting one costs about a second and a process): it starts before
 * the class's first test and quits after its last. Every test gets it as it would a new one: without cookies (so no
 * one is logged in), on a blank page, with the console drained (so the CSP check sees only its own page). The
 * browser is handed to the test instance's {@code WebDriver} fields.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserPerClass.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(WebDriver.class, Browser.start());
    }

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        WebDriver driver = driver(context);
        for (Field field : test.getClass().getDeclaredFields()) {
            if (field.getType() == WebDriver.class && !Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(test, driver);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WebDriver driver = driver(context);
        driver.get("about:blank");
        // WebDriver's deleteAllCookies only reaches the current page's site: the DevTools command clears them all
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WebDriver driver = context.getStore(NAMESPACE).remove(WebDriver.class, WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
    }

    /** The class's browser: a test's store finds what its class's store holds. */
    private static WebDriver driver(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(WebDriver.class, WebDriver.class);
    }
}
