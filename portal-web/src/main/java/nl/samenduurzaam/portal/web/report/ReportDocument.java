package nl.samenduurzaam.portal.web.report;

import java.util.List;

/**
 * A report as its exports write it: a title, the filters it was made with (stated in every file), and its tables
 * with translated headers and formatted cells.
 */
public record ReportDocument(String title, String filters, List<Table> tables) {

    /** Excel refuses longer sheet names; a name cut short is unreadable, so every table names its sheet itself. */
    public static final int MAX_SHEET_NAME = 31;

    public ReportDocument {
        tables = List.copyOf(tables);
    }

    /** A table, the short name of its Excel sheet, and the chart drawn from it in the PDF (or null). */
    public record Table(String title, String sheet, List<String> header, List<List<String>> rows, Chart chart) {

        public Table {
            if (sheet.isBlank() || sheet.length() > MAX_SHEET_NAME || sheet.matches(".*[\\\\/?*\\[\\]:].*")) {
                throw new IllegalArgumentException("Not a sheet name Excel keeps whole: " + sheet);
            }
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public Table(String title, String sheet, List<String> header, List<List<String>> rows) {
            this(title, sheet, header, rows, null);
        }
    }

    /**
     * A bar chart of a table's figures: what it shows (read out as its name), the series (several are stacked) and a
     * bar per label with a value per series.
     */
    public record Chart(String description, List<String> series, List<Bar> bars) {

        public Chart {
            int seriesCount = series.size();
            if (bars.stream().anyMatch(bar -> bar.values().size() != seriesCount)) {
                throw new IllegalArgumentException("A value per series in every bar");
            }
            series = List.copyOf(series);
            bars = List.copyOf(bars);
        }

        /** The largest total of a bar: the full width of the chart. */
        long largest() {
            return bars.stream().mapToLong(Bar::total).max().orElse(0);
        }
    }

    public record Bar(String label, List<Long> values) {

        public Bar {
            values = List.copyOf(values);
        }

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }
}
