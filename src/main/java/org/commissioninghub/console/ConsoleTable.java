package org.commissioninghub.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the console: what the page shows (and draws its chart from) and what its CSV
 * export holds, from the same rows. Public for the templates.
 *
 * @param chart how to draw it, or null for a table without a chart
 */
public record ConsoleTable(String id, String caption, List<String> headers, List<List<Cell>> rows, Chart chart) {

  /** A value as the page shows it ("12.5 days"), as the CSV holds it ("12.5") and, for a chart, as a number. */
  public record Cell(String shown, String csv, Number value, String link) {

    static Cell text(String text) {
      return new Cell(text == null ? "" : text, text == null ? "" : text, null, null);
    }

    static Cell link(String text, String href) {
      return new Cell(text, text, null, href);
    }

    static Cell count(long count) {
      return new Cell(String.format(java.util.Locale.UK, "%,d", count), Long.toString(count), count, null);
    }

    static Cell days(double seconds) {
      var days = Math.round(seconds / 8640.0) / 10.0;
      return new Cell(days + (days == 1.0 ? " day" : " days"), Double.toString(days), days, null);
    }

    static Cell date(java.time.LocalDate date) {
      return date == null ? text(null)
          : new Cell(date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)),
              date.toString(), null, null);
    }
  }

  /** A chart drawn from the table: bars labelled by one column, one series per value column. */
  public record Chart(int labelColumn, List<Integer> valueColumns, boolean stacked) {}

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Each row's cells by their column's header, for a reader (the weekly digest) that names what it takes. */
  public List<Map<String, Cell>> rowsByHeader() {
    return rows.stream().map(row -> {
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (int column = 0; column < headers.size(); column++) {
        cells.put(headers.get(column), row.get(column));
      }
      return cells;
    }).toList();
  }
}
