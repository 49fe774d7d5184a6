package org.commissioninghub.notification;

/**
 * An email to one recipient: a subject, a plain-text body and, usually, an HTML body with the same
 * content. Mail clients show the HTML part when they can and the plain text otherwise.
 *
 * @param to the recipient's address, optionally with a name ({@code Jo Bloggs <jo@example.org>})
 * @param subject one line
 * @param textBody the plain-text body
 * @param htmlBody the HTML body, or {@code null} for a plain-text email
 */
public record Email(String to, String subject, String textBody, String htmlBody) {

  static final int MAX_RECIPIENT_LENGTH = 320;
  static final int MAX_SUBJECT_LENGTH = 998;
  static final int MAX_BODY_LENGTH = 65535;

  public Email {
    requireLine("to", to, MAX_RECIPIENT_LENGTH);
    requireLine("subject", subject, MAX_SUBJECT_LENGTH);
    if (textBody == null || textBody.isBlank()) {
      throw new IllegalArgumentException("an email needs a plain-text body");
    }
    requireAtMost("textBody", textBody, MAX_BODY_LENGTH);
    if (htmlBody != null) {
      requireAtMost("htmlBody", htmlBody, MAX_BODY_LENGTH);
    }
  }

  /** Header values are one line: a line break in one would let it add headers of its own. */
  private static void requireLine(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an email needs " + name);
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(name + " must be one line");
    }
    requireAtMost(name, value, maxLength);
  }

  private static void requireAtMost(String name, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
    }
  }
}
