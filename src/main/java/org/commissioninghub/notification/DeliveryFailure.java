package org.commissioninghub.notification;

import java.time.Instant;

/** A failed delivery attempt: which message, when, and what the mail server or client said. */
public record DeliveryFailure(long messageId, Instant at, String error) {}
