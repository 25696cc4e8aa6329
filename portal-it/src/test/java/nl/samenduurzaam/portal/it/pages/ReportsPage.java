package nl.samenduurzaam.portal.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** Management's reports: funnel, lead times and the heatmap on the diagram, due dates, workload, charts. */
public class ReportsPage extends PortalPage {

    ReportsPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("funnel")));
    }

    public static ReportsPage openFromMenu(WebDriver driver) {
        driver.findElement(By.id("nav-form:reports-link")).click();
        return new ReportsPage(driver);
    }

    /**
     * Asks for the reports over a period (ISO dates) that the portal refuses, and answers the messages beside the end
     * date once one appears.
     */
    public List<String> showPeriodExpectingError(String from, String until) {
        setDate("filter-form:from", from);
        setDate("filter-form:until", until);
        driver.findElement(By.id("filter-form:show")).click();
        wait.until(d -> !messagesBeside("filter-form:until").isEmpty());
        return messagesBeside("filter-form:until");
    }

    /** A date input takes its value as the browser's date picker would set it. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), isoDate);
    }

    /** The count of a funnel stage, by its key (insights, ideas, shortlisted, ...). */
    public long funnelCount(String stage) {
        return Long.parseLong(driver.findElement(By.cssSelector("tr.funnel-stage[data-stage='" + stage
                + "'] .funnel-count")).getText().trim());
    }

    public List<String> stepsWithLeadTimes() {
        return driver.findElements(By.cssSelector("tr.lead-step")).stream()
                .map(row -> row.getAttribute("data-step")).toList();
    }

    /** The charts drawn on the page (their ids), once Chart.js has drawn them on their canvases. */
    public List<String> charts() {
        return driver.findElements(By.cssSelector(".report-chart canvas")).stream()
                .map(canvas -> canvas.findElement(By.xpath("..")).getAttribute("id")).toList();
    }

    /** The share of the stage before, as shown ("66,7 %"); empty where the stage has none. */
    public String funnelConversion(String stage) {
        return driver.findElement(By.cssSelector("tr.funnel-stage[data-stage='" + stage + "'] td:nth-of-type(2)"))
                .getText().trim();
    }

    /** What a funnel stage counts, as the page defines it beside the figure. */
    public String funnelDefinition(String stage) {
        return driver.findElement(By.cssSelector("tr.funnel-stage[data-stage='" + stage + "'] .report-definition"))
                .getText().trim();
    }

    /** A figure of ownership and escalation (escalations, owner-proposals, accepted, ...) as shown. */
    public String serviceFigure(String key) {
        return driver.findElement(By.cssSelector("tr.service-figure[data-figure='" + key + "'] .service-value"))
                .getText().trim();
    }

    public long serviceCount(String key) {
        return Long.parseLong(serviceFigure(key));
    }

    public String serviceDefinition(String key) {
        return driver.findElement(By.cssSelector("tr.service-figure[data-figure='" + key + "'] .report-definition"))
                .getText().trim();
    }

    /** Waits until the heatmap is drawn; the figures shown on the diagram. */
    public List<String> heatFigures() {
        wait.until(d -> !d.findElements(By.cssSelector(".process-diagram.diagram-ready")).isEmpty()
                || !d.findElements(By.cssSelector(".process-diagram.diagram-failed")).isEmpty());
        return driver.findElements(By.cssSelector(".heat-figure")).stream()
                .map(figure -> figure.getAttribute("textContent")).toList();
    }
}
