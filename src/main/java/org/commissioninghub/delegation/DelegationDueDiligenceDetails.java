package org.commissioninghub.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.system.SensibleDate;

/**
 * Every field of a delegation due diligence's details document: what is given when the case is
 * opened (the functions the case's integrated care system means to take on, each by its own target
 * date, and perhaps the day the finance allocation is expected), then what the expression of
 * interest and post-delegation monitoring record. The checklist, the risk log and the due
 * diligence's findings are per-item records of their own.
 *
 * @param functions each function to be delegated, with the day it is to pass to the ICB
 * @param financeAllocationDate the day finance assurance goes ahead without word of the allocation;
 *     otherwise {@code hub.delegation.finance-allocation-date}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationDueDiligenceDetails(
    @NotEmpty @Size(max = 3) @Valid List<@NotNull FunctionDetails> functions,
    @SensibleDate LocalDate financeAllocationDate,
    // expression of interest
    @SensibleDate LocalDate executiveEndorsementDate,
    @SensibleDate LocalDate committeeNotedDate,
    @SensibleDate LocalDate expressionOfInterestDate,
    @Size(max = 4000) String expressionOfInterestSummary,
    // due diligence findings kept as text
    @Size(max = 4000) String workforceSummary,
    @Size(max = 4000) String itAndDataSummary,
    Boolean dataSharingAgreed,
    @Size(max = 4000) String engagementSummary,
    // post-delegation monitoring
    @Size(max = 4000) String monitoringSummary) {

  /**
   * A function the ICB means to take on, and the day it is to pass to it (BNSSG: pharmacy and
   * optometry from April 2022, dental a year later).
   */
  public record FunctionDetails(@NotNull DelegatedFunction function, @NotNull @SensibleDate LocalDate targetDate) {}
}
