package org.commissioninghub.casestore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.commissioninghub.system.SingleLine;

/**
 * What to change in an entry of a case's risk log; a field left out stays as it is. Closing a risk
 * is {@code status: closed}; the reason goes to the case's log.
 */
public record RiskUpdate(
    @Size(min = 1, max = 2000) String description,
    @Min(1) @Max(5) Integer likelihood,
    @Min(1) @Max(5) Integer impact,
    @Size(max = 100) @SingleLine String owner,
    @Size(max = 2000) String mitigation,
    Risk.Status status,
    @Size(max = 2000) String reason) {}
