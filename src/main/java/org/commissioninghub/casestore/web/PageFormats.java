package org.commissioninghub.casestore.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.calendar.WorkingDayCalendar;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.MoneyAmounts;

/**
 * How the hub's pages write values for people: dates as "20 February 2027", moments in UK time,
 * money in pounds with separators, coded values in words. Public for the templates.
 */
public final class PageFormats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter ENTERED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
  private static final DateTimeFormatter READ_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A date as it is typed into the pages' date fields. */
  public String entered(LocalDate date) {
    return date == null ? "" : ENTERED_DATE.format(date);
  }

  /**
   * A date as typed into the pages' date fields, day/month/year (20/02/2027 or 20/2/2027); empty
   * for anything else, 31/02/2027 included, which is never rolled over to another day.
   */
  public static Optional<LocalDate> readEntered(String entered) {
    try {
      return Optional.of(LocalDate.parse(entered.strip(), READ_DATE));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  /** "20 February 2027 at 09:15", in England. */
  public String moment(Instant instant) {
    if (instant == null) {
      return "";
    }
    var local = instant.atZone(WorkingDayCalendar.LONDON);
    return DATE.format(local) + " at " + TIME.format(local);
  }

  /** When a timer falls due: "midnight at the end of Monday 4 January 2027". */
  public String due(Instant instant) {
    return instant == null ? "" : UkTime.endingAt(instant);
  }

  public String money(BigDecimal value) {
    return value == null ? "" : MoneyAmounts.format(value);
  }

  /** "on-hold" as "On hold". */
  public String words(Object value) {
    if (value == null) {
      return "";
    }
    var text = value instanceof CodedValue coded ? coded.id() : value.toString();
    var spaced = text.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.UK);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** A field name ("contractedUdas", "currentContractEndDate") as a label ("Contracted udas"). */
  public String label(String field) {
    var spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
