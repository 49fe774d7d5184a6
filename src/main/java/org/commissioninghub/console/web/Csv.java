package org.commissioninghub.console.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commissioninghub.console.ConsoleTable;

/**
 * A console table as CSV: one header line, one line per row, each field quoted where it must be;
 * sent as UTF-8 with a byte order mark so Excel reads it.
 */
final class Csv {

  private Csv() {}

  /** Sends the table as a CSV attachment with this file name. */
  static void send(HttpServletResponse response, String fileName, ConsoleTable table) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    var out = response.getOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(of(table).getBytes(StandardCharsets.UTF_8));
  }

  static String of(ConsoleTable table) {
    var csv = new StringBuilder();
    line(csv, table.headers());
    table.rows().forEach(row -> line(csv, row.stream()
        .map(cell -> cell.value() == null ? text(cell.csv()) : cell.csv()).toList()));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  /** Text that a spreadsheet would read as a formula is kept as text. */
  private static String text(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static String field(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
