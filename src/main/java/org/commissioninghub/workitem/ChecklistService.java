package org.commissioninghub.workitem;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commissioninghub.casestore.CaseStore;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.system.SingleLine;
import org.commissioninghub.workflow.YesNo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a case's checklist: each item is a yes-or-no question answered with evidence, then
 * corroborated by someone else, as an ICS answers the Pre-Delegation Assessment Framework and the
 * Regional Director of Commissioning corroborates it. Whether an item passes, and whether its two
 * answers agree, is decided here ({@link #assess}) and nowhere else. Every change is written to the
 * case's event log. Processes call these methods with the typed records below; a refusal names
 * each bad field ({@code answers[1].evidence}) and writes nothing.
 */
@Service
@Transactional
public class ChecklistService {

  /**
   * One question of a checklist's definition.
   *
   * @param code the item's code within the checklist, such as {@code 3A}
   * @param domain the part of the checklist it belongs to, such as "Finance"
   * @param passingAnswer the answer that passes it: no for a question phrased negatively, such as
   *     "Are there severe financial management issues or risks?"
   */
  public record ChecklistQuestion(
      @NotBlank @SingleLine @Size(max = 10) String code,
      @NotBlank @SingleLine @Size(max = 200) String domain,
      @NotBlank @Size(max = 1000) String question,
      @NotNull YesNo passingAnswer) {}

  /** The first answer to an item, with the evidence for it. */
  public record ChecklistAnswer(
      @NotBlank String itemCode,
      @NotNull YesNo answer,
      @NotBlank @Size(max = 4000) String evidence) {}

  /** Someone else's own answer to an answered item; a comment says why when it disagrees. */
  public record Corroboration(
      @NotBlank String itemCode,
      @NotNull YesNo answer,
      @Size(max = 4000) String comment) {}

  /**
   * What an item's answers come to: whether its answer passes it (null until answered), whether
   * the corroboration agrees with it (null until corroborated), and the two together.
   */
  public record Assessment(Boolean compliant, Boolean agreed, ChecklistItemStatus status) {}

  private final ChecklistItemRepository items;
  private final CaseStore caseStore;
  private final Validator validator;
  private final Clock clock;

  ChecklistService(ChecklistItemRepository items, CaseStore caseStore, Validator validator, Clock clock) {
    this.items = items;
    this.caseStore = caseStore;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * An item passes when its answer is the item's passing answer, which is no for a question
   * phrased negatively ("yes" to "severe financial management issues?" fails it). It is agreed
   * when the corroboration gives the same answer; it has passed or failed only once agreed.
   */
  public static Assessment assess(ChecklistItem item) {
    if (item.getAnswer() == null) {
      return new Assessment(null, null, ChecklistItemStatus.AWAITING_ANSWER);
    }
    var compliant = item.getAnswer() == item.getPassingAnswer();
    if (item.getCorroboration() == null) {
      return new Assessment(compliant, null, ChecklistItemStatus.AWAITING_CORROBORATION);
    }
    var agreed = item.getCorroboration() == item.getAnswer();
    var status = !agreed ? ChecklistItemStatus.DISAGREED
        : compliant ? ChecklistItemStatus.PASSED : ChecklistItemStatus.FAILED;
    return new Assessment(compliant, agreed, status);
  }

  /**
   * Gives the case the checklist's items it does not have yet, in the definition's order; an item
   * it has (the same code) keeps its question and answers, so a retried step creates nothing twice.
   * Answers the case's whole checklist.
   */
  public List<ChecklistItem> createChecklist(String reference, List<ChecklistQuestion> questions, String actor) {
    var commissioningCase = caseStore.get(reference);
    var problems = new ArrayList<FieldProblem>();
    var rowOfCode = new HashMap<String, Integer>();
    for (int row = 0; row < questions.size(); row++) {
      var where = "questions[" + row + "]";
      problems.addAll(Violations.of(validator, questions.get(row), where));
      var code = questions.get(row).code();
      var firstRow = code == null ? null : rowOfCode.putIfAbsent(code.strip(), row);
      if (firstRow != null) {
        problems.add(new FieldProblem(where + ".code", "is already the code of questions[" + firstRow + "]"));
      }
    }
    if (questions.isEmpty()) {
      problems.add(new FieldProblem("questions", "must hold at least one question"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var existing = byCode(commissioningCase);
    var created = new ArrayList<String>();
    for (var question : questions) {
      var code = question.code().strip();
      if (!existing.containsKey(code)) {
        items.save(new ChecklistItem(commissioningCase, code, question.domain().strip(), question.question().strip(),
            question.passingAnswer()));
        created.add(code);
      }
    }
    if (!created.isEmpty()) {
      caseStore.note(reference, actor, "CHECKLIST_CREATED", created.size() + " checklist items created",
          Map.of("items", created));
    }
    return checklistOf(commissioningCase);
  }

  /**
   * Records first answers, each with its evidence. An item answered again loses its
   * corroboration, which was of the earlier answer; an answer as it was changes nothing.
   */
  public void recordAnswers(String reference, List<ChecklistAnswer> answers, String actor) {
    var commissioningCase = caseStore.get(reference);
    var found = byCode(commissioningCase);
    var problems = new ArrayList<FieldProblem>();
    forEachRow(answers, "answers", ChecklistAnswer::itemCode, found, problems, (where, answer, item) -> {});
    refuseIf(problems);
    var now = Instant.now(clock);
    var recorded = new ArrayList<Map<String, Object>>();
    for (var answer : answers) {
      var item = found.get(answer.itemCode().strip());
      var evidence = answer.evidence().strip();
      if (answer.answer() == item.getAnswer() && evidence.equals(item.getEvidence())) {
        continue;
      }
      var corroborated = item.getCorroboration() != null;
      item.answer(answer.answer(), evidence, actor, now);
      var entry = entry(item);
      entry.put("answer", answer.answer());
      entry.put("evidence", evidence);
      if (corroborated) {
        entry.put("corroborationWithdrawn", true);
      }
      recorded.add(entry);
    }
    if (!recorded.isEmpty()) {
      caseStore.note(reference, actor, "CHECKLIST_ANSWERED", "Checklist answered: " + codes(recorded),
          Map.of("items", recorded));
    }
  }

  /**
   * Records corroborations of answered items. Nobody corroborates their own answer, and a
   * corroboration that gives the other answer says why; one as it was changes nothing.
   */
  public void recordCorroborations(String reference, List<Corroboration> corroborations, String actor) {
    var commissioningCase = caseStore.get(reference);
    var found = byCode(commissioningCase);
    var problems = new ArrayList<FieldProblem>();
    forEachRow(corroborations, "corroborations", Corroboration::itemCode, found, problems,
        (where, corroboration, item) -> {
          if (item.getAnswer() == null) {
            problems.add(new FieldProblem(where + ".itemCode", "has no answer to corroborate yet"));
          } else if (actor.equals(item.getAnsweredBy())) {
            problems.add(new FieldProblem(where + ".itemCode",
                "was answered by " + actor + ", who may not corroborate their own answer"));
          } else if (corroboration.answer() != item.getAnswer()
              && (corroboration.comment() == null || corroboration.comment().isBlank())) {
            problems.add(new FieldProblem(where + ".comment", "is required when the corroboration disagrees"));
          }
        });
    refuseIf(problems);
    var now = Instant.now(clock);
    var recorded = new ArrayList<Map<String, Object>>();
    for (var corroboration : corroborations) {
      var item = found.get(corroboration.itemCode().strip());
      var comment = corroboration.comment() == null || corroboration.comment().isBlank()
          ? null : corroboration.comment().strip();
      if (corroboration.answer() == item.getCorroboration() && Objects.equals(comment, item.getCorroborationComment())) {
        continue;
      }
      item.corroborate(corroboration.answer(), comment, actor, now);
      var entry = entry(item);
      entry.put("corroboration", corroboration.answer());
      entry.put("comment", comment);
      entry.put("status", assess(item).status());
      recorded.add(entry);
    }
    if (!recorded.isEmpty()) {
      caseStore.note(reference, actor, "CHECKLIST_CORROBORATED", "Checklist corroborated: " + codes(recorded),
          Map.of("items", recorded));
    }
  }

  /** The case's checklist in the order its items were created: one query. */
  @Transactional(readOnly = true)
  public List<ChecklistItem> checklistOf(CommissioningCase commissioningCase) {
    return items.findByCommissioningCaseIdOrderById(commissioningCase.getId());
  }

  /** One checklist item, such as the one a multi-instance task is about. */
  @Transactional(readOnly = true)
  public ChecklistItem item(long id) {
    return items.findById(id).orElseThrow(() -> new IllegalStateException("no checklist item " + id));
  }

  /** What to check of each row beyond its own fields and that its item exists and appears once. */
  private interface RowCheck<R> {
    void check(String where, R row, ChecklistItem item);
  }

  private <R> void forEachRow(List<R> rows, String list, Function<R, String> itemCode,
      Map<String, ChecklistItem> found, List<FieldProblem> problems, RowCheck<R> check) {
    if (rows.isEmpty()) {
      problems.add(new FieldProblem(list, "must hold at least one item"));
    }
    var rowOfCode = new HashMap<String, Integer>();
    for (int row = 0; row < rows.size(); row++) {
      var where = list + "[" + row + "]";
      var violations = Violations.of(validator, rows.get(row), where);
      problems.addAll(violations);
      var code = itemCode.apply(rows.get(row));
      if (code == null || code.isBlank()) {
        continue;
      }
      var item = found.get(code.strip());
      var firstRow = rowOfCode.putIfAbsent(code.strip(), row);
      if (item == null) {
        problems.add(new FieldProblem(where + ".itemCode", "'" + code + "' is not an item of the checklist"));
      } else if (firstRow != null) {
        problems.add(new FieldProblem(where + ".itemCode", "is already in " + list + "[" + firstRow + "]"));
      } else if (violations.isEmpty()) {
        check.check(where, rows.get(row), item);
      }
    }
  }

  private Map<String, ChecklistItem> byCode(CommissioningCase commissioningCase) {
    return checklistOf(commissioningCase).stream()
        .collect(Collectors.toMap(ChecklistItem::getCode, Function.identity()));
  }

  private static LinkedHashMap<String, Object> entry(ChecklistItem item) {
    var entry = new LinkedHashMap<String, Object>();
    entry.put("itemCode", item.getCode());
    return entry;
  }

  private static String codes(List<Map<String, Object>> entries) {
    return entries.stream().map(entry -> (String) entry.get("itemCode")).collect(Collectors.joining(", "));
  }

  private static void refuseIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
