package org.commissioninghub.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** A failure and every cause behind it, the failure first, each once: a cause that loops back ends the chain. */
final class Causes {

  private Causes() {}

  static List<Throwable> of(Throwable failure) {
    var chain = new ArrayList<Throwable>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (var cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    return chain;
  }
}
