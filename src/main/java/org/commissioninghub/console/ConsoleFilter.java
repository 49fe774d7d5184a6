package org.commissioninghub.console;

import java.time.LocalDate;
import org.commissioninghub.casestore.Programme;

/**
 * What a lead looks at: one programme or all, a period (the days, in England, in which cases
 * ended, stages were left, approvals decided and milestones fell due) and, optionally, one
 * integrated care system or one commissioner. Open work is counted as it is now, whatever the period.
 */
public record ConsoleFilter(Programme programme, LocalDate from, LocalDate to, String integratedCareSystem,
    String commissioner) {

  /** The last twelve months up to today: a lead's usual view. */
  public static ConsoleFilter lastYear(LocalDate today) {
    return new ConsoleFilter(null, today.minusYears(1).plusDays(1), today, null, null);
  }

  public ConsoleFilter forProgramme(Programme chosen) {
    return new ConsoleFilter(chosen, from, to, integratedCareSystem, commissioner);
  }
}
