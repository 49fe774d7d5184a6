package org.commissioninghub.pcn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads {@code hub.pcn.*} as the {@link PcnPolicy}. */
@Configuration
@EnableConfigurationProperties(PcnPolicy.class)
class PcnConfiguration {}
