package org.commissioninghub.casestore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two commissioners open cases of one programme at the same moment: the second opening does not
 * wait for the first to finish (the reference counter is held only while a number is taken), and
 * each case gets its own reference.
 */
@IntegrationTest
class ConcurrentCaseOpeningIntegrationTests {

  private static final String MANAGER = "commissioning-manager";

  @Autowired
  HubClient hub;

  @Autowired
  CaseOpeningService opening;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void aCaseOpensWhileAnotherOpeningOfTheSameProgrammeIsStillUnderWay() throws Exception {
    var firstOpened = new CountDownLatch(1);
    var finishFirst = new CountDownLatch(1);
    var first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
      var opened = opening.open(request("First, still opening"), MANAGER);
      firstOpened.countDown();
      await(finishFirst);
      return opened.getReference();
    }));
    assertThat(firstOpened.await(30, TimeUnit.SECONDS)).isTrue();

    var second = hub.post(MANAGER, "/api/cases", CaseApiIntegrationTests.dentalCase("Second, opened meanwhile"));

    finishFirst.countDown();
    assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
    var firstReference = first.get(30, TimeUnit.SECONDS);
    assertThat(second.body().get("reference").asText()).isNotEqualTo(firstReference)
        .startsWith(firstReference.substring(0, "DEN-2026-".length()));
    assertThat(hub.get(MANAGER, "/api/cases/" + firstReference).status()).isEqualTo(200);
  }

  private static OpenCaseRequest request(String title) {
    return new OpenCaseRequest(Programme.DENTAL_PROCUREMENT, title, null, null, null, null, null, null,
        JsonNodeFactory.instance.objectNode().put("trigger", "access-gap").put("area", "Torbay"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
