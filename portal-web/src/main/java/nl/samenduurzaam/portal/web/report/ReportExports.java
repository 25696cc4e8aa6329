package nl.samenduurzaam.portal.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a report as CSV, Excel (Apache POI) or PDF (OpenPDF), always with the filters it was made with. */
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
                Sheet sheet = workbook.createSheet(sheetName(table.title()));
                int index = 0;
                sheet.createRow(index++).createCell(0).setCellValue(report.title());
                sheet.createRow(index++).createCell(0).setCellValue(report.filters());
                index++;
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

    /** An A4 document with the title, the filters and every table. */
    public byte[] pdf(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate());
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.open();
            document.add(new Paragraph(report.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            document.add(new Paragraph(report.filters(), FontFactory.getFont(FontFactory.HELVETICA, 10)));
            Font header = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font cell = FontFactory.getFont(FontFactory.HELVETICA, 10);
            for (ReportDocument.Table table : report.tables()) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph(table.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
                PdfPTable pdfTable = new PdfPTable(table.header().size());
                pdfTable.setWidthPercentage(100);
                pdfTable.setHeaderRows(1);
                table.header().forEach(text -> pdfTable.addCell(new Paragraph(text, header)));
                table.rows().forEach(row -> row.forEach(text -> pdfTable.addCell(new Paragraph(text, cell))));
                document.add(pdfTable);
            }
        } catch (DocumentException unwritable) {
            throw new IllegalStateException("The PDF could not be written", unwritable);
        } finally {
            document.close();
        }
        return out.toByteArray();
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

    private static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
