package org.commissioninghub.casestore;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a case and starts its programme's process in one transaction: either both exist
 * afterwards, or neither does. The case's reference is taken just before, in a transaction of its
 * own, so openings run side by side.
 */
@Service
public class CaseOpeningService {

  private final ProgrammeCatalog programmes;
  private final CaseStore caseStore;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ObjectMapper objectMapper;
  private final CaseReferenceGenerator references;
  private final TransactionTemplate inTransaction;
  private final Validator validator;

  CaseOpeningService(ProgrammeCatalog programmes, CaseStore caseStore, RuntimeService runtimeService,
      IdentityService identityService, ObjectMapper objectMapper, CaseReferenceGenerator references,
      PlatformTransactionManager transactionManager, Validator validator) {
    this.validator = validator;
    this.references = references;
    this.inTransaction = new TransactionTemplate(transactionManager);
    this.programmes = programmes;
    this.caseStore = caseStore;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.objectMapper = objectMapper;
  }

  /**
   * Opens a case of a programme the hub runs, after checking all of the request at once: its own
   * fields, the people it names and the programme's details, so a refusal names every bad field.
   */
  public CommissioningCase open(OpenCaseRequest request, String actor) {
    if (request.programme() == null) {
      throw new InvalidInputException(fieldsBrokenIn(request));
    }
    var process = programmes.processOf(request.programme())
        .orElseThrow(() -> new ProgrammeProcessNotAvailableException(request.programme()));
    return open(process, request, actor);
  }

  private <D> CommissioningCase open(ProgrammeProcess<D> process, OpenCaseRequest request, String actor) {
    var problems = new ArrayList<FieldProblem>(fieldsBrokenIn(request));
    if (request.targetStartDate() != null && request.targetEndDate() != null
        && request.targetEndDate().isBefore(request.targetStartDate())) {
      problems.add(new FieldProblem("targetEndDate", "must not be before targetStartDate"));
    }
    var namedPeople = request.namedPeople() == null ? Map.<String, String>of() : request.namedPeople();
    namedPeople.forEach((roleId, userId) -> checkNamedPerson(roleId, userId, problems));
    var details = programmes.readDetails(process, request.details(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var newCase = new NewCase(request.programme(), request.title(), process.initialStage(), request.commissioner(),
        request.integratedCareSystem(), request.valueGbp(), request.targetStartDate(), request.targetEndDate(),
        namedPeople, writeJson(details), process.deadline(details).orElse(null));
    var reference = references.reserve(request.programme());
    return inTransaction.execute(status -> {
      var commissioningCase = caseStore.open(reference, newCase, actor);
      var instance = runtimeService.startProcessInstanceByKey(process.processDefinitionKey(),
          commissioningCase.getReference(), process.startVariables(commissioningCase, details));
      caseStore.linkProcess(commissioningCase.getReference(), instance.getId(), actor);
      return commissioningCase;
    });
  }

  private List<FieldProblem> fieldsBrokenIn(OpenCaseRequest request) {
    return validator.validate(request).stream()
        .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
        .sorted(java.util.Comparator.comparing(FieldProblem::field))
        .toList();
  }

  /**
   * A named person holds the role they are named for, and the role is one of the hub's: nobody can
   * name themselves finance lead and approver of their own case, and administration is not a case role.
   */
  private void checkNamedPerson(String roleId, String userId, List<FieldProblem> problems) {
    var field = "namedPeople." + roleId;
    var role = Role.byGroupId(roleId);
    if (role.isEmpty()) {
      problems.add(new FieldProblem(field, "'" + roleId + "' is not a case role"));
    } else if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
      problems.add(new FieldProblem(field, "'" + userId + "' is not a user"));
    } else if (identityService.createUserQuery().userId(userId).memberOfGroup(roleId).count() == 0) {
      problems.add(new FieldProblem(field, "'" + userId + "' does not hold the role " + role.get().displayName()));
    }
  }

  private String writeJson(Object details) {
    try {
      return objectMapper.writeValueAsString(details);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write case details", e);
    }
  }
}
