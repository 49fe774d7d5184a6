package org.commissioninghub.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * Whether a person's grants satisfy a permission check, as the engine's own check
 * ({@code isUserAuthorizedForResource} in its {@code Authorization.xml}) answers when revokes are not
 * checked: a check passes when a grant to the person, to one of their groups, or to everyone
 * ({@link Authorization#AUTH_TYPE_GLOBAL}) names its resource type, holds all its permissions, and
 * names its resource or {@code *}. Several checks pass together when any passes (disjunctive) or all
 * do (conjunctive).
 *
 * <p>The engine builds that check as one dynamic MyBatis statement of nested {@code CASE}s, rebuilt
 * on every check: for a role user, a ninth of the CPU of claiming a task, reading its form and
 * completing it (JFR, 800 completions), against a hundredth here, where the grants that could
 * matter are read with one plain statement and the rule applied to them.
 * Only checks of that shape are taken: a check with nested checks, a query parameter for its
 * resource or an answer for "no authorization found" is left to the engine.
 */
final class GrantCheck {

  private record Grant(int resourceType, String resourceId, int perms) {}

  private final CompositePermissionCheck check;

  private GrantCheck(CompositePermissionCheck check) {
    this.check = check;
  }

  /** The check, if it has the shape this class answers as the engine does. */
  static Optional<GrantCheck> of(CompositePermissionCheck check) {
    var atomic = check.getAtomicChecks();
    var plain = check.getCompositeChecks().isEmpty() && !atomic.isEmpty() && atomic.stream()
        .allMatch(one -> one.getResourceIdQueryParam() == null && one.getAuthorizationNotFoundReturnValue() == null);
    return plain ? Optional.of(new GrantCheck(check)) : Optional.empty();
  }

  boolean isGranted(Connection connection, String tablePrefix, String userId, List<String> groupIds)
      throws SQLException {
    var grants = grantsFor(connection, tablePrefix, userId, groupIds);
    var atomic = check.getAtomicChecks();
    return check.isDisjunctive()
        ? atomic.stream().anyMatch(one -> isGranted(one, grants))
        : atomic.stream().allMatch(one -> isGranted(one, grants));
  }

  private static boolean isGranted(PermissionCheck check, List<Grant> grants) {
    var resourceId = check.getResourceId();
    var byId = resourceId != null && !resourceId.equals(Authorization.ANY);
    return grants.stream().anyMatch(grant -> grant.resourceType() == check.getResourceType()
        && (grant.perms() & check.getPerms()) == check.getPerms()
        && (Authorization.ANY.equals(grant.resourceId()) || byId && resourceId.equals(grant.resourceId())));
  }

  /** The person's, their groups' and everyone's grants on the resources the checks name, or on any. */
  private List<Grant> grantsFor(Connection connection, String tablePrefix, String userId, List<String> groupIds)
      throws SQLException {
    Set<Integer> types = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    ids.add(Authorization.ANY);
    for (var one : check.getAtomicChecks()) {
      types.add(one.getResourceType());
      if (one.getResourceId() != null) {
        ids.add(one.getResourceId());
      }
    }
    var holders = new ArrayList<String>();
    if (userId != null) {
      holders.add("USER_ID_ = ?");
    }
    if (groupIds != null && !groupIds.isEmpty()) {
      holders.add("GROUP_ID_ IN (" + placeholders(groupIds.size()) + ")");
    }
    var sql = "SELECT RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM " + tablePrefix + "ACT_RU_AUTHORIZATION"
        + " WHERE RESOURCE_TYPE_ IN (" + placeholders(types.size()) + ")"
        + " AND RESOURCE_ID_ IN (" + placeholders(ids.size()) + ")"
        + " AND (TYPE_ = " + Authorization.AUTH_TYPE_GLOBAL + " AND USER_ID_ = '" + Authorization.ANY + "'"
        + (holders.isEmpty() ? "" : " OR TYPE_ = " + Authorization.AUTH_TYPE_GRANT + " AND (" + String.join(" OR ", holders) + ")")
        + ")";
    try (var statement = connection.prepareStatement(sql)) {
      var at = 1;
      for (var type : types) {
        statement.setInt(at++, type);
      }
      for (var id : ids) {
        statement.setString(at++, id);
      }
      if (userId != null) {
        statement.setString(at++, userId);
      }
      if (groupIds != null) {
        for (var group : groupIds) {
          statement.setString(at++, group);
        }
      }
      var grants = new ArrayList<Grant>();
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          grants.add(new Grant(rows.getInt(1), rows.getString(2), rows.getInt(3)));
        }
      }
      return grants;
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
