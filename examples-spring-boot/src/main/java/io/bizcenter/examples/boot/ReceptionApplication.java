package io.bizcenter.examples.boot;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.port.Notifier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A reception desk's Spring Boot application: its own table (visitor_log, its own Flyway migration), the starter's
 * BusinessCenter on the same DataSource, a visit and a complaint in one transaction, then the relay, a meter and the
 * health indicator. Run it twice: the second start finds the first one's schema and data.
 */
@SpringBootApplication
public class ReceptionApplication {
  /** Counts down once per notice, so main waits for the relay rather than sleeping. */
  static final CountDownLatch DELIVERED = new CountDownLatch(1);

  @Bean
  Notifier notifier() {
    return notice -> {
      System.out.println("notice to " + notice.notice().to() + ": " + notice.message(Messages.ZH_CN) + " / "
          + notice.message(Messages.EN));
      DELIVERED.countDown();
    };
  }

  public static void main(String[] args) throws InterruptedException {
    ConfigurableApplicationContext context = SpringApplication.run(ReceptionApplication.class, args);
    try {
      context.getBean(FrontDesk.class).receiveAVisitorWithAComplaint();
      System.out.println("relayed: " + DELIVERED.await(10, TimeUnit.SECONDS));
      context.getBean(FrontDesk.class).report();
    } finally {
      context.close(); // stops the relay
    }
  }
}
