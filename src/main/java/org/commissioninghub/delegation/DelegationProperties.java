package org.commissioninghub.delegation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The delegation programme's settings ({@code hub.delegation}).
 *
 * @param financeAllocationDate the day finance assurance goes ahead without word of the allocation,
 *     as the allocations were expected in quarter 4; a case may set its own
 * @param monitoringPeriod how long post-delegation monitoring runs after the delegation date
 */
@Validated
@ConfigurationProperties("hub.delegation")
record DelegationProperties(@NotNull LocalDate financeAllocationDate, @NotNull Period monitoringPeriod) {}
