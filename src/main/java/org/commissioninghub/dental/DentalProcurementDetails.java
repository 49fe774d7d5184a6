package org.commissioninghub.dental;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.commissioninghub.system.SensibleDate;
import org.commissioninghub.system.SingleLine;

/**
 * What a commissioner gives when a dental procurement is opened. Later stages add their own fields
 * (lot design, business case, finance check) to the case's details document.
 *
 * @param trigger why the procurement starts
 * @param area the geography the procurement covers, such as "Devon and Cornwall"
 * @param currentContractEndDate when the current contract ends; required unless the trigger is an access gap
 * @param incumbentContractNumber the current contract's number, where there is one
 * @param serviceTypes the service types expected to be in scope, if already known
 */
public record DentalProcurementDetails(
    @NotNull ProcurementTrigger trigger,
    @NotBlank @Size(max = 200) @SingleLine String area,
    @SensibleDate LocalDate currentContractEndDate,
    @Size(max = 60) @SingleLine String incumbentContractNumber,
    Set<@NotNull DentalServiceType> serviceTypes) {}
