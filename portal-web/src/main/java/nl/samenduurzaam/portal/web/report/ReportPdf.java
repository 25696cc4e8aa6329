package nl.samenduurzaam.portal.web.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A report as a tagged PDF that a screen reader can read (PDF/UA-1, PDF/A-3a): headings, tables with header cells,
 * the document's language and title, and a bar chart beside the tables that have one, all laid out from XHTML. The
 * fonts are embedded, as both standards require.
 */
final class ReportPdf {

    /** Kept, so that the level holds: the renderer reports every stage of every export at INFO. */
    private static final Logger RENDERER_LOG = Logger.getLogger("com.openhtmltopdf");

    static {
        RENDERER_LOG.setLevel(Level.WARNING);
    }

    private static final String FONT = "Liberation Sans";
    private static final String[] SERIES_COLOURS = {"#1d5c3a", "#b35c00"};
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 15mm; }
            body { font-family: 'Liberation Sans'; font-size: 9pt; color: #1a1a1a; }
            h1 { font-size: 16pt; margin: 0 0 2mm 0; }
            h2 { font-size: 12pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }
            p.filters { font-size: 10pt; margin: 0 0 4mm 0; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #8a8a8a; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            th { font-weight: bold; background-color: #e8efe9; }
            div.chart { margin: 3mm 0 0 0; page-break-inside: avoid; }
            p.chart-title { font-weight: bold; margin: 0 0 1.5mm 0; }
            div.chart-row { margin: 0 0 1mm 0; }
            span.chart-label { display: inline-block; width: 55mm; }
            span.chart-track { display: inline-block; width: 150mm; }
            span.chart-bar { display: inline-block; height: 3.5mm; }
            span.chart-value { display: inline-block; width: 30mm; padding-left: 2mm; }
            p.chart-legend { margin: 1.5mm 0 0 0; }
            span.chart-swatch { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 3mm; }
            """;

    private ReportPdf() {
    }

    static byte[] write(ReportDocument report, Locale locale) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            // PDF/A wants the colours' meaning: the Java runtime's own sRGB profile, no file of ours
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml(report, locale), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static InputStream font(String file) {
        InputStream font = ReportPdf.class.getResourceAsStream("/liberation/" + file);
        if (font == null) {
            throw new IllegalStateException("The font " + file + " is not on the class path");
        }
        return font;
    }

    static String xhtml(ReportDocument report, Locale locale) {
        StringBuilder html = new StringBuilder(16_384)
                .append("<!DOCTYPE html><html lang=\"").append(escape(locale.getLanguage())).append("\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(escape(report.title())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(escape(report.filters())).append("\"/>")
                .append("<style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(escape(report.title())).append("</h1>")
                .append("<p class=\"filters\">").append(escape(report.filters())).append("</p>");
        for (ReportDocument.Table table : report.tables()) {
            html.append("<h2>").append(escape(table.title())).append("</h2>");
            table(html, table);
            if (table.chart() != null && !table.chart().bars().isEmpty()) {
                chart(html, table.chart());
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void table(StringBuilder html, ReportDocument.Table table) {
        html.append("<table><thead><tr>");
        table.header().forEach(cell -> html.append("<th scope=\"col\">").append(escape(cell)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int column = 0; column < row.size(); column++) {
                // the first cell names the row, as on the page
                String cell = column == 0 ? "th scope=\"row\"" : "td";
                html.append('<').append(cell).append('>').append(escape(row.get(column)))
                        .append("</").append(cell, 0, 2).append('>');
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /**
     * Horizontal bars, as long as their share of the largest total, with the label and the figures in text: the
     * bars themselves are drawn backgrounds (artifacts to a screen reader), the text says the same.
     */
    private static void chart(StringBuilder html, ReportDocument.Chart chart) {
        long largest = Math.max(1, chart.largest());
        html.append("<div class=\"chart\"><p class=\"chart-title\">").append(escape(chart.description())).append("</p>");
        for (ReportDocument.Bar bar : chart.bars()) {
            html.append("<div class=\"chart-row\"><span class=\"chart-label\">").append(escape(bar.label()))
                    .append("</span><span class=\"chart-track\">");
            for (int series = 0; series < bar.values().size(); series++) {
                double width = 150.0 * bar.values().get(series) / largest;
                if (width > 0) {
                    html.append("<span class=\"chart-bar\" style=\"width: ")
                            .append(String.format(Locale.ROOT, "%.2f", width)).append("mm; background-color: ")
                            .append(SERIES_COLOURS[series % SERIES_COLOURS.length]).append(";\"></span>");
                }
            }
            html.append("</span><span class=\"chart-value\">").append(escape(values(bar))).append("</span></div>");
        }
        if (chart.series().size() > 1) {
            html.append("<p class=\"chart-legend\">");
            for (int series = 0; series < chart.series().size(); series++) {
                html.append("<span class=\"chart-swatch\" style=\"background-color: ")
                        .append(SERIES_COLOURS[series % SERIES_COLOURS.length]).append(";\"></span>")
                        .append(escape(chart.series().get(series)));
            }
            html.append("</p>");
        }
        html.append("</div>");
    }

    private static String values(ReportDocument.Bar bar) {
        return String.join(" + ", bar.values().stream().map(String::valueOf).toList());
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // a control character cannot stand in XML, nor say anything in a report
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
