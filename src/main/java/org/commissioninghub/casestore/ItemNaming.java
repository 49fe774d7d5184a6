package org.commissioninghub.casestore;

import java.util.function.Function;

/**
 * Names something of a case's processes (a timer it waits for) after the item of the case it is
 * about, as tasks are named: "Vetting time running short — HMP Portland (Lot 3: Dorset)". The
 * workflow knows the items and provides it.
 */
public interface ItemNaming {

  /** The name with the item the variables it sees are about, or the name alone when none. */
  String named(String name, Function<String, Object> variables);
}
