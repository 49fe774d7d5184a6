package org.commissioninghub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** When the dispatcher sends: only with an SMTP server, and only when it is switched on. */
class OutboxDispatcherTests {

  private static final String FROM = "Commissioning Hub <no-reply@commissioning-hub.example>";

  private final OutboxMessageRepository messages = mock(OutboxMessageRepository.class);

  @Test
  void withoutAnSmtpServerMailIsKeptInTheAppAndNothingIsDispatched() {
    var dispatcher = dispatcher(null, true, FROM);

    dispatcher.dispatchOnSchedule();

    assertThat(dispatcher.deliveryMode()).isEqualTo(DeliveryMode.IN_APP);
    assertThat(dispatcher.isDispatching()).isFalse();
    assertThat(dispatcher.dispatchDue()).isZero();
    verifyNoInteractions(messages);
  }

  @Test
  void withAnSmtpServerTheScheduleDispatchesTheOutbox() {
    when(messages.findDueIds(any(), any())).thenReturn(List.of());
    var dispatcher = dispatcher(mock(JavaMailSender.class), true, FROM);

    dispatcher.dispatchOnSchedule();

    assertThat(dispatcher.deliveryMode()).isEqualTo(DeliveryMode.SMTP);
    assertThat(dispatcher.isDispatching()).isTrue();
    verify(messages).findDueIds(any(), any());
  }

  @Test
  void switchedOffTheScheduleDispatchesNothingEvenWithAnSmtpServer() {
    var dispatcher = dispatcher(mock(JavaMailSender.class), false, FROM);

    dispatcher.dispatchOnSchedule();

    assertThat(dispatcher.deliveryMode()).isEqualTo(DeliveryMode.SMTP);
    assertThat(dispatcher.isDispatching()).isFalse();
    verifyNoInteractions(messages);
  }

  @Test
  void aSenderAddressThatIsNotAnAddressStopsTheHubFromStarting() {
    assertThatThrownBy(() -> dispatcher(null, true, "Commissioning Hub <no-reply>"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub.mail.from");
  }

  private OutboxDispatcher dispatcher(JavaMailSender sender, boolean enabled, String from) {
    var beans = new StaticListableBeanFactory();
    if (sender != null) {
      beans.addBean("mailSender", sender);
    }
    return new OutboxDispatcher(messages, beans.getBeanProvider(JavaMailSender.class),
        mock(PlatformTransactionManager.class), Clock.systemUTC(), from, Duration.ofSeconds(10),
        Duration.ofMinutes(30), enabled, 50, Duration.ofMinutes(5));
  }
}
