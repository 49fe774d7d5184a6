package org.commissioninghub.casestore;

import java.time.Clock;
import java.time.Year;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * Issues human references such as {@code DEN-2026-0007}: a prefix per programme, the year, and a
 * number that counts up per prefix and year. A number is taken in a short transaction of its own,
 * before the case is opened, so concurrent openings hold the counter only for that moment rather
 * than queue behind each other's whole opening; an opening that fails after taking its number (its
 * process cannot start) leaves that number unused.
 *
 * <p>The counter is one row, counted up in SQL over JDBC: through JPA (a locked read of the row as
 * an entity in a new persistence context, then its flush) the counter took a tenth of the CPU of
 * opening a case.
 *
 * <p>On PostgreSQL the number's transaction commits without waiting for its write-ahead log to
 * reach the disk ({@code synchronous_commit} off for that transaction alone): the wait was a
 * sixth of an opening's time on a disk that flushes in 2 ms, for a number nobody has used yet. It
 * loses nothing. The log is written in order, and the opening's own commit does wait, for every
 * record before its own too: a case is durable only once the number it holds is. A crash can lose
 * only numbers whose cases never committed, and those are free to be taken again.
 */
@Component
class CaseReferenceGenerator {

  private static final String COUNT_UP =
      "UPDATE case_reference_counter SET last_number = last_number + 1 WHERE prefix = ? AND reference_year = ?";
  private static final String LAST_NUMBER =
      "SELECT last_number FROM case_reference_counter WHERE prefix = ? AND reference_year = ?";
  private static final String WITHOUT_WAITING_FOR_THE_DISK = "SET LOCAL synchronous_commit TO OFF";
  private static final String CREATE =
      "INSERT INTO case_reference_counter (prefix, reference_year, last_number) VALUES (?, ?, 0)";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final Clock clock;
  private final Supplier<Boolean> onPostgres;

  CaseReferenceGenerator(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.onPostgres = SingletonSupplier.of(() -> jdbc.execute((ConnectionCallback<Boolean>) connection ->
        "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
    this.newTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Takes the programme's next reference and commits at once; call it outside the opening transaction. */
  String reserve(Programme programme) {
    var prefix = programme.referencePrefix();
    var year = Year.now(clock).getValue();
    var number = newTransaction.execute(status -> {
      if (onPostgres.get()) {
        jdbc.execute(WITHOUT_WAITING_FOR_THE_DISK);
      }
      // the update locks the row until this transaction commits: concurrent openings take turns
      if (jdbc.update(COUNT_UP, prefix, year) == 0) {
        createCounterIfMissing(prefix, year);
        jdbc.update(COUNT_UP, prefix, year);
      }
      return jdbc.queryForObject(LAST_NUMBER, Integer.class, prefix, year);
    });
    return "%s-%d-%04d".formatted(prefix, year, number);
  }

  private void createCounterIfMissing(String prefix, int year) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(CREATE, prefix, year));
    } catch (DataIntegrityViolationException concurrentlyCreated) {
      // Another opening created this year's counter first; counting it up is all we need.
    }
  }
}
