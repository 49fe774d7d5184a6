package org.commissioninghub.casestore;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/** Bodies of the requests that add to a case's plan and risk log, re-rate it or correct its details. */
public final class CaseUpdateRequests {

  private CaseUpdateRequests() {}

  public record AddRisk(
      @NotBlank @Size(max = 2000) String description,
      @NotNull @Min(1) @Max(5) Integer likelihood,
      @NotNull @Min(1) @Max(5) Integer impact,
      @Size(max = 100) @SingleLine String owner,
      @Size(max = 2000) String mitigation) {}

  public record AddMilestone(
      @NotBlank @Size(max = 200) @SingleLine String name,
      @NotNull @SensibleDate LocalDate targetDate) {}

  /** A RAG rating; green while an extreme risk is open needs the reason. */
  public record Rate(@NotNull RagRating ragRating, @Size(max = 2000) String reason) {}
  /** Fields of the case's details to change, each to its new value (null clears it); the others stay. */
  public record ChangeDetails(@NotNull JsonNode details) {}
}
