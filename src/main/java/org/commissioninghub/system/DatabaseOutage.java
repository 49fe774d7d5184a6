package org.commissioninghub.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, or every
 * connection busy past the pool's timeout) from any other. Such a failure answers 503 with
 * {@code Retry-After}: nothing was written, and the same request will work once the database is back.
 * Its words are public for the hub's error page, which says the same to a person.
 */
public final class DatabaseOutage {

  static final HttpStatus STATUS = HttpStatus.SERVICE_UNAVAILABLE;
  public static final String TITLE = "Database unavailable";
  public static final String DETAIL = "The hub cannot reach its database just now. Nothing was changed; try again shortly.";
  static final String RETRY_AFTER_HEADER = HttpHeaders.RETRY_AFTER;
  static final String RETRY_AFTER_SECONDS = "10";

  private DatabaseOutage() {}

  static boolean causes(Throwable failure) {
    return Causes.of(failure).stream().anyMatch(cause -> isConnectionFailure(cause)
        || cause instanceof SQLException sql && sql.getNextException() != null
            && isConnectionFailure(sql.getNextException()));
  }

  private static boolean isConnectionFailure(Throwable cause) {
    return cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof CannotGetJdbcConnectionException
        || cause instanceof ConnectException
        // SQLSTATE class 08 (connection exception) and 57P (PostgreSQL shutting down or restarting)
        || cause instanceof SQLException sql && sql.getSQLState() != null
            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
  }

}
