package org.commissioninghub.sarc;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/**
 * Every field of a SARC recommissioning's details document: what the Health and Justice
 * commissioner gives when the case is opened (the co-commissioners and the funding split, the
 * term and perhaps the case's own accreditation deadline), then what each stage records. The
 * whole document is checked against this record whenever it is written.
 *
 * @param coCommissioners each police and crime commissioner co-commissioning the SARCs of an area
 *     (a lot), with the police force alongside and the commissioner's yearly funding share
 * @param annualContractValue the yearly value of all the SARC contracts together: NHS England's
 *     funding and every commissioner's share add up to it
 * @param nhsEnglandFunding NHS England's yearly share as lead commissioner
 * @param termYears how long each contract runs from go-live
 * @param accreditationDeadline the day by which providers must be accredited, where the case has
 *     one of its own; otherwise {@code hub.sarc.accreditation-deadline}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarcRecommissioningDetails(
    @NotEmpty @Size(max = 20) @Valid List<@NotNull CoCommissionerDetails> coCommissioners,
    @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal annualContractValue,
    @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal nhsEnglandFunding,
    @NotNull @Min(1) @Max(15) Integer termYears,
    @SensibleDate LocalDate accreditationDeadline,
    // needs assessment and engagement
    @Size(max = 4000) String needsSummary,
    @Size(max = 4000) String survivorEngagementSummary,
    // service specification
    AgeScope ageScope,
    Boolean acuteAndNonRecent,
    @Size(max = 4000) String examinerRota,
    Boolean isvaInScope,
    @Min(1) Integer numberOfSites,
    @Size(max = 4000) String specificationSummary,
    // optional redesign of therapeutic services
    @Size(max = 4000) String therapeuticRedesignSummary) {

  /**
   * A police and crime commissioner co-commissioning the SARCs of an area, and the police force
   * alongside: both approve the award, and each sees only the cases that name them.
   *
   * @param area the area whose SARCs are one lot, such as "Avon and Somerset"; commissioners of
   *     one lot name the same area
   * @param pccOffice the commissioner's office, such as "Avon and Somerset PCC"
   * @param pccUser the hub user who acts for the commissioner's office
   * @param policeForce the force, such as "Avon and Somerset Constabulary"
   * @param policeForceUser the hub user who acts for the force
   * @param fundingShare the commissioner's yearly funding share in pounds
   */
  public record CoCommissionerDetails(
      @NotBlank @SingleLine @Size(max = 100) String area,
      @NotBlank @SingleLine @Size(max = 60) String pccOffice,
      @NotBlank @SingleLine @Size(max = 100) String pccUser,
      @NotBlank @SingleLine @Size(max = 60) String policeForce,
      @NotBlank @SingleLine @Size(max = 100) String policeForceUser,
      @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal fundingShare) {}

  /** Whom the SARCs serve. */
  public enum AgeScope implements CodedValue {
    ADULTS_AND_CHILDREN,
    ADULTS_ONLY,
    CHILDREN_ONLY
  }
}
