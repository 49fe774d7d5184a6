package org.commissioninghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class ContentionTests {

  @Test
  void rowsChangedUnderTheRequestAreAConflict() {
    assertThat(Contention.of(new OptimisticLockingException("task was updated by another transaction")))
        .contains(Contention.CONFLICT);
    assertThat(Contention.of(new RuntimeException(new ObjectOptimisticLockingFailureException("Case", 1L))))
        .contains(Contention.CONFLICT);
  }

  @Test
  void aLockWaitOrDeadlockIsBusyAndMayBeRetried() {
    assertThat(Contention.of(new CannotAcquireLockException("lock"))).contains(Contention.BUSY);
    for (var state : new String[] {"55P03", "40P01", "40001", "57014", "HYT00"}) {
      var wrapped = new ProcessEngineException("could not update", new SQLException("waited", state));
      assertThat(Contention.of(wrapped)).as(state).contains(Contention.BUSY);
    }
    assertThat(Contention.BUSY.retryable()).isTrue();
    assertThat(Contention.CONFLICT.retryable()).isFalse();
  }

  @Test
  void otherFailuresAreNoContention() {
    assertThat(Contention.of(new ProcessEngineException("broken", new SQLException("duplicate", "23505")))).isEmpty();
    assertThat(Contention.of(new DataIntegrityViolationException("duplicate"))).isEmpty();
    assertThat(Contention.of(new IllegalStateException("anything"))).isEmpty();
  }
}
