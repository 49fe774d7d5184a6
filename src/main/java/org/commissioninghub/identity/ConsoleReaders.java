package org.commissioninghub.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Who may use the leads' console: the hub's staff and leads, and administrators. An outside body
 * (a PCN clinical director, a police and crime commissioner's representative) sees the cases that
 * name it on their pages, which show it what it may read; the console's boards and heat maps show
 * where work waits and who holds it, which is staff's business.
 */
public final class ConsoleReaders {

  static final String[] GROUPS = Stream.concat(
          Arrays.stream(Role.values()).filter(role -> role.kind() != Role.Kind.OUTSIDE).map(Role::groupId),
          Stream.of(Role.ADMINISTRATORS_GROUP))
      .toArray(String[]::new);

  private ConsoleReaders() {}

  /** Whether someone holding these roles (Camunda group ids) may use the console. */
  public static boolean mayRead(Collection<String> roles) {
    return Arrays.stream(GROUPS).anyMatch(roles::contains);
  }
}
