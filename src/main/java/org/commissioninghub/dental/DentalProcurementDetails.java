package org.commissioninghub.dental;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commissioninghub.dental.DentalProcurementService.ConsiderableChangeThresholds;
import org.commissioninghub.dental.DentalProcurementService.PsrAnswers;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/**
 * Every field of a dental procurement's details document: what a commissioner gives when the case
 * is opened (the first five), then what each stage records. The whole document is checked against
 * this record whenever it is written, so a stage can only write fields declared here.
 *
 * <p>Cases whose lots were designed before each lot had its own record hold the design in fields
 * no stage writes any more ({@code lots}, {@code lotServiceTypes}, {@code contractForm},
 * {@code contractedUdas}, {@code contractedUoas}); they are left as they were and not checked.
 *
 * @param trigger why the procurement starts
 * @param area the geography the procurement covers, such as "Devon and Cornwall"
 * @param currentContractEndDate when the current contract ends; required unless the trigger is an access gap
 * @param incumbentContractNumber the current contract's number, where there is one
 * @param serviceTypes the service types expected to be in scope, if already known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties({"lots", "lotServiceTypes", "contractForm", "contractedUdas", "contractedUoas"})
public record DentalProcurementDetails(
    @NotNull ProcurementTrigger trigger,
    @NotBlank @Size(max = 200) @SingleLine String area,
    @SensibleDate LocalDate currentContractEndDate,
    @Size(max = 60) @SingleLine String incumbentContractNumber,
    Set<@NotNull DentalServiceType> serviceTypes,
    // oral health needs assessment
    @Size(max = 4000) String needsSummary,
    @PositiveOrZero Integer populationCovered,
    Boolean accessGapIdentified,
    // lot design: each lot's service type, contract form and activity are the lot's own record
    @Size(max = 4000) String lotDesignSummary,
    // business case and finance check
    @Positive BigDecimal annualContractValue,
    @Min(1) Integer termYears,
    @Min(0) Integer extensionYears,
    @PositiveOrZero BigDecimal udaValue,
    @Size(max = 4000) String businessCaseSummary,
    @SingleLine @Size(max = 60) String budgetCode,
    // PSR route and procurement outcome
    @Valid PsrAnswers psrAnswers,
    ConsiderableChangeThresholds considerableChangeThresholds,
    List<@NotBlank String> awardedLots,
    LocalDate committeeApprovalDate,
    // mobilisation and handover
    @Size(max = 2000) String premisesAddress,
    @Size(max = 4000) String premisesNotes,
    @Size(max = 4000) String performersChecked,
    @SensibleDate LocalDate performerListCheckedOn,
    @SingleLine @Size(max = 60) String cqcProviderId,
    @Size(max = 4000) String cqcNotes,
    @SingleLine @Size(max = 60) String nhsbsaContractNumber,
    @Size(max = 4000) String nhsbsaNotes,
    @SensibleDate LocalDate contractStartDate,
    @Size(max = 4000) String handoverNotes) {}
