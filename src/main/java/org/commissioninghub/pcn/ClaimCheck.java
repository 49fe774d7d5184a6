package org.commissioninghub.pcn;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether an additional-roles claim is refused, and why: the role must be in the network's plan,
 * the month in its contract year, the WTE claimed additional to the baseline (the WTE in post less
 * the baseline must cover what is claimed for the role that month), and the money within the
 * network's allowance for the year.
 */
final class ClaimCheck {

  private ClaimCheck() {}

  static Optional<String> refusal(String contractYear, boolean inContractYear, PcnRole planned,
      BigDecimal wteAlreadyClaimedThisMonth, BigDecimal wte, BigDecimal wteInPost, BigDecimal amount,
      BigDecimal allowance, BigDecimal acceptedInYear) {
    if (!inContractYear) {
      return Optional.of("Not in the contract year: the claim month is outside " + contractYear);
    }
    if (planned == null) {
      return Optional.of("Not additional: the role is not in the network's additional-roles workforce plan");
    }
    var additional = wteInPost.subtract(planned.getBaselineWte());
    var claimed = wteAlreadyClaimedThisMonth.add(wte);
    if (claimed.compareTo(additional) > 0) {
      return Optional.of("Not additional to the baseline: " + wteInPost.toPlainString() + " WTE in post less the baseline"
          + " of " + planned.getBaselineWte().toPlainString() + " WTE leaves " + additional.max(BigDecimal.ZERO).toPlainString()
          + " WTE additional, less than the " + claimed.toPlainString() + " WTE claimed for the month");
    }
    if (allowance == null) {
      return Optional.of("Over the allowance: the network has no additional-roles allowance");
    }
    var left = allowance.subtract(acceptedInYear);
    if (amount.compareTo(left) > 0) {
      return Optional.of("Over the allowance: " + PcnDevelopmentService.money(acceptedInYear) + " already claimed of "
          + PcnDevelopmentService.money(allowance) + " leaves " + PcnDevelopmentService.money(left) + ", less than the "
          + PcnDevelopmentService.money(amount) + " claimed");
    }
    return Optional.empty();
  }
}
