package nl.samenduurzaam.portal.web.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
                new ReportDocument.Table("Trechter", List.of("Fase", "Aantal"), List.of(List.of("Ideeën", "3")))));

        String csv = new String(exports.csv(report), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFRapportage\r\nPeriode - t/m -\r\n\r\nTrechter\r\nFase;Aantal\r\nIdeeën;3\r\n");
    }

    @Test
    void excelAndPdfAreWritten() {
        ReportDocument report = new ReportDocument("Rapportage", "Alle", List.of(
                new ReportDocument.Table("Doorlooptijd/stap: [mediaan]", List.of("Stap", "Mediaan"),
                        List.of(List.of("Idee screenen", "2,0")))));

        assertThat(exports.xlsx(report)).startsWith((byte) 'P', (byte) 'K');
        assertThat(new String(exports.pdf(report), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
