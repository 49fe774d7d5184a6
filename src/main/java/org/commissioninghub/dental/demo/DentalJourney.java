package org.commissioninghub.dental.demo;

import static org.commissioninghub.dental.demo.DentalProcurementWalk.ANSWER_PSR_QUESTIONS;
import static org.commissioninghub.dental.demo.DentalProcurementWalk.APPROVE_STAGE;
import static org.commissioninghub.dental.demo.DentalProcurementWalk.ASSESS_NEEDS;
import static org.commissioninghub.dental.demo.DentalProcurementWalk.ASSESS_PROVIDER;
import static org.commissioninghub.dental.demo.DentalProcurementWalk.CHECK_AFFORDABILITY;
import static org.commissioninghub.dental.demo.DentalProcurementWalk.DESIGN_LOTS;
import static org.commissioninghub.dental.demo.DentalProcurementWalk.SET_UP_NHSBSA_CONTRACT;
import static org.commissioninghub.procurement.demo.ProcurementAnswers.ANSWER_CLARIFICATIONS;

import java.util.List;
import org.commissioninghub.demo.Journey;
import org.commissioninghub.demo.StopAt;
import org.commissioninghub.dental.DentalStage;

/**
 * Where generated dental procurements stop, from a needs assessment still open to contracts in
 * their first year, with the loops and refusals real cases have. Each journey gives its lots'
 * routes in turn (a case of three lots on a pattern of two takes the first again for its third)
 * and how many lots its cases have.
 */
enum DentalJourney implements Journey {
  NEEDS_ASSESSMENT("Oral health needs assessment open", StopAt.task(ASSESS_NEEDS), open(2, 25), 1, 3),
  NOT_NEEDED("Closed: the needs assessment found no procurement needed", StopAt.WHERE_IT_WAITS, open(40, 365),
      1, 3),
  LOT_DESIGN("Lots being designed", StopAt.task(DESIGN_LOTS), open(30, 45), 1, 3),
  FINANCE_RECHECK("Finance asked for a revised business case; the revision is back with finance",
      StopAt.task(CHECK_AFFORDABILITY).afterAnswered(1), open(80, 100), 1, 3),
  BUSINESS_CASE_APPROVAL("Business case waiting for the Head of Primary Care's approval",
      StopAt.task(APPROVE_STAGE).atStage(DentalStage.BUSINESS_CASE_APPROVAL.id()), open(95, 115), 1, 3),
  BUSINESS_CASE_REJECTED("Stopped: the Head of Primary Care rejected the business case", StopAt.WHERE_IT_WAITS,
      open(100, 365), 1, 3),
  PSR_ROUTE("Business case approved after changes were asked for; PSR route questions open",
      StopAt.task(ANSWER_PSR_QUESTIONS), open(140, 160), 1, 3),
  TENDER("Competitive tender published; bidders' clarification questions open",
      StopAt.task(ANSWER_CLARIFICATIONS), open(180, 200), 1, 3, Route.COMPETITIVE),
  PROVIDER_ASSESSMENT("Direct award C: the provider being assessed against the key criteria; any other lot out to tender",
      StopAt.task(ASSESS_PROVIDER), open(125, 150), 1, 3, Route.DIRECT_AWARD_C, Route.COMPETITIVE),
  AWARD_APPROVAL("Direct award C: the award waiting for the Primary Care Commissioning Committee",
      StopAt.task(APPROVE_STAGE).atStage(DentalStage.PROCUREMENT.id()), open(140, 160), 1, 2, Route.DIRECT_AWARD_C),
  STANDSTILL("Direct award C approved; intention to award published and the standstill running",
      StopAt.WHERE_IT_WAITS, open(140, 170), 1, 3, Route.DIRECT_AWARD_C),
  AWARD_REJECTED("Closed: the committee rejected the direct award, so no contract was awarded",
      StopAt.WHERE_IT_WAITS, open(150, 365), 1, 1, Route.DIRECT_AWARD_C),
  MOBILISATION("Direct award A: contract awarded and being mobilised; NHSBSA set-up open",
      StopAt.task(SET_UP_NHSBSA_CONTRACT), open(160, 180), 1, 2, Route.DIRECT_AWARD_A),
  CONTRACT_MANAGEMENT("Direct award A: contracts handed over and in their first contract year",
      StopAt.WHERE_IT_WAITS, open(180, 300), 1, 3, Route.DIRECT_AWARD_A);

  /**
   * How many days before the generation began a case of the journey opened: at least as long as
   * its work takes to reach where it stops (counted from the walk's working days at their longest),
   * and for journeys that end, any time in the year.
   */
  record DaysOpen(int fewest, int most) {}

  /** The PSR routes generated lots take, each with the answers that lead to it. */
  enum Route {
    COMPETITIVE("competitive"),
    DIRECT_AWARD_A("direct-award-a"),
    DIRECT_AWARD_C("direct-award-c");

    final String id;

    Route(String id) {
      this.id = id;
    }
  }

  private final String description;
  private final StopAt stop;
  private final DaysOpen daysOpen;
  private final int fewestLots;
  private final int mostLots;
  private final List<Route> routes;

  DentalJourney(String description, StopAt stop, DaysOpen daysOpen, int fewestLots, int mostLots, Route... routes) {
    this.description = description;
    this.stop = stop;
    this.daysOpen = daysOpen;
    this.fewestLots = fewestLots;
    this.mostLots = mostLots;
    this.routes = routes.length == 0 ? List.of(Route.COMPETITIVE, Route.DIRECT_AWARD_C) : List.of(routes);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public StopAt stop() {
    return stop;
  }

  DaysOpen daysOpen() {
    return daysOpen;
  }

  private static DaysOpen open(int fewest, int most) {
    return new DaysOpen(fewest, most);
  }

  int fewestLots() {
    return fewestLots;
  }

  int mostLots() {
    return mostLots;
  }

  Route routeOfLot(int lotIndex) {
    return routes.get(lotIndex % routes.size());
  }
}
