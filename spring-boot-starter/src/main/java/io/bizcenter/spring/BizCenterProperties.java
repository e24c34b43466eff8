package io.bizcenter.spring;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code bizcenter.*} properties; docs/spring-boot.md lists them with their defaults. */
@ConfigurationProperties("bizcenter")
public class BizCenterProperties {
  /** Runs our migrations (history table bc_schema_history) at start-up, after the application's own Flyway. */
  private boolean migrate = true;
  /** The zone of a center without one in {@link #zones}. */
  private ZoneId defaultZone = ZoneId.of("Asia/Shanghai");
  /** The zone of each center, by center id: business days, office hours and deadlines are read in it. */
  private Map<String, ZoneId> zones = new LinkedHashMap<>();
  /** How many times a command is decided when concurrent changes keep winning, before VERSION_CONFLICT. */
  private int attempts = 3;
  private final Relay relay = new Relay();
  private final Health health = new Health();

  public boolean isMigrate() {
    return migrate;
  }

  public void setMigrate(boolean migrate) {
    this.migrate = migrate;
  }

  public ZoneId getDefaultZone() {
    return defaultZone;
  }

  public void setDefaultZone(ZoneId defaultZone) {
    this.defaultZone = defaultZone;
  }

  public Map<String, ZoneId> getZones() {
    return zones;
  }

  public void setZones(Map<String, ZoneId> zones) {
    this.zones = zones;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public Relay getRelay() {
    return relay;
  }

  public Health getHealth() {
    return health;
  }

  /** The outbox relay's schedule. */
  public static class Relay {
    /** Off: the application calls center.notices().deliverPending(n) itself. */
    private boolean enabled = true;
    /** The pause between the end of one run and the start of the next. */
    private Duration interval = Duration.ofSeconds(1);
    /** How many notices one run hands to the notifier at most. */
    private int batch = 50;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    public int getBatch() {
      return batch;
    }

    public void setBatch(int batch) {
      this.batch = batch;
    }
  }

  /** The health indicator's threshold. */
  public static class Health {
    /** DOWN once the oldest undelivered notice has waited longer than this. */
    private Duration maxOldestAge = Duration.ofMinutes(5);

    public Duration getMaxOldestAge() {
      return maxOldestAge;
    }

    public void setMaxOldestAge(Duration maxOldestAge) {
      this.maxOldestAge = maxOldestAge;
    }
  }
}
