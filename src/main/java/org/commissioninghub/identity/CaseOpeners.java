package org.commissioninghub.identity;

/** The roles that may open a new case through the API. */
final class CaseOpeners {

  static final String[] GROUPS = {
      Role.PROGRAMME_MANAGER.groupId(),
      Role.COMMISSIONING_MANAGER.groupId(),
      Role.HEALTH_AND_JUSTICE_COMMISSIONER.groupId(),
      Role.HEAD_OF_PRIMARY_CARE.groupId(),
      Role.PROGRAMME_LEAD.groupId(),
      Role.ADMINISTRATORS_GROUP
  };

  private CaseOpeners() {}
}
