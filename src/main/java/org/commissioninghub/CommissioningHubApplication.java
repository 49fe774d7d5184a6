package org.commissioninghub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(nameGenerator = ProgrammeQualifiedBeanNames.class)
public class CommissioningHubApplication {

  public static void main(String[] args) {
    SpringApplication.run(CommissioningHubApplication.class, args);
  }
}
