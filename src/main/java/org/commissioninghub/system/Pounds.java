package org.commissioninghub.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Money as people read it: £2,400,000 for whole pounds, £2,400,000.50 otherwise. */
public final class Pounds {

  private Pounds() {}

  public static String format(BigDecimal value) {
    if (value == null) {
      return null;
    }
    var format = NumberFormat.getCurrencyInstance(Locale.UK);
    if (value.stripTrailingZeros().scale() <= 0) {
      format.setMaximumFractionDigits(0);
    }
    return format.format(value);
  }
}
