package org.commissioninghub.procurement.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.commissioninghub.demo.DemoCase;
import org.commissioninghub.demo.OpenTask;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * What the procurement lead and the panel answer in the shared procurement steps (the competitive
 * procurement and the direct award every programme calls) of a generated case, and how long they
 * take: one place for every programme's demo walk, so a lot is procured the same way whichever
 * programme it belongs to. Each answer is the form's own fields; every choice comes from the case's
 * {@link DemoCase#random} for a purpose named by the step and the lot, so the same seed gives the
 * same answers.
 */
@Component
public class ProcurementAnswers {

  public static final String ENGAGE_MARKET = "Task_EngageMarket";
  public static final String SET_EVALUATION_CRITERIA = "Task_SetEvaluationCriteria";
  public static final String PUBLISH_TENDER = "Task_PublishTender";
  public static final String ANSWER_CLARIFICATIONS = "Task_AnswerClarificationQuestions";
  public static final String CHECK_EXCLUSIONS = "Task_CheckExclusionsAndDebarment";
  public static final String PUBLISH_AWARD_NOTICE = "Task_PublishAwardNotice";
  static final List<String> DECLARE_CONFLICTS = List.of("Task_DeclareAssessorConflicts",
      "Task_DeclareApproverConflicts", "Task_DeclareConflictsOfInterest");

  private final Clock clock;

  ProcurementAnswers(Clock clock) {
    this.clock = clock;
  }

  /** Whether the task is one of the shared procurement steps answered here. */
  public boolean answers(String taskDefinitionKey) {
    return switch (taskDefinitionKey) {
      case ENGAGE_MARKET, SET_EVALUATION_CRITERIA, PUBLISH_TENDER, ANSWER_CLARIFICATIONS, CHECK_EXCLUSIONS,
          PUBLISH_AWARD_NOTICE -> true;
      default -> DECLARE_CONFLICTS.contains(taskDefinitionKey);
    };
  }

  /**
   * The answers to a shared procurement step about the lot at {@code lotIndex} of the case's lots
   * ({@link #lotIndexOf}), whose specification is summarised as {@code specificationSummary}.
   *
   * @throws IllegalStateException for a task that is not one of the shared steps answered here
   */
  public Map<String, Object> of(DemoCase<?> demoCase, OpenTask task, int lotIndex, String specificationSummary) {
    var key = task.taskDefinitionKey();
    if (DECLARE_CONFLICTS.contains(key)) {
      return Map.of("conflicted", "no");
    }
    return switch (key) {
      case ENGAGE_MARKET -> Map.of("marketEngagementSummary",
          "Two market engagement events and a prior information notice; " + (3 + demoCase.random("market").nextInt(5))
              + " providers showed interest.",
          "priorInformationNoticeReference", findATenderReference(demoCase.random("pin", lotIndex)));
      case SET_EVALUATION_CRITERIA -> tenderPlan(demoCase, lotIndex, specificationSummary);
      case PUBLISH_TENDER -> Map.of("tenderNoticeReference", findATenderReference(demoCase.random("tender", lotIndex)));
      case ANSWER_CLARIFICATIONS -> Map.of("clarificationLog",
          "Questions on TUPE and premises answered and published to all bidders.");
      case CHECK_EXCLUSIONS -> Map.of("exclusionCheck", "cleared");
      case PUBLISH_AWARD_NOTICE -> Map.of("awardNoticeReference",
          findATenderReference(demoCase.random("award notice", lotIndex)));
      default -> throw new IllegalStateException("no shared procurement answer for " + key);
    };
  }

  /** How many working days the shared step takes, drawn from {@code random}; empty for any other task. */
  public OptionalInt workingDays(String taskDefinitionKey, SplittableRandom random) {
    if (DECLARE_CONFLICTS.contains(taskDefinitionKey) || PUBLISH_AWARD_NOTICE.equals(taskDefinitionKey)) {
      return OptionalInt.of(1 + random.nextInt(2));
    }
    return switch (taskDefinitionKey) {
      case SET_EVALUATION_CRITERIA -> OptionalInt.of(5 + random.nextInt(6));
      case ANSWER_CLARIFICATIONS -> OptionalInt.of(2 + random.nextInt(4));
      case PUBLISH_TENDER -> OptionalInt.of(1 + random.nextInt(3));
      case ENGAGE_MARKET -> OptionalInt.of(15 + random.nextInt(16));
      case CHECK_EXCLUSIONS -> OptionalInt.of(2 + random.nextInt(3));
      default -> OptionalInt.empty();
    };
  }

  /** Which of the case's lots a task is about: its place in the case's lots ({@code lotIds}), from 0. */
  public static int lotIndexOf(OpenTask task) {
    var lotId = ((Number) task.variable("lotId")).longValue();
    var lotIds = (List<?>) task.variable("lotIds");
    for (int i = 0; i < lotIds.size(); i++) {
      if (((Number) lotIds.get(i)).longValue() == lotId) {
        return i;
      }
    }
    throw new IllegalStateException("lot " + lotId + " is not one of the case's lots " + lotIds);
  }

  private Map<String, Object> tenderPlan(DemoCase<?> demoCase, int lotIndex, String specificationSummary) {
    var random = demoCase.random("tender plan", lotIndex);
    var weights = List.of(List.of(40, 30, 10, 10, 10), List.of(35, 25, 15, 15, 10), List.of(45, 25, 10, 10, 10),
        List.of(30, 30, 15, 15, 10)).get(random.nextInt(4));
    var panel = demoCase.membersOf(Role.EVALUATION_PANEL.groupId());
    if (panel.isEmpty()) {
      throw new IllegalStateException("nobody holds the role " + Role.EVALUATION_PANEL.displayName());
    }
    // deadlines a case in the past sets fall after the generation began, so its tender is still open
    var asOfDay = LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON);
    var soonest = today().plusDays(14 + random.nextInt(8));
    var afterAsOf = asOfDay.plusDays(3 + random.nextInt(8));
    var clarificationDeadline = soonest.isAfter(afterAsOf) ? soonest : afterAsOf;
    var answers = new LinkedHashMap<String, Object>();
    answers.put("specificationSummary", specificationSummary);
    answers.put("weightQuality", weights.get(0));
    answers.put("weightValue", weights.get(1));
    answers.put("weightIntegration", weights.get(2));
    answers.put("weightAccess", weights.get(3));
    answers.put("weightSocialValue", weights.get(4));
    answers.put("evaluationPanel", String.join(", ", panel.subList(0, Math.min(3, panel.size()))));
    answers.put("clarificationDeadline", clarificationDeadline.toString());
    answers.put("tenderDeadline", clarificationDeadline.plusDays(14 + random.nextInt(15)).toString());
    return answers;
  }

  /** A Find a Tender notice number, such as 012345-2026. */
  private String findATenderReference(SplittableRandom random) {
    return String.format("%06d-%d", random.nextInt(1_000_000), today().getYear());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
