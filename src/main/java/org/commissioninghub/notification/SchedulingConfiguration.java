package org.commissioninghub.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link OutboxDispatcher} on its schedule ({@code hub.mail.dispatch-interval}). */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
