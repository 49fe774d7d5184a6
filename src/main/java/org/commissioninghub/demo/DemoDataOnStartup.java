package org.commissioninghub.demo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioninghub.casestore.CaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Generates demo data once the hub is up ({@code hub.demo-data.generate}): on the embedded
 * defaults when the case store is empty, so {@code ./mvnw spring-boot:run} shows cases at every
 * stage; elsewhere only when asked. It runs beside the hub, which takes requests meanwhile (dated
 * in the past while the generator holds the engine clock back, see {@link DemoDataGenerator}). It
 * never runs where real cases may be, unless asked: not on a case store holding cases (unless
 * {@code always}), and not on a configuration that looks like production (another machine's
 * database, an SMTP server that would email people, a public address) without
 * {@code hub.demo-data.allow-production-like}.
 */
@Component
class DemoDataOnStartup {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnStartup.class);
  private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  /** When demo data is generated at start-up. */
  enum Generate {
    NEVER,
    /** Only when the case store holds no case. */
    WHEN_EMPTY,
    /** Even beside cases already there: asked for explicitly. */
    ALWAYS
  }

  private final DemoDataGenerator generator;
  private final CaseStore caseStore;
  private final Generate generate;
  private final int cases;
  private final long seed;
  private final boolean allowProductionLike;
  private final String datasourceUrl;
  private final String mailHost;
  private final String publicBaseUrl;
  private volatile boolean closing;

  DemoDataOnStartup(DemoDataGenerator generator, CaseStore caseStore,
      @Value("${hub.demo-data.generate:never}") String generate,
      @Value("${hub.demo-data.cases:40}") int cases,
      @Value("${hub.demo-data.seed:2026}") long seed,
      @Value("${hub.demo-data.allow-production-like:false}") boolean allowProductionLike,
      @Value("${spring.datasource.url:}") String datasourceUrl,
      @Value("${spring.mail.host:}") String mailHost,
      @Value("${hub.public-base-url:}") String publicBaseUrl) {
    this.generator = generator;
    this.caseStore = caseStore;
    this.generate = Generate.valueOf(generate.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    this.cases = cases;
    this.seed = seed;
    this.allowProductionLike = allowProductionLike;
    this.datasourceUrl = datasourceUrl;
    this.mailHost = mailHost;
    this.publicBaseUrl = publicBaseUrl;
  }

  @EventListener(ApplicationReadyEvent.class)
  void generateOnceReady() {
    var reason = reasonNotToGenerate();
    if (reason.isPresent()) {
      if (generate != Generate.NEVER && productionLikeSigns().isEmpty()) {
        LOG.info("No demo data generated: {}", reason.get());
      } else if (generate != Generate.NEVER) {
        LOG.warn("No demo data generated: {}", reason.get());
      }
      return;
    }
    var worker = new Thread(this::generateNow, "demo-data");
    worker.setDaemon(true);
    worker.start();
  }

  @EventListener(ContextClosedEvent.class)
  void stopBetweenCases() {
    closing = true;
  }

  /** Why demo data is not generated now; empty when it is. */
  Optional<String> reasonNotToGenerate() {
    if (generate == Generate.NEVER) {
      return Optional.of("hub.demo-data.generate is never");
    }
    if (cases < 1) {
      return Optional.of("hub.demo-data.cases is " + cases);
    }
    var productionLike = productionLikeSigns();
    if (!productionLike.isEmpty() && !allowProductionLike) {
      return Optional.of("this configuration looks like production (" + String.join("; ", productionLike)
          + "); set hub.demo-data.allow-production-like=true if it is not");
    }
    if (generate == Generate.WHEN_EMPTY && caseStore.holdsAnyCase()) {
      return Optional.of("the hub already holds cases; set hub.demo-data.generate=always to add demo cases beside them");
    }
    return Optional.empty();
  }

  /** What makes this configuration look like one that serves real people. */
  List<String> productionLikeSigns() {
    var signs = new ArrayList<String>();
    if (!datasourceUrl.isBlank() && !datasourceUrl.startsWith("jdbc:h2:") && !onThisMachine(hostOf(datasourceUrl))) {
      signs.add("the database is on another machine");
    }
    if (!mailHost.isBlank() && !onThisMachine(mailHost)) {
      signs.add("an SMTP server would email the people the cases name");
    }
    if (!publicBaseUrl.isBlank() && !onThisMachine(hostOf(publicBaseUrl))) {
      signs.add("the hub is published at " + publicBaseUrl);
    }
    return signs;
  }

  private void generateNow() {
    LOG.info("Generating {} demo cases (seed {}), and the programmes' own, through the processes, on the engine"
        + " clock moved into the past until they are done", cases, seed);
    try {
      var run = generator.generate(cases, seed, () -> closing);
      var byStage = run.cases().stream().collect(Collectors.groupingBy(GeneratedCase::stage, Collectors.counting()));
      LOG.info("Generated {} demo cases in {} s; by stage: {}", run.cases().size(),
          String.format(Locale.ROOT, "%.1f", run.took().toMillis() / 1000.0), byStage);
    } catch (RuntimeException e) {
      if (closing) {
        LOG.info("Demo data generation stopped as the hub shuts down");
      } else {
        LOG.error("Demo data generation failed; the cases generated so far stay", e);
      }
    }
  }

  private static String hostOf(String url) {
    try {
      var withoutJdbc = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
      var host = URI.create(withoutJdbc).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException unreadable) {
      return url;
    }
  }

  private static boolean onThisMachine(String host) {
    return THIS_MACHINE.contains(host.toLowerCase(Locale.ROOT));
  }
}
