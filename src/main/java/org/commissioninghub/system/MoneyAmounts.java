package org.commissioninghub.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sums of money as people type and read them: 2400000, 2,400,000, £2,400,000 and £2,400,000.50
 * are all two million four hundred thousand pounds (and fifty pence); shown as £2,400,000.
 */
public final class MoneyAmounts {

  /** Pounds with or without the sign and thousands separators (in threes), then pence if any. */
  private static final Pattern AMOUNT = Pattern.compile("£?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  private MoneyAmounts() {}

  /** The amount in a typed text or a number; empty for anything else (letters, negatives, 2,40,000). */
  public static Optional<BigDecimal> parse(Object value) {
    if (value instanceof Number number) {
      return Optional.of(new BigDecimal(number.toString()));
    }
    if (!(value instanceof String text) || !AMOUNT.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.replace("£", "").replace(",", "").strip()));
  }

  /** £2,400,000 for a whole number of pounds, £2,400,000.50 otherwise; null for no amount. */
  public static String format(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    var whole = amount.stripTrailingZeros().scale() <= 0;
    var format = new DecimalFormat(whole ? "£#,##0" : "£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }
}
