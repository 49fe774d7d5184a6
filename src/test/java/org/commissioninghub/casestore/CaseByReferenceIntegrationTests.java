package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseByReferenceIntegrationTests {

  static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  @Autowired
  CaseRepository cases;

  @Autowired
  EntityManager entityManager;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void aCaseIsFoundByItsReferenceWithItsNamedPeopleAndTheSameInstanceAgainInOneTransaction() {
    var reference = "LOOKUP-" + RUN + "-A";
    transactions.executeWithoutResult(status -> {
      var saved = new CommissioningCase(reference, Programme.DENTAL_PROCUREMENT, "Looked up", "tester", Instant.now());
      saved.setNamedPeople(java.util.Map.of("commissioning-manager", "commissioning-manager"));
      cases.save(saved);
    });

    transactions.executeWithoutResult(status -> {
      var found = cases.findByReference(reference).orElseThrow();

      assertThat(found.getTitle()).isEqualTo("Looked up");
      assertThat(found.getNamedPeople()).containsEntry("commissioning-manager", "commissioning-manager");
      assertThat(cases.findByReference(reference)).containsSame(found);
    });
  }

  @Test
  void aCaseSavedInThisTransactionIsFoundBeforeItIsFlushedAndAnUnknownReferenceIsNot() {
    var reference = "LOOKUP-" + RUN + "-B";
    transactions.executeWithoutResult(status -> {
      var saved = cases.save(new CommissioningCase(reference, Programme.DENTAL_PROCUREMENT, "New", "tester",
          Instant.now()));
      saved.setTitle("Renamed before any flush");

      assertThat(cases.findByReference(reference)).containsSame(saved);
      assertThat(cases.findByReference("LOOKUP-" + RUN + "-NONE")).isEmpty();
      status.setRollbackOnly();
    });

    transactions.executeWithoutResult(status -> assertThat(cases.findByReference(reference)).isEmpty());
  }
}
