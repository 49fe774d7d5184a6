package org.commissioninghub.prison;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/**
 * Every field of a prison healthcare mobilisation's details document: the lots and their sites as
 * awarded (given when the case is opened), then what the handover, kick-off and contract management
 * handover record. Each lot and site also becomes a typed record when the process starts, where the
 * workstreams record their progress.
 *
 * @param lots the lots awarded, each with its sites
 * @param termYears the contracts' term in years, such as 7
 * @param wholeLifeValue what the contracts are worth over their term, in pounds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrisonMobilisationDetails(
    @NotEmpty @Size(max = 20) List<@NotNull @Valid Lot> lots,
    @Min(1) Integer termYears,
    @Positive BigDecimal wholeLifeValue,
    // contract award handover
    @SensibleDate LocalDate contractSignedOn,
    @Size(max = 4000) String awardHandoverNotes,
    // mobilisation kick-off and board
    @SensibleDate LocalDate kickOffDate,
    @SingleLine @Size(max = 200) String commissionerBoardMember,
    @SingleLine @Size(max = 200) String providerBoardMember,
    @SingleLine @Size(max = 200) String prisonBoardMember,
    @Size(max = 4000) String boardArrangements,
    // handover to contract management
    @Size(max = 4000) String contractManagementHandoverNotes) {

  /**
   * One lot as awarded.
   *
   * @param name the lot's name, such as "Dorset"
   * @param primeProvider the provider awarded the lot
   * @param incumbentProvider the provider it takes over from, if any
   * @param goLiveDate when the new contract starts at every site of the lot
   * @param contractEndDate when it ends
   */
  public record Lot(
      @NotBlank @SingleLine @Size(max = 200) String name,
      @NotBlank @SingleLine @Size(max = 200) String primeProvider,
      @SingleLine @Size(max = 200) String incumbentProvider,
      @NotNull @SensibleDate LocalDate goLiveDate,
      @NotNull @SensibleDate LocalDate contractEndDate,
      @NotEmpty @Size(max = 20) List<@NotNull @Valid Site> sites) {}

  /**
   * One prison site of a lot.
   *
   * @param name such as "HMP Portland"
   * @param category its security category, or a women's prison
   * @param healthcareUnit where healthcare is delivered in the prison, such as "Inpatient unit, B wing"
   * @param governor the user id of the prison's governor, who sees the case and may approve the site's go-live
   */
  public record Site(
      @NotBlank @SingleLine @Size(max = 100) String name,
      @NotNull PrisonCategory category,
      @SingleLine @Size(max = 200) String healthcareUnit,
      @NotBlank @SingleLine @Size(max = 100) String governor) {}
}
