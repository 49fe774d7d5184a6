package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commissioninghub.dental.DentalProcurementService.DesignedLot;
import org.commissioninghub.procurement.LotPlan;
import org.commissioninghub.procurement.ProcurementService;
import org.junit.jupiter.api.Test;

/** The rules a dental lot design keeps to, each problem naming the row of the form's list of lots. */
class LotDesignRulesTests {

  static DesignedLot lot(String name, DentalServiceType type, Integer udas, Integer uoas) {
    return new DesignedLot(name, type, ContractForm.PDS, udas, uoas);
  }

  @Test
  void aGeneralAndUrgentLotNeedsItsUdasAndAnOrthodonticLotItsUoas() {
    var problems = DentalProcurementService.activityProblems(List.of(
        lot("North Devon", DentalServiceType.GENERAL_URGENT, 60_000, null),
        lot("South Devon", DentalServiceType.GENERAL_URGENT, null, 500),
        lot("Cornwall", DentalServiceType.ORTHODONTIC, 2_000, null)));

    assertThat(problems).containsExactly(
        "Lots, row 2: Contracted UDAs is required for general and urgent care",
        "Lots, row 3: Contracted UOAs is required for orthodontics");
  }

  @Test
  void specialCareAndOralSurgeryAreContractedInNeitherActivity() {
    assertThat(DentalProcurementService.activityProblems(List.of(
        lot("Torbay", DentalServiceType.SPECIAL_CARE, null, null),
        lot("Exeter", DentalServiceType.ORAL_SURGERY, null, null)))).isEmpty();
  }

  @Test
  void noTwoLotsOfACaseShareANameWhateverItsLetterCaseOrSpaces() {
    var problems = ProcurementService.lotPlanProblems(List.of(LotPlan.named("Torbay"), LotPlan.named("Paignton"),
        LotPlan.named(" TORBAY "), LotPlan.named("paignton")));

    assertThat(problems).containsExactly("Lots, row 3: Lot name \"TORBAY\" is already used in row 1",
        "Lots, row 4: Lot name \"paignton\" is already used in row 2");
  }

  @Test
  void aDesignHasAtLeastOneLot() {
    assertThat(ProcurementService.lotPlanProblems(List.of())).containsExactly("Lots needs at least one lot");
    assertThat(ProcurementService.lotPlanProblems(List.of(LotPlan.named("Torbay")))).isEmpty();
  }
}
