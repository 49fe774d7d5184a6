package org.commissioninghub.casestore;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/**
 * The body of {@code POST /api/cases}. {@code details} holds the programme's own fields and is
 * validated against that programme's schema; {@code namedPeople} maps role ids to user ids.
 */
public record OpenCaseRequest(
    @NotNull Programme programme,
    @NotBlank @Size(max = 200) @SingleLine String title,
    @Size(max = 200) @SingleLine String commissioner,
    @Size(max = 200) @SingleLine String integratedCareSystem,
    @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal valueGbp,
    @SensibleDate LocalDate targetStartDate,
    @SensibleDate LocalDate targetEndDate,
    Map<@SingleLine String, @SingleLine String> namedPeople,
    JsonNode details) {}
