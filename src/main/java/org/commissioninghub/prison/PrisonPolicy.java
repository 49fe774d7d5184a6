package org.commissioninghub.prison;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers prison healthcare mobilisation applies, from configuration ({@code hub.prison.*}).
 *
 * @param governorApprovesGoLive whether each site's prison governor signs off its go-live after the
 *     Health and Justice commissioner (the governor's part as a formal approver is not settled nationally)
 * @param employeeLiabilityInformationDays how many days before transfer the outgoing employer's employee
 *     liability information is due (TUPE regulation 11: at least 28)
 * @param vettingWeeksShortest the shortest time security vetting and keys training take a person (6 weeks)
 * @param vettingWeeksLongest the longest (8 weeks): a site still vetting staff nearer go-live than this is warned
 * @param firstReviewDays the first post-go-live review of a lot, in days after its go-live date (30)
 * @param secondReviewDays the second, in days after its go-live date (90)
 */
@ConfigurationProperties("hub.prison")
public record PrisonPolicy(boolean governorApprovesGoLive, int employeeLiabilityInformationDays,
    int vettingWeeksShortest, int vettingWeeksLongest, int firstReviewDays, int secondReviewDays) {

  /** TUPE regulation 11: employee liability information at least 28 days before the transfer. */
  static final int STATUTORY_EMPLOYEE_LIABILITY_DAYS = 28;

  public PrisonPolicy {
    if (employeeLiabilityInformationDays < STATUTORY_EMPLOYEE_LIABILITY_DAYS) {
      throw new IllegalArgumentException("hub.prison.employee-liability-information-days must be at least "
          + STATUTORY_EMPLOYEE_LIABILITY_DAYS + " (TUPE regulation 11), not " + employeeLiabilityInformationDays);
    }
    if (vettingWeeksShortest < 1 || vettingWeeksLongest < vettingWeeksShortest) {
      throw new IllegalArgumentException("hub.prison.vetting-weeks-shortest must be at least 1 and at most "
          + "vetting-weeks-longest, not " + vettingWeeksShortest + " and " + vettingWeeksLongest);
    }
    if (firstReviewDays < 1 || secondReviewDays <= firstReviewDays) {
      throw new IllegalArgumentException("hub.prison.first-review-days must be at least 1 and before "
          + "second-review-days, not " + firstReviewDays + " and " + secondReviewDays);
    }
  }

  /** The day the outgoing employer's employee liability information is due for a transfer on go-live. */
  LocalDate employeeLiabilityInformationDue(LocalDate goLive) {
    return goLive.minusDays(employeeLiabilityInformationDays);
  }

  /** From this day a site whose staff are not all vetted cannot count on vetting the rest by go-live. */
  LocalDate vettingWarningDate(LocalDate goLive) {
    return goLive.minusWeeks(vettingWeeksLongest);
  }

  LocalDate firstReviewDate(LocalDate goLive) {
    return goLive.plusDays(firstReviewDays);
  }

  LocalDate secondReviewDate(LocalDate goLive) {
    return goLive.plusDays(secondReviewDays);
  }
}
