package io.bizcenter.spring.reception;

import io.bizcenter.testkit.ManualClock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A vendor's application: its own Flyway migration (visitor_log), its own writes, the starter and adapters-jdbc. */
@SpringBootApplication
public class ReceptionApplication {
  /** The test moves time, so the health indicator's threshold is crossed without waiting. */
  @Bean
  ManualClock clock() {
    return new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
  }

  @Bean
  Switchboard switchboard() {
    return new Switchboard();
  }

}
