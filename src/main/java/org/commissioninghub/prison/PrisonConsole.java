package org.commissioninghub.prison;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.console.ProgrammeConsole;
import org.commissioninghub.console.TargetCounts;
import org.commissioninghub.console.TargetProgress;
import org.commissioninghub.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Prison healthcare mobilisation on the leads' console: a case finishes when every site is live
 * and handed over to contract management. Its targets, counted from the sites and workstreams in
 * the case store: sites ready for go-live of all those going live on each date; each site's
 * workstreams rated green, with the amber and red; sites whose staff are all vetted; and employee
 * liability information received on time of all that has fallen due. A viewer or filter with no
 * prison sites in scope sees no prison targets.
 */
@Component
class PrisonConsole implements ProgrammeConsole {

  private static final String SITES = "prison_site s JOIN prison_lot l ON l.id = s.lot_id"
      + " JOIN commissioning_case c ON c.id = s.case_id";
  private static final String WORKSTREAMS = "workstream w JOIN commissioning_case c ON c.id = w.case_id";
  private static final String OPEN = "c.status IN ('OPEN', 'ON_HOLD')";
  private static final String READY = "s.status IN ('READY', 'LIVE')";

  private final PrisonMobilisationService prisonMobilisation;
  private final Clock clock;

  PrisonConsole(PrisonMobilisationService prisonMobilisation, Clock clock) {
    this.prisonMobilisation = prisonMobilisation;
    this.clock = clock;
  }

  @Override
  public Programme programme() {
    return Programme.PRISON_HEALTHCARE_MOBILISATION;
  }

  @Override
  public List<String> forecastPath() {
    return Stream.of(PrisonStage.AWARD_HANDOVER, PrisonStage.KICK_OFF, PrisonStage.MOBILISATION, PrisonStage.HANDOVER)
        .map(PrisonStage::id).toList();
  }

  @Override
  public String finish() {
    return "every site live and handed over to contract management";
  }

  @Override
  public String ownerRole() {
    return Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId();
  }

  @Override
  public List<TargetProgress> targets(TargetCounts counts) {
    var targets = new ArrayList<TargetProgress>();
    for (var goLive : prisonMobilisation.goLiveDates()) {
      var onDate = Map.of("goLive", goLive);
      var sites = counts.rows(SITES, "l.go_live_date = :goLive", onDate);
      if (sites > 0) {
        targets.add(new TargetProgress("Sites ready to go live on " + UkTime.DAY.format(goLive),
            counts.rows(SITES, "l.go_live_date = :goLive AND " + READY, onDate), sites,
            "Sites of lots going live on that date whose go-live is approved or that are live"));
      }
    }
    for (var site : prisonMobilisation.siteNames()) {
      var ofSite = Map.of("site", site);
      var where = OPEN + " AND w.item = :site";
      var workstreams = counts.rows(WORKSTREAMS, where, ofSite);
      if (workstreams > 0) {
        var amber = counts.rows(WORKSTREAMS, where + " AND w.rag_rating = 'AMBER'", ofSite);
        var red = counts.rows(WORKSTREAMS, where + " AND w.rag_rating = 'RED'", ofSite);
        targets.add(new TargetProgress(site + ": workstreams rated green",
            counts.rows(WORKSTREAMS, where + " AND w.rag_rating = 'GREEN'", ofSite), workstreams,
            amber + " amber, " + red + " red, " + (workstreams - amber - red) + " green or not yet rated, in open"
                + " mobilisations"));
      }
    }
    if (counts.rows(SITES, "1 = 1", Map.of()) == 0) {
      return targets;
    }
    var reportedVetting = counts.rows(SITES, OPEN + " AND s.staff_to_vet IS NOT NULL", Map.of());
    targets.add(new TargetProgress("Sites with every member of staff vetted",
        counts.rows(SITES, OPEN + " AND s.staff_to_vet IS NOT NULL AND s.staff_vetted = s.staff_to_vet", Map.of()),
        counts.rows(SITES, OPEN, Map.of()),
        "Sites of open mobilisations whose staff are all cleared for security vetting and keys training, of every"
            + " site (" + reportedVetting + " have reported vetting)"));
    var today = new HashMap<String, Object>();
    today.put("today", UkTime.today(clock));
    var due = "s.employee_liability_due_date <= :today OR s.employee_liability_received_date IS NOT NULL";
    targets.add(new TargetProgress("Employee liability information received on time",
        counts.rows(SITES, "s.employee_liability_received_date <= s.employee_liability_due_date", today),
        counts.rows(SITES, due, today),
        "Sites whose outgoing employer gave the information by its due day, of those whose information has"
            + " arrived or fallen due"));
    return targets;
  }
}
