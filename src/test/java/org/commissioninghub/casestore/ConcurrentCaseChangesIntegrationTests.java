package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people change one case at the same moment: additions to its lists (a risk, a milestone) go
 * through beside a change to its own fields, except an extreme risk racing a rating, which must
 * not leave a case green without a reason. Each race is played out by committing one change while
 * the other's transaction is open.
 */
@IntegrationTest
class ConcurrentCaseChangesIntegrationTests {

  private static final String MANAGER = "commissioning-manager";

  @Autowired
  HubClient hub;

  @Autowired
  CaseStore store;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void aRiskAddedWhileSomeoneChangesTheRatingDoesNotConflict() {
    var reference = openCase("Risk beside a rating");

    inTransaction(() -> {
      store.get(reference);
      inNewTransaction(() -> store.addRisk(reference, "Premises lease ends", 3, 3, null, null, MANAGER));
      store.rate(reference, RagRating.AMBER, null, MANAGER);
    });

    var commissioningCase = hub.get(MANAGER, "/api/cases/" + reference).body();
    assertThat(commissioningCase.get("ragRating").asText()).isEqualTo("amber");
    assertThat(hub.get(MANAGER, "/api/cases/" + reference + "/risks").body()).hasSize(1);
  }

  @Test
  void aMilestoneAndARiskAddedAtOnceBothStay() {
    var reference = openCase("Two additions");

    inTransaction(() -> {
      store.addMilestone(reference, "Contract signed", LocalDate.of(2027, 3, 1), MANAGER);
      inNewTransaction(() -> store.addRisk(reference, "Performer list delays", 2, 2, null, null, MANAGER));
    });

    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("milestones")).hasSize(1);
    assertThat(hub.get(MANAGER, "/api/cases/" + reference + "/risks").body()).hasSize(1);
  }

  @Test
  void aGreenRatingGivenWhileAnExtremeRiskIsAddedConflictsAndNeitherIsLost() {
    var reference = openCase("Extreme risk racing green");
    store.rate(reference, RagRating.AMBER, null, MANAGER);

    assertThatThrownBy(() -> inTransaction(() -> {
      store.rate(reference, RagRating.GREEN, null, MANAGER);
      inNewTransaction(() -> store.addRisk(reference, "Incumbent hands back early", 5, 5, null, null, MANAGER));
    })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

    assertThat(hub.get(MANAGER, "/api/cases/" + reference).body().get("ragRating").asText()).isEqualTo("amber");
    assertThat(hub.get(MANAGER, "/api/cases/" + reference + "/risks").body()).hasSize(1);
    var green = hub.send(MANAGER, "PUT", "/api/cases/" + reference + "/rag-rating", Map.of("ragRating", "green"));
    assertThat(green.problemFields()).containsExactly("reason");
  }

  private String openCase(String title) {
    return hub.post(MANAGER, "/api/cases", CaseApiIntegrationTests.dentalCase(title)).body().get("reference").asText();
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }

  private void inNewTransaction(Runnable work) {
    var template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    template.executeWithoutResult(status -> work.run());
  }
}
