package org.commissioninghub.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Takes the hub's database out of reach and back: while it is off, every new connection fails as
 * the connection pool fails when the database is down (after its connection timeout), and
 * connections already held carry on.
 */
public class DatabaseSwitch implements BeanPostProcessor {

  private static volatile boolean reachable = true;

  public void takeDown() {
    reachable = false;
  }

  public void bringBack() {
    reachable = true;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? new Switched(dataSource) : bean;
  }

  private static final class Switched extends DelegatingDataSource {
    Switched(DataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      refuseWhileDown();
      return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      refuseWhileDown();
      return super.getConnection(username, password);
    }

    private static void refuseWhileDown() throws SQLTransientConnectionException {
      if (!reachable) {
        throw new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms (database taken down by a test)");
      }
    }
  }
}
