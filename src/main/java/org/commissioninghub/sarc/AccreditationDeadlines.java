package org.commissioninghub.sarc;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The day a case's providers must be accredited by: the case's own deadline, else the hub's. */
@Component
class AccreditationDeadlines {

  private final SarcProperties properties;

  AccreditationDeadlines(SarcProperties properties) {
    this.properties = properties;
  }

  LocalDate of(SarcRecommissioningDetails details) {
    return details.accreditationDeadline() != null ? details.accreditationDeadline()
        : properties.accreditationDeadline();
  }
}
