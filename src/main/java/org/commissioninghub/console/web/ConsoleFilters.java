package org.commissioninghub.console.web;

import java.time.LocalDate;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.web.PageErrors;
import org.commissioninghub.casestore.web.PageFormats;
import org.commissioninghub.console.ConsoleFilter;
import org.commissioninghub.console.ConsoleService;
import org.commissioninghub.console.ProgrammeConsole;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.NotFoundException;

/**
 * The console's filter as its pages take it, from the query string: a programme's id, a period of
 * days written day/month/year, an integrated care system and a commissioner, each optional; each
 * bad one named. The same query string serves the dashboard, its CSV exports and the boards.
 */
final class ConsoleFilters {

  /** The filter as entered, to fill the form again and build links. Public for the templates. */
  public record Entered(String programme, String from, String to, String ics, String commissioner) {

    /** The query string that asks for the same filter. */
    public String query() {
      var query = new StringBuilder();
      append(query, "programme", programme);
      append(query, "from", from);
      append(query, "to", to);
      append(query, "ics", ics);
      append(query, "commissioner", commissioner);
      return query.toString();
    }

    /** The same filter for a page whose address names the programme. */
    public Entered withoutProgramme() {
      return new Entered(null, from, to, ics, commissioner);
    }

    private static void append(StringBuilder query, String name, String value) {
      if (value != null && !value.isBlank()) {
        query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
            .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  private ConsoleFilters() {}

  static ConsoleFilter read(Entered entered, LocalDate today, PageErrors errors) {
    var usual = ConsoleFilter.lastYear(today);
    Programme programme = null;
    if (present(entered.programme())) {
      programme = CodedValue.findById(Programme.class, entered.programme().strip()).orElse(null);
      if (programme == null) {
        errors.add("console-programme", "Choose a programme from the list");
      }
    }
    var from = day(entered.from(), "console-from", "The first day", usual.from(), errors);
    var to = day(entered.to(), "console-to", "The last day", usual.to(), errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.add("console-to", "The last day must not be before the first day");
    }
    return new ConsoleFilter(programme, from == null ? usual.from() : from, to == null ? usual.to() : to,
        present(entered.ics()) ? entered.ics().strip() : null,
        present(entered.commissioner()) ? entered.commissioner().strip() : null);
  }

  /** The filter of a page about one programme (a heat map): the programme from its address, the rest as entered. */
  static ConsoleFilter readFor(Programme programme, Entered entered, LocalDate today, PageErrors errors) {
    return read(entered.withoutProgramme(), today, errors).forProgramme(programme);
  }

  /**
   * The filter of a download (a CSV, the heat map's figures), for the programme its address names
   * or null: a bad one is refused with 400 naming every bad parameter, as the query string names it.
   */
  static ConsoleFilter readOrRefuse(Programme programme, Entered entered, LocalDate today) {
    var errors = new PageErrors();
    var filter = programme == null ? read(entered, today, errors) : readFor(programme, entered, today, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.all().stream()
          .map(error -> new FieldProblem(error.fieldId().replaceFirst("^console-", ""), error.message())).toList());
    }
    return filter;
  }

  /** The programme a console address names by its id, if the console shows it; 404 otherwise. */
  static ProgrammeConsole programmeConsole(ConsoleService console, String programmeId) {
    return CodedValue.findById(Programme.class, programmeId).flatMap(console::consoleOf)
        .orElseThrow(() -> new NotFoundException("The console has no programme " + programmeId + "."));
  }

  /** The filter as the form shows it when nothing was entered: the last twelve months. */
  static Entered shown(Entered entered, ConsoleFilter filter) {
    var formats = new PageFormats();
    return new Entered(entered.programme(), present(entered.from()) ? entered.from() : formats.entered(filter.from()),
        present(entered.to()) ? entered.to() : formats.entered(filter.to()), entered.ics(), entered.commissioner());
  }

  private static LocalDate day(String entered, String fieldId, String noun, LocalDate usual, PageErrors errors) {
    if (!present(entered)) {
      return usual;
    }
    var day = PageFormats.readEntered(entered);
    if (day.isEmpty()) {
      errors.add(fieldId, noun + " must be a real date, written as day/month/year, such as 01/04/2026");
    }
    return day.orElse(null);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
