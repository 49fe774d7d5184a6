package org.commissioninghub.workflow;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a migration of running process instances did: the instances this hub moved to the newer
 * version, and those it left on their version for an operator.
 */
record MigrationReport(List<String> migrated, List<LeftBehind> leftBehind) {

  static final MigrationReport NOTHING = new MigrationReport(List.of(), List.of());

  MigrationReport {
    migrated = List.copyOf(migrated);
    leftBehind = List.copyOf(leftBehind);
  }

  MigrationReport and(MigrationReport other) {
    return new MigrationReport(Stream.concat(migrated.stream(), other.migrated.stream()).toList(),
        Stream.concat(leftBehind.stream(), other.leftBehind.stream()).toList());
  }

  /**
   * An instance still on its version: the activities it waits at that stop the migration, and why.
   *
   * @param businessKey the case reference
   */
  record LeftBehind(String processInstanceId, String businessKey, String processDefinitionId,
      List<String> activityIds, String reason) {

    LeftBehind {
      activityIds = List.copyOf(activityIds);
    }
  }
}
