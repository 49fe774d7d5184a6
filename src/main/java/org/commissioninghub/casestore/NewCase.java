package org.commissioninghub.casestore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What is known about a case when it is opened; the programme's own fields travel as
 * {@code detailsJson}, and the deadline they give ({@link ProgrammeProcess#deadline}) beside them.
 */
record NewCase(
    Programme programme,
    String title,
    String initialStage,
    String commissioner,
    String integratedCareSystem,
    BigDecimal valueGbp,
    LocalDate targetStartDate,
    LocalDate targetEndDate,
    Map<String, String> namedPeople,
    String detailsJson,
    LocalDate deadline) {}
