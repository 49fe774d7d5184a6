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

/**
 * The body of {@code POST /api/cases}. {@code details} holds the programme's own fields and is
 * validated against that programme's schema; {@code namedPeople} maps role ids to user ids.
 */
public record OpenCaseRequest(
    @NotNull Programme programme,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 200) String commissioner,
    @Size(max = 200) String integratedCareSystem,
    @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal valueGbp,
    LocalDate targetStartDate,
    LocalDate targetEndDate,
    Map<String, String> namedPeople,
    JsonNode details) {}
