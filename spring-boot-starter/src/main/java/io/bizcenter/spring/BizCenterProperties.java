package io.bizcenter.spring;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
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
  private final Retention retention = new Retention();
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

  public Retention getRetention() {
    return retention;
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

  /**
   * The retention policy (docs/personal-data.md) and its schedule: off unless enabled, since only the vendor knows which
   * centers the application serves and when a pass over each of them may run.
   */
  public static class Retention {
    /** On: every {@link #interval}, the retention policy runs for each of {@link #centers}. */
    private boolean enabled;
    /** The centers to apply the policy to, by center id; required when enabled. */
    private List<String> centers = new ArrayList<>();
    /** The pause between the end of one run and the start of the next. */
    private Duration interval = Duration.ofDays(1);
    /** How long a closed case keeps its personal data before it is anonymised. */
    private Duration closedCases = io.bizcenter.core.privacy.Retention.DEFAULT_CLOSED_CASES;
    /** The idempotency window: how long a receipt keeps its answer (at least one day). */
    private Duration receipts = io.bizcenter.core.privacy.Retention.DEFAULT_RECEIPTS;
    /** How long a delivered notice is kept. */
    private Duration deliveredNotices = io.bizcenter.core.privacy.Retention.DEFAULT_DELIVERED_NOTICES;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public List<String> getCenters() {
      return centers;
    }

    public void setCenters(List<String> centers) {
      this.centers = centers;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    public Duration getClosedCases() {
      return closedCases;
    }

    public void setClosedCases(Duration closedCases) {
      this.closedCases = closedCases;
    }

    public Duration getReceipts() {
      return receipts;
    }

    public void setReceipts(Duration receipts) {
      this.receipts = receipts;
    }

    public Duration getDeliveredNotices() {
      return deliveredNotices;
    }

    public void setDeliveredNotices(Duration deliveredNotices) {
      this.deliveredNotices = deliveredNotices;
    }

    /** The policy these properties describe. */
    io.bizcenter.core.privacy.Retention policy() {
      return io.bizcenter.core.privacy.Retention.defaults().closedCases(closedCases).receipts(receipts).deliveredNotices(deliveredNotices);
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
