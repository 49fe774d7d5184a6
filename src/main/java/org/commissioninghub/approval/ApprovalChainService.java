package org.commissioninghub.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.SingleLine;
import org.springframework.stereotype.Service;

/**
 * The rules of an approval chain: sign-offs asked for one step after another, each step by one
 * approver role (and perhaps a named approver) or by several parties at once, all of whom must
 * approve. A process gives the steps as a JSON list:
 *
 * <pre>
 * [{"name": "Procurement", "role": "procurement-lead"},
 *  {"name": "NHS England", "role": "director-of-commissioning", "user": "sam.director", "dueInWorkingDays": 10},
 *  {"name": "Police and crime commissioners", "role": "pcc-representative",
 *   "parties": [{"name": "Avon and Somerset", "user": "alex.avon"},
 *               {"name": "Devon and Cornwall", "role": "pcc-representative"}]}]
 * </pre>
 *
 * <p>Each step has a one-line name of its own and a role that is a Camunda group; a named approver
 * is a user who holds the role. A step with parties names at least one party, each with a one-line
 * name of its own within the step, approving in its own role or else the step's, and perhaps a
 * named approver of its own. A step is due in its own working days or else the chain's. Anything
 * else is a configuration error, reported with every problem at once.
 */
@Service
public class ApprovalChainService {

  /** The longest stage a decision record keeps. */
  static final int LONGEST_STAGE = 100;

  private static final Set<String> STEP_FIELDS = Set.of("name", "role", "user", "dueInWorkingDays", "parties");
  private static final Set<String> PARTY_FIELDS = Set.of("name", "role", "user");

  private final IdentityService identityService;

  ApprovalChainService(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * Checks the steps of a chain approving {@code stage} and answers them ready to run, in order.
   *
   * @param steps the JSON list of steps
   * @param stage what the chain approves; each sign-off is recorded as this stage and its step
   * @param defaultDueInWorkingDays the working days of a step that does not give its own, or null
   * @param escalationRole the role an overdue sign-off is escalated to
   * @throws InvalidApprovalStepsException listing every problem, when anything is wrong
   */
  public List<ApprovalStep> plan(JsonNode steps, String stage, Integer defaultDueInWorkingDays,
      String escalationRole) {
    var problems = new ArrayList<String>();
    var chainStage = chainStage(stage, problems);
    if (defaultDueInWorkingDays != null && defaultDueInWorkingDays < 1) {
      problems.add("approvalDueInWorkingDays must be at least 1 working day, not " + defaultDueInWorkingDays);
    }
    if (escalationRole == null || escalationRole.isBlank()) {
      problems.add("the escalation role is missing: name the role an overdue sign-off goes to");
    } else if (!roleExists(escalationRole)) {
      problems.add("the escalation role " + escalationRole + " is not a role in the hub");
    }
    var planned = new ArrayList<ApprovalStep>();
    if (steps == null || !steps.isArray() || steps.isEmpty()) {
      problems.add("approvalSteps must be a list of at least one step");
    } else {
      var names = new HashSet<String>();
      for (int index = 0; index < steps.size(); index++) {
        step(steps.get(index), index + 1, chainStage, defaultDueInWorkingDays, names, problems)
            .ifPresent(planned::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidApprovalStepsException(problems);
    }
    return List.copyOf(planned);
  }

  private static String chainStage(String stage, List<String> problems) {
    if (stage == null || stage.isBlank()) {
      problems.add("the stage is missing: say what the chain approves");
      return null;
    }
    if (!SingleLine.Validator.isSingleLine(stage)) {
      problems.add("the stage must be one line");
      return null;
    }
    return stage.trim();
  }

  private Optional<ApprovalStep> step(JsonNode node, int number, String chainStage, Integer defaultDue,
      Set<String> namesSoFar, List<String> problems) {
    var where = "step " + number;
    if (!node.isObject()) {
      problems.add(where + " is not a step: give it a name and a role");
      return Optional.empty();
    }
    var problemsBefore = problems.size();
    var name = text(node, "name", where, problems);
    if (!isGiven(node.get("name"))) {
      problems.add(where + " has no name");
    } else if (name != null) {
      where += " (" + name + ")";
      if (!namesSoFar.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(where + " has the name of an earlier step: give each step a name of its own");
      }
    }
    unknownFields(node, STEP_FIELDS, where, problems);
    var role = text(node, "role", where, problems);
    if (!isGiven(node.get("role"))) {
      problems.add(where + " has no role: name the Camunda group that approves it");
    } else if (role != null) {
      role = existingRole(role, where, problems);
    }
    var due = dueInWorkingDays(node, defaultDue, where, problems);
    List<ApprovalStep.Party> parties = List.of();
    String stage = null;
    String user = null;
    if (isGiven(node.get("parties"))) {
      if (isGiven(node.get("user"))) {
        problems.add(where + " names an approver as well as parties: name each party's approver on the party");
      }
      parties = parties(node.get("parties"), name, role, chainStage, where, problems);
    } else {
      stage = name == null || chainStage == null ? null : chainStage + " (" + name + ")";
      user = namedApprover(node, role, where, problems);
      checkLength(stage, where, problems);
    }
    return problems.size() > problemsBefore
        ? Optional.empty()
        : Optional.of(new ApprovalStep(name, stage, role, user, due, parties));
  }

  private List<ApprovalStep.Party> parties(JsonNode parties, String stepName, String stepRole, String chainStage,
      String stepWhere, List<String> problems) {
    if (!parties.isArray() || parties.isEmpty()) {
      problems.add(stepWhere + " has no parties: name at least one, or leave parties out for a single approver");
      return List.of();
    }
    var planned = new ArrayList<ApprovalStep.Party>();
    var namesSoFar = new HashSet<String>();
    for (int index = 0; index < parties.size(); index++) {
      var node = parties.get(index);
      var where = stepWhere + ", party " + (index + 1);
      if (!node.isObject()) {
        problems.add(where + " is not a party: give it a name");
        continue;
      }
      var name = text(node, "name", where, problems);
      if (!isGiven(node.get("name"))) {
        problems.add(where + " has no name");
      } else if (name != null) {
        where += " (" + name + ")";
        if (!namesSoFar.add(name.toLowerCase(Locale.ROOT))) {
          problems.add(where + " has the name of an earlier party of the step: give each party a name of its own");
        }
      }
      unknownFields(node, PARTY_FIELDS, where, problems);
      var ownRole = text(node, "role", where, problems);
      var role = ownRole == null ? stepRole : existingRole(ownRole, where, problems);
      var user = namedApprover(node, role, where, problems);
      var label = stepName == null || name == null ? null : stepName + ": " + name;
      var stage = label == null || chainStage == null ? null : chainStage + " (" + label + ")";
      checkLength(stage, where, problems);
      planned.add(new ApprovalStep.Party(name, label, stage, role, user));
    }
    return planned;
  }

  /**
   * The named approver, who must hold the role; null when none is named, except for a role of
   * outside bodies, whose members each approve only what names them.
   */
  private String namedApprover(JsonNode node, String role, String where, List<String> problems) {
    var user = text(node, "user", where, problems);
    if (user == null && role != null && Role.isOutsideBodies(role) && !isGiven(node.get("user"))) {
      problems.add(where + " is approved by " + role + ", a role of outside bodies: name the person who approves");
    }
    if (user == null || role == null) {
      return user;
    }
    if (identityService.createUserQuery().userId(user).count() == 0) {
      problems.add(where + " names " + user + " as approver, who is not a user of the hub");
    } else if (identityService.createUserQuery().userId(user).memberOfGroup(role).count() == 0) {
      problems.add(where + " names " + user + " as approver, who does not hold the role " + role);
    }
    return user;
  }

  private String existingRole(String role, String where, List<String> problems) {
    if (roleExists(role)) {
      return role;
    }
    problems.add(where + " names the role " + role + ", which is not a role in the hub");
    return null;
  }

  private boolean roleExists(String role) {
    return identityService.createGroupQuery().groupId(role).count() > 0;
  }

  private static int dueInWorkingDays(JsonNode node, Integer defaultDue, String where, List<String> problems) {
    var value = node.get("dueInWorkingDays");
    if (!isGiven(value)) {
      if (defaultDue == null) {
        problems.add(where + " has no dueInWorkingDays, and the chain has no approvalDueInWorkingDays to fall back on");
        return 0;
      }
      return defaultDue;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
      problems.add(where + " has dueInWorkingDays " + value + ": it must be a whole number of working days, at least 1");
      return 0;
    }
    return value.intValue();
  }

  /** A one-line text field, trimmed; null when it is missing or blank, or (with the problem) not one line of text. */
  private static String text(JsonNode node, String field, String where, List<String> problems) {
    var value = node.get(field);
    if (!isGiven(value)) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(where + " has a " + field + " that is not text");
      return null;
    }
    if (!SingleLine.Validator.isSingleLine(value.asText())) {
      problems.add(where + " has a " + field + " that is not one line");
      return null;
    }
    return value.asText().trim();
  }

  private static boolean isGiven(JsonNode value) {
    return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
  }

  private static void unknownFields(JsonNode node, Set<String> known, String where, List<String> problems) {
    var unknown = new TreeSet<String>();
    node.fieldNames().forEachRemaining(field -> {
      if (!known.contains(field)) {
        unknown.add(field);
      }
    });
    if (!unknown.isEmpty()) {
      problems.add(where + " has " + (unknown.size() == 1 ? "a field" : "fields") + " the hub does not know: "
          + String.join(", ", unknown) + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
    }
  }

  private static void checkLength(String stage, String where, List<String> problems) {
    if (stage != null && stage.length() > LONGEST_STAGE) {
      problems.add(where + " makes its sign-off's stage \"" + stage + "\" longer than the " + LONGEST_STAGE
          + " characters a decision record keeps: shorten the stage or the names");
    }
  }
}
