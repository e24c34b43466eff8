package io.bizcenter.spring;

import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.TimeOrderedIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link BusinessCenter} on the application's {@link DataSource}: our migrations after the application's own Flyway,
 * commands in the application's Spring transaction when one is active, the outbox relay on a scheduler, and, with
 * Micrometer and Actuator present, meters and a health indicator. Every bean backs off when the application defines
 * its own. What it configures is in docs/spring-boot.md.
 */
@AutoConfiguration(
    afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(JdbcStorage.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(BizCenterProperties.class)
public class BizCenterAutoConfiguration {

  /**
   * Migrated here, after the application's Flyway (the annotation makes this bean wait for Boot's database
   * initializers): Boot's Flyway then finds an empty schema on the first start and its own history table on every
   * later one, never our tables without its history.
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  public JdbcStorage bizcenterStorage(DataSource dataSource, BizCenterProperties properties) {
    JdbcStorage storage = JdbcStorage.on(dataSource, new SpringTransactions(dataSource));
    if (properties.isMigrate()) {
      storage.migrate();
    }
    return storage;
  }

  @Bean
  @ConditionalOnMissingBean
  public BusinessCenter businessCenter(JdbcStorage storage, BizCenterProperties properties,
      ObjectProvider<Notifier> notifier, ObjectProvider<Clock> clock, ObjectProvider<Ids> ids,
      ObjectProvider<Listener> listeners) {
    Clock time = clock.getIfUnique(Clock::systemUTC);
    Map<CenterId, ZoneId> zones = properties.getZones().entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(e -> CenterId.of(e.getKey()), Map.Entry::getValue));
    ZoneId defaultZone = properties.getDefaultZone();
    return BusinessCenter.builder()
        .storage(storage)
        .notifier(notifier.getIfUnique(() -> {
          // a default that printed or dropped notices would lose them without a word
          throw new IllegalStateException("bizcenter: define a bean of type io.bizcenter.core.port.Notifier, which"
              + " delivers the library's notices to the departments");
        }))
        .ids(ids.getIfUnique(() -> new TimeOrderedIds(time, new SecureRandom())))
        .clock(time)
        .zones(center -> zones.getOrDefault(center, defaultZone))
        .attempts(properties.getAttempts())
        .retention(always(properties.getRetention().policy()))
        .listener(new ListenerChain(listeners.orderedStream().toList()))
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "bizcenter.relay", name = "enabled", matchIfMissing = true)
  public OutboxRelay bizcenterOutboxRelay(BusinessCenter center, BizCenterProperties properties) {
    return new OutboxRelay(center, properties.getRelay().getInterval(), properties.getRelay().getBatch());
  }

  private static <P> java.util.function.Function<CenterId, P> always(P policy) {
    return center -> policy;
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "bizcenter.retention", name = "enabled")
  public RetentionSchedule bizcenterRetentionSchedule(BusinessCenter center, BizCenterProperties properties) {
    List<CenterId> centers = properties.getRetention().getCenters().stream().map(CenterId::of).toList();
    if (centers.isEmpty()) {
      throw new IllegalStateException("bizcenter.retention.enabled is set, but bizcenter.retention.centers names no center");
    }
    return new RetentionSchedule(center, centers, properties.getRetention().getInterval());
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Meters {
    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    Listener bizcenterCommandMeters(MeterRegistry registry) {
      return new CommandMeters(registry);
    }

    @Bean
    OutboxMeters bizcenterOutboxMeters(BusinessCenter center, ObjectProvider<Clock> clock) {
      return new OutboxMeters(center, clock.getIfUnique(Clock::systemUTC));
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("bizcenter")
  static class Health {
    /** Named so that the health endpoint shows it as {@code bizcenter}. */
    @Bean
    OutboxHealth bizcenterHealthIndicator(BusinessCenter center, ObjectProvider<Clock> clock,
        BizCenterProperties properties) {
      return new OutboxHealth(center, clock.getIfUnique(Clock::systemUTC), properties.getHealth().getMaxOldestAge());
    }
  }
}
