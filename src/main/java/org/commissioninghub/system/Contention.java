package org.commissioninghub.system;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request that failed only because others were changing the same rows at the same moment, and
 * how the hub answers it instead of 500, nothing having been written (the transaction rolled back):
 * <ul>
 *   <li>{@link #CONFLICT}, 409: the rows changed under it (an optimistic lock, the engine's or
 *       the case store's). Repeating it blindly could undo the other change, so the person looks
 *       again first.
 *   <li>{@link #BUSY}, 503 with {@code Retry-After}: it waited for a lock too long, or the
 *       database chose it to end a deadlock. Nothing changed under it; the same request can be
 *       sent again.
 * </ul>
 */
public enum Contention {

  CONFLICT(HttpStatus.CONFLICT, "Changed by someone else",
      "Someone else changed this at the same moment, so nothing was saved. Reload it and try again."),
  BUSY(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
      "The hub was busy with the same records just then, so nothing was saved. Try again in a moment.");

  static final String RETRY_AFTER_HEADER = HttpHeaders.RETRY_AFTER;
  static final String RETRY_AFTER_SECONDS = "2";

  /**
   * SQLSTATEs of a lock wait or deadlock: serialization failure and deadlock (40001, 40P01), lock
   * not available (55P03), statement cancelled by a lock or statement timeout (57014), and H2's
   * lock timeout (HYT00).
   */
  private static final Set<String> BUSY_STATES = Set.of("40001", "40P01", "55P03", "57014", "HYT00");

  private final HttpStatus status;
  private final String title;
  private final String detail;

  Contention(HttpStatus status, String title, String detail) {
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  /** Whether the answer tells the client when to try again. */
  public boolean retryable() {
    return this == BUSY;
  }

  /** The contention a failure comes from, looking through its causes; empty for any other failure. */
  public static Optional<Contention> of(Throwable failure) {
    for (var cause : Causes.of(failure)) {
      if (cause instanceof OptimisticLockingFailureException || cause instanceof OptimisticLockingException) {
        return Optional.of(CONFLICT);
      }
      if (cause instanceof PessimisticLockingFailureException || cause instanceof QueryTimeoutException
          || cause instanceof SQLException sql && isBusy(sql)) {
        return Optional.of(BUSY);
      }
    }
    return Optional.empty();
  }

  private static boolean isBusy(SQLException sql) {
    return sql.getSQLState() != null && BUSY_STATES.contains(sql.getSQLState());
  }
}
