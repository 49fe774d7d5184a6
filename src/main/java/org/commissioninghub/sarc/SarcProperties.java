package org.commissioninghub.sarc;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The SARC programme's settings ({@code hub.sarc}).
 *
 * @param accreditationDeadline the day by which each SARC provider must be accredited (or, at the
 *     least, hold a UKAS application): a case may set its own
 * @param surveillanceInterval how long after go-live, and after each visit, the next UKAS
 *     surveillance visit is due
 */
@Validated
@ConfigurationProperties("hub.sarc")
record SarcProperties(@NotNull LocalDate accreditationDeadline, @NotNull Period surveillanceInterval) {}
