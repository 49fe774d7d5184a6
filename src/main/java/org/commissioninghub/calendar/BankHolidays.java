package org.commissioninghub.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The bank holidays of England and Wales, read from a file in the shape GOV.UK publishes at
 * {@code https://www.gov.uk/bank-holidays/england-and-wales.json}.
 *
 * <p>The file covers whole years, from the first year it holds to the last. A date outside those
 * years is refused rather than treated as an ordinary day: a working-day count that silently
 * skipped an unknown bank holiday would put a statutory deadline on the wrong day. When the file
 * runs out, publish a newer one (property {@code hub.calendar.bank-holidays}).
 */
public final class BankHolidays {

  static final String DIVISION = "england-and-wales";

  private final NavigableSet<LocalDate> dates;
  private final int firstYear;
  private final int lastYear;

  private BankHolidays(NavigableSet<LocalDate> dates, String source) {
    if (dates.isEmpty()) {
      throw new IllegalStateException("bank holidays file " + source + " holds no bank holidays");
    }
    this.dates = Collections.unmodifiableNavigableSet(dates);
    this.firstYear = dates.first().getYear();
    this.lastYear = dates.last().getYear();
    for (int year = firstYear; year <= lastYear; year++) {
      if (inYear(year).isEmpty()) {
        throw new IllegalStateException("bank holidays file " + source + " covers " + firstYear
            + " to " + lastYear + " but holds no bank holidays for " + year);
      }
    }
  }

  public static BankHolidays load(Resource resource) {
    var source = resource.getDescription();
    BankHolidaysFile file;
    try (var in = resource.getInputStream()) {
      file = new ObjectMapper().readValue(in, BankHolidaysFile.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bank holidays from " + source, e);
    }
    if (!DIVISION.equals(file.division())) {
      throw new IllegalStateException("bank holidays file " + source + " is for division \""
          + file.division() + "\", not \"" + DIVISION + "\"");
    }
    if (file.events() == null) {
      throw new IllegalStateException("bank holidays file " + source + " has no \"events\"");
    }
    var dates = new TreeSet<LocalDate>();
    for (var event : file.events()) {
      dates.add(parseDate(event, source));
    }
    return new BankHolidays(dates, source);
  }

  private static LocalDate parseDate(Event event, String source) {
    var date = event == null ? null : event.date();
    try {
      return LocalDate.parse(date == null ? "" : date);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("bank holidays file " + source + " has an event without a "
          + "date in the form yyyy-mm-dd: " + event, e);
    }
  }

  /** For tests and tools without Spring, such as a process test engine. */
  public static BankHolidays fromClasspath(String path) {
    return load(new ClassPathResource(path));
  }

  public boolean isBankHoliday(LocalDate day) {
    requireCovered(day);
    return dates.contains(day);
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  public boolean covers(LocalDate day) {
    return day.getYear() >= firstYear && day.getYear() <= lastYear;
  }

  public void requireCovered(LocalDate day) {
    if (!covers(day)) {
      throw new IllegalStateException("no bank holidays known for " + day + ": the calendar covers "
          + firstYear + " to " + lastYear + "; publish a newer bank holidays file "
          + "(property hub.calendar.bank-holidays)");
    }
  }

  /** The bank holidays in a year, in date order. */
  public NavigableSet<LocalDate> inYear(int year) {
    return dates.subSet(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record BankHolidaysFile(String division, List<Event> events) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Event(String title, String date) {}
}
