package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.commissioninghub.testsupport.DentalFormAnswers;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case store tells the rest of the hub what it wrote: one {@link CaseChange} per entry of the
 * event log, published inside the writing transaction, with who made it and when by the engine's
 * clock.
 */
@IntegrationTest
class CaseChangesIntegrationTests {

  private static final String MANAGER = "commissioning-manager";

  /** A change as a listener saw it: inside a transaction, and whether that transaction committed. */
  record Seen(CaseChange change, boolean inTransaction) {}

  @Autowired
  HubClient hub;

  @Autowired
  CaseStore caseStore;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  ConfigurableApplicationContext context;

  private final List<Seen> published = new CopyOnWriteArrayList<>();
  private final List<CaseChange> committed = new CopyOnWriteArrayList<>();
  private final ApplicationListener<PayloadApplicationEvent<CaseChange>> listener = event -> {
    var change = event.getPayload();
    var inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
    published.add(new Seen(change, inTransaction));
    if (inTransaction) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          committed.add(change);
        }
      });
    }
  };

  @BeforeEach
  void listen() {
    context.addApplicationListener(listener);
  }

  @AfterEach
  void stopListening() {
    context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
    ClockUtil.reset();
  }

  @Test
  void openingACaseAndCompletingATaskPublishEachChangeWithWhoMadeItInsideItsTransaction() {
    var reference = hub.post(MANAGER, "/api/cases", CaseApiIntegrationTests.dentalCase("Published changes"))
        .body().get("reference").asText();
    new Tasks(hub).complete(MANAGER, reference, "Task_AssessOralHealthNeeds", DentalFormAnswers.needsAssessment("procure"));

    var changes = published.stream().filter(seen -> seen.change().reference().equals(reference)).toList();
    assertThat(changes).allMatch(Seen::inTransaction);
    assertThat(changes).extracting(seen -> seen.change().getClass().getSimpleName())
        .containsSubsequence("CaseOpened", "ProcessStarted", "TaskCompleted", "DetailsUpdated", "StageChanged");
    assertThat(changes).extracting(Seen::change).allMatch(change -> change.actor().equals(MANAGER))
        .allMatch(change -> change.programme() == Programme.DENTAL_PROCUREMENT);
    var stageChange = changes.stream().map(Seen::change).filter(CaseChange.StageChanged.class::isInstance)
        .map(CaseChange.StageChanged.class::cast).findFirst().orElseThrow();
    assertThat(stageChange.fromStage()).isEqualTo("needs-assessment");
    assertThat(stageChange.toStage()).isEqualTo("lot-design");
    var taskCompleted = changes.stream().map(Seen::change).filter(CaseChange.TaskCompleted.class::isInstance)
        .map(CaseChange.TaskCompleted.class::cast).findFirst().orElseThrow();
    assertThat(taskCompleted.taskName()).isEqualTo("Assess oral health needs");
    assertThat(taskCompleted.processInstanceId()).isEqualTo(caseStore.get(reference).getProcessInstanceId());
    assertThat(committed).containsAll(changes.stream().map(Seen::change).toList());
  }

  @Test
  void aChangeWhoseTransactionRollsBackIsSeenInsideItButNeverCommitted() {
    var reference = hub.post(MANAGER, "/api/cases", CaseApiIntegrationTests.dentalCase("Rolled back"))
        .body().get("reference").asText();
    published.clear();

    transactions.executeWithoutResult(status -> {
      caseStore.rate(reference, RagRating.RED, null, MANAGER);
      caseStore.addRisk(reference, "Provider market may not bid", 4, 4, MANAGER, "Market engagement", MANAGER);
      status.setRollbackOnly();
    });

    assertThat(published).extracting(seen -> seen.change().getClass().getSimpleName())
        .containsExactly("RagChanged", "RiskRaised");
    assertThat(committed).noneMatch(change -> change.reference().equals(reference)
        && (change instanceof CaseChange.RagChanged || change instanceof CaseChange.RiskRaised));
    assertThat(caseStore.get(reference).getRagRating()).isNull();
  }

  @Test
  void theEventLogAndItsChangesAreTimedByTheEnginesClock() {
    var reference = hub.post(MANAGER, "/api/cases", CaseApiIntegrationTests.dentalCase("Clocked"))
        .body().get("reference").asText();
    var engineNow = Instant.parse("2027-01-04T10:15:00Z");
    ClockUtil.setCurrentTime(Date.from(engineNow));

    transactions.executeWithoutResult(status ->
        caseStore.recordDecision(reference, "Business case approval", "approved", MANAGER, DecisionChannel.API, null));

    var decision = committed.stream().filter(CaseChange.DecisionRecorded.class::isInstance)
        .map(CaseChange.DecisionRecorded.class::cast)
        .filter(change -> change.reference().equals(reference)).findFirst().orElseThrow();
    assertThat(decision.occurredAt()).isEqualTo(engineNow);
    Instant logged = transactions.execute(status -> caseStore.get(reference).getEvents().stream()
        .filter(event -> event.getEventType().equals("DECISION_RECORDED")).findFirst().orElseThrow().getOccurredAt());
    assertThat(logged).isEqualTo(engineNow);
    Instant decidedAt = transactions.execute(status -> caseStore.get(reference).getDecisions().get(0).getDecidedAt());
    assertThat(decidedAt).isEqualTo(engineNow);
  }
}
