package org.commissioninghub.casestore;

import java.time.Clock;
import java.time.Year;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues human references such as {@code DEN-2026-0007}: a prefix per programme, the year, and a
 * number that counts up per prefix and year without gaps. The counter row is locked for the rest of
 * the opening transaction, so concurrent openings queue rather than collide, and a rolled-back
 * opening gives its number back.
 */
@Component
class CaseReferenceGenerator {

  private final CaseReferenceCounterRepository counters;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  CaseReferenceGenerator(CaseReferenceCounterRepository counters,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.counters = counters;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Must run inside the transaction that opens the case. */
  String nextReference(Programme programme) {
    var key = new CaseReferenceCounter.Key(programme.referencePrefix(), Year.now(clock).getValue());
    var counter = counters.findForUpdate(key).orElseGet(() -> {
      createCounterIfMissing(key);
      return counters.findForUpdate(key).orElseThrow();
    });
    return "%s-%d-%04d".formatted(key.prefix(), key.year(), counter.next());
  }

  private void createCounterIfMissing(CaseReferenceCounter.Key key) {
    try {
      newTransaction.executeWithoutResult(status -> {
        if (!counters.existsById(key)) {
          counters.saveAndFlush(new CaseReferenceCounter(key));
        }
      });
    } catch (DataIntegrityViolationException concurrentlyCreated) {
      // Another opening created this year's counter first; locking it below is all we need.
    }
  }
}
