package nl.samenduurzaam.portal.web.report;

import java.util.List;

/**
 * A report as its exports write it: a title, the filters it was made with (stated in every file), and its tables
 * with translated headers and formatted cells.
 */
public record ReportDocument(String title, String filters, List<Table> tables) {

    public ReportDocument {
        tables = List.copyOf(tables);
    }

    public record Table(String title, List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
