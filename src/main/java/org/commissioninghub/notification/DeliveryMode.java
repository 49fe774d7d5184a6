package org.commissioninghub.notification;

import org.commissioninghub.system.CodedValue;

/** What happens to mail in the outbox. */
public enum DeliveryMode implements CodedValue {

  /** An SMTP server is configured ({@code spring.mail.host}): the dispatcher delivers mail. */
  SMTP,

  /**
   * No SMTP server is configured: mail is kept in the app, readable on the outbox page. A kept email
   * is never sent (not even once an SMTP server is configured later) and never counts as waiting.
   */
  IN_APP
}
