package nl.samenduurzaam.portal.web.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportExportsTest {

    private final ReportExports exports = new ReportExports();

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() {
        assertThat(ReportExports.quoted("Kansrijk")).isEqualTo("Kansrijk");
        assertThat(ReportExports.quoted("a;b")).isEqualTo("\"a;b\"");
        assertThat(ReportExports.quoted("zei \"ja\"")).isEqualTo("\"zei \"\"ja\"\"\"");
        assertThat(ReportExports.quoted("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportExports.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportExports.quoted("-12,5")).isEqualTo("-12,5");
        assertThat(ReportExports.quoted(null)).isEmpty();
    }

    @Test
    void csvStatesTheFiltersAndEveryTable() {
        ReportDocument report = new ReportDocument("Rapportage", "Periode - t/m -", List.of(
                new ReportDocument.Table("Trechter", "Trechter", List.of("Fase", "Aantal"),
                        List.of(List.of("Ideeën", "3")))));

        String csv = new String(exports.csv(report), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFRapportage\r\nPeriode - t/m -\r\n\r\nTrechter\r\nFase;Aantal\r\nIdeeën;3\r\n");
    }

    @Test
    void everySheetHasItsWholeShortNameAndTheTableItsWholeTitle() throws Exception {
        String title = "Hoofdrollen per overheidsperspectief";
        ReportDocument report = new ReportDocument("Rapportage", "Alle", List.of(new ReportDocument.Table(title,
                "Overheidsperspectieven", List.of("Perspectief", "Ideeën"), List.of(List.of("netwerkend", "2")))));

        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(report)))) {
            assertThat(excel.getSheetName(0)).isEqualTo("Overheidsperspectieven");
            Sheet sheet = excel.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
        assertThatThrownBy(() -> new ReportDocument.Table(title, title, List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The names the reports give their sheets, in both languages: whole in Excel, and one per sheet. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theSheetNamesOfBothLanguagesFitExcel(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        List<String> names = bundle.keySet().stream().filter(key -> key.startsWith("report.sheet."))
                .map(bundle::getString).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(ReportDocument.MAX_SHEET_NAME)
                        .doesNotContainPattern("[\\\\/?*\\[\\]:]"));
    }

    /**
     * The PDF is tagged so that a screen reader can read it: veraPDF finds no failed rule of PDF/UA-1 (nor of
     * PDF/A-3a), and the text of the tables and the charts is there to read.
     */
    @Test
    void thePdfMeetsPdfUaWithItsTablesAndCharts() throws Exception {
        ReportDocument report = new ReportDocument("Rapportages over het programma",
                "Periode - t/m -; opgave: alle; sessie: <alle> & \"meer\"", List.of(
                new ReportDocument.Table("Trechter", "Trechter", List.of("Fase", "Aantal", "Van de fase ervoor"),
                        List.of(List.of("Inzichten", "12", ""), List.of("Omgezet in een idee", "8", "66,7")),
                        new ReportDocument.Chart("Staafdiagram van de trechter", List.of("Aantal"), List.of(
                                new ReportDocument.Bar("Inzichten", List.of(12L)),
                                new ReportDocument.Bar("Omgezet in een idee", List.of(8L))))),
                new ReportDocument.Table("Werkvoorraad per groep", "Werkvoorraad per groep",
                        List.of("Groep", "Nog niet opgepakt", "Opgepakt"), List.of(List.of("Beoordelaars", "4", "1")),
                        new ReportDocument.Chart("Staafdiagram van de werkvoorraad", List.of("Nog niet opgepakt",
                                "Opgepakt"), List.of(new ReportDocument.Bar("Beoordelaars", List.of(4L, 1L)),
                                new ReportDocument.Bar("Rolhouders", List.of(0L, 0L)))))));

        byte[] pdf = exports.pdf(report, Locale.forLanguageTag("nl"));

        assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rapportages over het programma");
            assertThat(new PDFTextStripper().getText(document)).contains("Omgezet in een idee", "66,7",
                    "Staafdiagram van de trechter", "4 + 1", "Nog niet opgepakt", "<alle> & \"meer\"");
        }
    }

    private static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage() + " at " + assertion.getLocation().getContext())
                    .distinct().toList();
        }
    }
}
