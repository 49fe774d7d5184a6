package org.commissioninghub.workflow;

import java.math.BigDecimal;

/**
 * The one item of a case (a lot, a site, a practice) that a task is about, as people know it.
 *
 * @param label the item's name, such as "Lot 2: Plymouth urgent care"
 * @param valueGbp what the item is worth, if known; approvals of the item show this, not the case's value
 */
public record TaskItem(String label, BigDecimal valueGbp) {}
