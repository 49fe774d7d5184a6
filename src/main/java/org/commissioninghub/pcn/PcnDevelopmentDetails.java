package org.commissioninghub.pcn;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.commissioninghub.system.SingleLine;

/**
 * Every field of a PCN development case's details document as opened: the contract year and the
 * primary care networks, each with its member practices. Each network and practice becomes a typed
 * record when the process starts, where its development is recorded.
 *
 * @param contractYear the Network Contract DES year the networks register for, such as "2026-27"
 * @param networks the networks to develop
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PcnDevelopmentDetails(
    @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a contract year such as 2026-27") String contractYear,
    @NotEmpty @Size(max = 60) List<@NotNull @Valid Network> networks) {

  /**
   * One primary care network.
   *
   * @param name such as "Belper PCN"
   * @param odsCode its ODS code, such as "U12345"
   * @param place the place alliance it belongs to, such as "Amber Valley"
   * @param clinicalDirector the user id of the network's clinical director (or its lead until one is
   *     confirmed), who sees the case and does the network's tasks
   * @param practices its member practices
   */
  public record Network(
      @NotBlank @SingleLine @Size(max = 60) String name,
      @NotBlank @Pattern(regexp = "U\\d{5}", message = "must be a PCN ODS code: U and five digits") String odsCode,
      @NotBlank @SingleLine @Size(max = 100) String place,
      @NotBlank @SingleLine @Size(max = 100) String clinicalDirector,
      @NotEmpty @Size(max = 40) List<@NotNull @Valid Practice> practices) {}

  /**
   * One member practice.
   *
   * @param name such as "Riverside Surgery"
   * @param odsCode its ODS code, such as "C81001"
   * @param listSize its registered list size
   */
  public record Practice(
      @NotBlank @SingleLine @Size(max = 200) String name,
      @NotBlank @Pattern(regexp = "[A-Z]\\d{5}", message = "must be a practice ODS code: a letter and five digits") String odsCode,
      @NotNull @PositiveOrZero @Max(200000) Integer listSize) {}
}
