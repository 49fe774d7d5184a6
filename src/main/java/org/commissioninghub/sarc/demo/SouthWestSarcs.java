package org.commissioninghub.sarc.demo;

import java.math.BigDecimal;
import java.util.List;
import org.commissioninghub.procurement.demo.ProcurementAnswers;

/**
 * The seed's SARC recommissioning: the South West's three areas, each one lot, with the police and
 * crime commissioners who co-commission it and their police forces (public bodies, named as they
 * are). The funding figures are illustrative, of a plausible size: NHS England's share and the
 * commissioners' add up to the contracts' yearly value, as opening the case demands.
 */
final class SouthWestSarcs {

  /** A police and crime commissioner's office, the police force alongside and its yearly share in pounds. */
  record Commissioner(String pccOffice, String policeForce, long fundingShare) {}

  /**
   * An area whose SARCs are one lot, its commissioners, and the procurement task its lot is left at
   * (the tender's clarifications, open to bidders' questions until the deadline; the tender ready to
   * publish; the evaluation criteria still being set).
   */
  record Area(String name, List<Commissioner> commissioners, String stopsAt) {}

  static final List<Area> AREAS = List.of(
      new Area("Gloucestershire and Wiltshire (with Swindon)", List.of(
          new Commissioner("Gloucestershire PCC", "Gloucestershire Constabulary", 180_000),
          new Commissioner("Wiltshire and Swindon PCC", "Wiltshire Police", 200_000)),
          ProcurementAnswers.PUBLISH_TENDER),
      new Area("Avon and Somerset", List.of(
          new Commissioner("Avon and Somerset PCC", "Avon and Somerset Police", 420_000)),
          ProcurementAnswers.ANSWER_CLARIFICATIONS),
      new Area("Devon and Cornwall (with the Isles of Scilly)", List.of(
          new Commissioner("Devon, Cornwall and the Isles of Scilly PCC", "Devon and Cornwall Police", 400_000)),
          ProcurementAnswers.SET_EVALUATION_CRITERIA));

  /** The yearly value of the three areas' SARC contracts together. */
  static final BigDecimal ANNUAL_CONTRACT_VALUE = BigDecimal.valueOf(5_700_000);

  /** NHS England's yearly share as lead commissioner: the rest of the contracts' value. */
  static BigDecimal nhsEnglandFunding() {
    var commissioners = AREAS.stream().flatMap(area -> area.commissioners().stream())
        .mapToLong(Commissioner::fundingShare).sum();
    return ANNUAL_CONTRACT_VALUE.subtract(BigDecimal.valueOf(commissioners));
  }

  private SouthWestSarcs() {}
}
