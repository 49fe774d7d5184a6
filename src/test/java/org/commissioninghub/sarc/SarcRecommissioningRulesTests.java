package org.commissioninghub.sarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.commissioninghub.sarc.SarcRecommissioningDetails.CoCommissionerDetails;
import org.commissioninghub.system.FieldProblem;
import org.junit.jupiter.api.Test;

/** The SARC programme's rules that need no database: funding, accreditation in hand, the deadline as read. */
class SarcRecommissioningRulesTests {

  static final LocalDate DEADLINE = LocalDate.of(2023, 10, 2);

  final SarcProperties properties = new SarcProperties(DEADLINE, Period.ofYears(1));
  /** Every user named holds the role named for them, but for "nobody.here". */
  final CoCommissionerUsers users = new CoCommissionerUsers(null, null) {
    @Override
    boolean holds(String userId, String roleId) {
      return !"nobody.here".equals(userId);
    }
  };
  final SarcRecommissioningProgramme programme =
      new SarcRecommissioningProgramme(properties, new AccreditationDeadlines(properties), users);

  @Test
  void sharesAddingUpToTheAnnualValueWithNhsEnglandsFundingAreAccepted() {
    assertThat(programme.crossFieldProblems(details("2000000", "1400000", "300000", "300000"))).isEmpty();
  }

  @Test
  void sharesNotAddingUpAreRefusedWithEveryNumber() {
    assertThat(programme.crossFieldProblems(details("2000000", "1400000", "300000", "250000.50")))
        .containsExactly(new FieldProblem("coCommissioners", "funding shares must add up to the annual contract value"
            + " of £2,000,000, but NHS England's £1,400,000 and the commissioners' £550,000.50 make £1,950,000.50"));
  }

  @Test
  void aCommissionersOfficeNamedTwiceIsRefusedNamingTheRow() {
    var twice = new SarcRecommissioningDetails(List.of(commissioner("Avon and Somerset PCC", "300000"),
        commissioner("avon and somerset PCC ", "300000")), new BigDecimal("2000000"), new BigDecimal("1400000"), 7,
        null, null, null, null, null, null, null, null, null, null);
    assertThat(programme.crossFieldProblems(twice)).containsExactly(new FieldProblem("coCommissioners[1].pccOffice",
        "names avon and somerset PCC, already named in row 1"));
  }

  @Test
  void aUserWhoDoesNotActInTheRoleTheyAreNamedForIsRefusedNamingTheField() {
    var wrong = new SarcRecommissioningDetails(List.of(commissioner("Avon and Somerset PCC", "600000"),
        new CoCommissionerDetails("Devon", "Devon and Cornwall PCC", "pcc.user", "Devon and Cornwall Police",
            "nobody.here", BigDecimal.ZERO)), new BigDecimal("2000000"), new BigDecimal("1400000"), 7, null, null,
        null, null, null, null, null, null, null, null);
    assertThat(programme.crossFieldProblems(wrong)).containsExactly(new FieldProblem(
        "coCommissioners[1].policeForceUser", "'nobody.here' is not a user holding the role Police force"));
  }

  @Test
  void theCaseDeadlineIsItsOwnWhenGivenAndTheHubsOtherwise() {
    assertThat(programme.deadline(details("2000000", "1400000", "300000", "300000"))).contains(DEADLINE);
    var own = new SarcRecommissioningDetails(List.of(commissioner("Avon and Somerset PCC", "600000")),
        new BigDecimal("2000000"), new BigDecimal("1400000"), 7, LocalDate.of(2025, 10, 2), null, null, null, null,
        null, null, null, null, null);
    assertThat(programme.deadline(own)).contains(LocalDate.of(2025, 10, 2));
  }

  @Test
  void accreditationIsInHandWhenAccreditedOrApplyingUpToTheDeadlineButNotAfterIt() {
    assertThat(SarcRecommissioningService.inHand(AccreditationStatus.ACCREDITED, DEADLINE, DEADLINE.plusDays(1)))
        .isTrue();
    assertThat(SarcRecommissioningService.inHand(AccreditationStatus.APPLICATION_IN_PROGRESS, DEADLINE, DEADLINE))
        .isTrue();
    assertThat(SarcRecommissioningService.inHand(AccreditationStatus.APPLICATION_IN_PROGRESS, DEADLINE,
        DEADLINE.plusDays(1))).isFalse();
    assertThat(SarcRecommissioningService.inHand(AccreditationStatus.NOT_ACCREDITED, DEADLINE,
        DEADLINE.minusYears(1))).isFalse();
    assertThat(SarcRecommissioningService.inHand(AccreditationStatus.SUSPENDED, DEADLINE, DEADLINE.minusYears(1)))
        .isFalse();
  }

  @Test
  void daysToTheDeadlineReadAheadOnTheDayAndAfterIt() {
    assertThat(SarcConsole.deadlineText(DEADLINE, DEADLINE.minusDays(30)))
        .isEqualTo("30 days to the accreditation deadline, Monday 2 October 2023");
    assertThat(SarcConsole.deadlineText(DEADLINE, DEADLINE.minusDays(1)))
        .isEqualTo("1 day to the accreditation deadline, Monday 2 October 2023");
    assertThat(SarcConsole.deadlineText(DEADLINE, DEADLINE))
        .isEqualTo("the accreditation deadline, Monday 2 October 2023, is today");
    assertThat(SarcConsole.deadlineText(DEADLINE, DEADLINE.plusDays(2)))
        .isEqualTo("the accreditation deadline, Monday 2 October 2023, passed 2 days ago");
  }

  static SarcRecommissioningDetails details(String total, String nhsEngland, String firstShare, String secondShare) {
    return new SarcRecommissioningDetails(List.of(commissioner("Avon and Somerset PCC", firstShare),
        commissioner("Devon and Cornwall PCC", secondShare)), new BigDecimal(total), new BigDecimal(nhsEngland), 7,
        null, null, null, null, null, null, null, null, null, null);
  }

  static CoCommissionerDetails commissioner(String office, String share) {
    return new CoCommissionerDetails("Area of " + office, office, "pcc.user", "Force of " + office, "force.user",
        new BigDecimal(share));
  }
}
