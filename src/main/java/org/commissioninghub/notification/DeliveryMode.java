package org.commissioninghub.notification;

import org.commissioninghub.system.CodedValue;

/** What happens to mail in the outbox. */
public enum DeliveryMode implements CodedValue {

  /** An SMTP server is configured ({@code spring.mail.host}): the dispatcher delivers mail. */
  SMTP,

  /** No SMTP server is configured: mail stays in the outbox, readable on the admin page. */
  IN_APP
}
