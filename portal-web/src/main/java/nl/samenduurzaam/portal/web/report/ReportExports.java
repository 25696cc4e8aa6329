package nl.samenduurzaam.portal.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import nl.samenduurzaam.portal.web.i18n.Texts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Writes a report as CSV, Excel (Apache POI) or tagged PDF (openhtmltopdf), always with the filters it was made with. */
@ApplicationScoped
public class ReportExports {

    private static final String CSV_LINE_END = "\r\n";

    /** Semicolon-separated, as Dutch spreadsheet programs expect; a byte order mark so they read UTF-8. */
    public byte[] csv(ReportDocument report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csvLine(csv, List.of(report.title()));
        csvLine(csv, List.of(report.filters()));
        for (ReportDocument.Table table : report.tables()) {
            csv.append(CSV_LINE_END);
            csvLine(csv, List.of(table.title()));
            csvLine(csv, table.header());
            table.rows().forEach(row -> csvLine(csv, row));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet per table; the title and the filters on top of each. */
    public byte[] xlsx(ReportDocument report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportDocument.Table table : report.tables()) {
                Sheet sheet = workbook.createSheet(table.sheet());
                int index = 0;
                sheet.createRow(index++).createCell(0).setCellValue(report.title());
                sheet.createRow(index++).createCell(0).setCellValue(report.filters());
                // the table's whole title: the sheet's name is the short one
                sheet.createRow(index++).createCell(0).setCellValue(table.title());
                writeRow(sheet.createRow(index++), table.header());
                for (List<String> row : table.rows()) {
                    writeRow(sheet.createRow(index++), row);
                }
                for (int column = 0; column < table.header().size(); column++) {
                    sheet.setColumnWidth(column, 24 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /**
     * A tagged PDF (PDF/UA) of landscape A4 pages with the title, the filters, every table and the charts, in the
     * language of the reader (the one the document was translated into).
     */
    public byte[] pdf(ReportDocument report) {
        return pdf(report, Texts.currentLocale());
    }

    /** The PDF of a report in this language (the document says it for screen readers). */
    public byte[] pdf(ReportDocument report, Locale language) {
        return ReportPdf.write(report, language);
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column);
            if (isNumber(value)) {
                row.createCell(column).setCellValue(Double.parseDouble(value.replace(',', '.')));
            } else {
                row.createCell(column).setCellValue(value);
            }
        }
    }

    private static boolean isNumber(String value) {
        return value != null && value.matches("-?\\d+([.,]\\d+)?");
    }

    private static void csvLine(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append(CSV_LINE_END);
    }

    /** Quotes a cell that needs it; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
    static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+([.,]\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

}
