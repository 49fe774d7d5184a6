package org.commissioninghub.prison;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads {@code hub.prison.*} as the {@link PrisonPolicy}. */
@Configuration
@EnableConfigurationProperties(PrisonPolicy.class)
class PrisonConfiguration {}
