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
 * number that counts up per prefix and year. A number is taken in a short transaction of its own,
 * before the case is opened, so concurrent openings hold the counter only for that moment rather
 * than queue behind each other's whole opening; an opening that fails after taking its number (its
 * process cannot start) leaves that number unused.
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

  /** Takes the programme's next reference and commits at once; call it outside the opening transaction. */
  String reserve(Programme programme) {
    var key = new CaseReferenceCounter.Key(programme.referencePrefix(), Year.now(clock).getValue());
    return newTransaction.execute(status -> {
      var counter = counters.findForUpdate(key).orElseGet(() -> {
        createCounterIfMissing(key);
        return counters.findForUpdate(key).orElseThrow();
      });
      return "%s-%d-%04d".formatted(key.prefix(), key.year(), counter.next());
    });
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
