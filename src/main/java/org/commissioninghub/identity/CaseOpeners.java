package org.commissioninghub.identity;

import java.util.Arrays;
import java.util.Collection;

/** The roles that may open a new case through the API. */
public final class CaseOpeners {

  static final String[] GROUPS = {
      Role.PROGRAMME_MANAGER.groupId(),
      Role.COMMISSIONING_MANAGER.groupId(),
      Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId(),
      Role.HEAD_OF_PRIMARY_CARE.groupId(),
      Role.PROGRAMME_LEAD.groupId(),
      Role.ADMINISTRATORS_GROUP
  };

  private CaseOpeners() {}

  /** Whether someone holding these roles (Camunda group ids) may open a case. */
  public static boolean mayOpen(Collection<String> roles) {
    return Arrays.stream(GROUPS).anyMatch(roles::contains);
  }
}
