package org.commissioninghub.sarc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * SARC recommissioning on the leads' console: a case finishes when its SARCs go live; on the way,
 * every co-commissioner signs, every lot is awarded, and every provider is accredited (or at
 * least holds a UKAS application) by the accreditation deadline.
 */
@Component
class SarcConsole implements ProgrammeConsole {

  private static final String OPEN = "c.status IN ('OPEN', 'ON_HOLD')";
  private static final String CO_COMMISSIONERS = "sarc_co_commissioner s JOIN commissioning_case c ON c.id = s.case_id";
  private static final String LOTS = "procurement_lot l JOIN commissioning_case c ON c.id = l.case_id";
  private static final String PROVIDERS = "sarc_accreditation a JOIN commissioning_case c ON c.id = a.case_id";

  private final Clock clock;

  SarcConsole(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Programme programme() {
    return Programme.SARC_RECOMMISSIONING;
  }

  @Override
  public List<String> forecastPath() {
    return Stream.of(SarcStage.NEEDS_ASSESSMENT, SarcStage.CO_COMMISSIONING, SarcStage.SPECIFICATION,
        SarcStage.PROCUREMENT, SarcStage.MOBILISATION, SarcStage.GO_LIVE).map(SarcStage::id).toList();
  }

  @Override
  public String finish() {
    return "SARC services live";
  }

  @Override
  public String ownerRole() {
    return Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId();
  }

  @Override
  public List<TargetProgress> targets(TargetCounts counts) {
    var none = Map.<String, Object>of();
    var coCommissioners = counts.rows(CO_COMMISSIONERS, OPEN, none);
    var signed = counts.rows(CO_COMMISSIONERS, OPEN + " AND s.decision_notice_reference IS NOT NULL", none);
    var lots = counts.rows(LOTS, OPEN, none);
    var awarded = counts.rows(LOTS, OPEN + " AND l.status = 'AWARDED'", none);
    var providers = counts.rows(PROVIDERS, OPEN, none);
    var accredited = counts.rows(PROVIDERS, OPEN + " AND a.status = 'ACCREDITED'", none);
    var applying = counts.rows(PROVIDERS, OPEN + " AND a.status = 'APPLICATION_IN_PROGRESS'", none);
    // each case has its own deadline: the nearest of those whose providers are not all accredited yet
    // (or not yet chosen)
    var deadline = counts.earliest("commissioning_case c", "c.deadline", OPEN
            + " AND (NOT EXISTS (SELECT 1 FROM sarc_accreditation w WHERE w.case_id = c.id)"
            + " OR EXISTS (SELECT 1 FROM sarc_accreditation w WHERE w.case_id = c.id AND w.status <> 'ACCREDITED'))",
            none)
        .map(day -> "nearest: " + deadlineText(day, UkTime.today(clock)))
        .orElse("every open case's providers are accredited");
    return List.of(
        new TargetProgress("Co-commissioners signed", signed, coCommissioners,
            "Police and crime commissioners of open SARC cases whose decision notice signing the co-commissioning"
                + " agreement is recorded"),
        new TargetProgress("Lots awarded", awarded, lots, "Lots of open SARC cases whose contract is awarded"),
        new TargetProgress("Providers accredited", accredited, providers,
            "Providers of awarded SARC lots accredited by UKAS to ISO 15189; " + deadline),
        new TargetProgress("Providers accredited or applying", accredited + applying, providers,
            "Providers of awarded SARC lots accredited, or holding a UKAS application (" + applying + " applying); "
                + deadline));
  }

  /** How far off the accreditation deadline is, in days, as people read it. */
  static String deadlineText(LocalDate deadline, LocalDate today) {
    var days = ChronoUnit.DAYS.between(today, deadline);
    var day = UkTime.DAY.format(deadline);
    if (days > 0) {
      return days + (days == 1 ? " day" : " days") + " to the accreditation deadline, " + day;
    }
    if (days == 0) {
      return "the accreditation deadline, " + day + ", is today";
    }
    return "the accreditation deadline, " + day + ", passed " + -days + (days == -1 ? " day" : " days") + " ago";
  }
}
