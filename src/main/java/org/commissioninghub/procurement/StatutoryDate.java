package org.commissioninghub.procurement;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.calendar.WorkingDayCalendar;

/**
 * One date of a procurement timetable, with the rule that sets it in plain English.
 *
 * @param id a stable name for programs ({@code representations-until})
 * @param name what it is, as people read it
 * @param at the moment, for programs
 * @param boundary whether something may happen from that moment or must happen by it
 * @param rule the rule that sets it
 */
public record StatutoryDate(String id, String name, Instant at, Boundary boundary, String rule) {

  public enum Boundary {
    /** Allowed from this moment: read as the start of a day. */
    FROM,
    /** Allowed until this moment: read as the end of the day before a midnight. */
    UNTIL
  }

  /** The moment in England, with its offset (GMT or BST). */
  public OffsetDateTime ukTime() {
    return at.atZone(WorkingDayCalendar.LONDON).toOffsetDateTime();
  }

  /** "midnight at the end of Monday 4 January 2027", or "the start of Tuesday 5 January 2027". */
  public String shownAs() {
    return boundary == Boundary.FROM ? UkTime.beginningAt(at) : UkTime.endingAt(at);
  }
}
