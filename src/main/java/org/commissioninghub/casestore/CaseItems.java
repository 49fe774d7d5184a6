package org.commissioninghub.casestore;

import java.util.List;

/**
 * Records a feature keeps for the items of a case in tables of its own, such as lots,
 * workstreams or checklist items: the case API shows them with the case, to those who read the
 * whole case, under the field this names. A feature registers one bean per kind of item (ordered
 * with {@code @Order}); the case store knows none of them.
 */
public interface CaseItems {

  /** The field of the case's JSON that holds these items, in camelCase, such as {@code lots}. */
  String field();

  /** The case's items as the API shows them, read with one query per table, not one per item. */
  List<?> of(CommissioningCase commissioningCase);
}
