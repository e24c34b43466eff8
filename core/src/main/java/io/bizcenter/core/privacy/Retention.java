package io.bizcenter.core.privacy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a center keeps personal data it no longer needs (PIPL art. 19: no longer than the purpose needs), applied by
 * {@link PersonalDataDesk#applyRetention}:
 * <ul>
 *   <li>a closed case keeps its personal data {@link #closedCasesOf(String)} after it closed, then is anonymised; by
 *       default {@link #DEFAULT_CLOSED_CASES}, three years, the general limitation period for civil claims (Civil Code
 *       art. 188), within which a tenant or complainant may still dispute what was done; a vendor sets its own, per
 *       procedure;</li>
 *   <li>a receipt keeps its answer for the idempotency window, {@link #DEFAULT_RECEIPTS} (7 days) by default and never
 *       less than {@link #SHORTEST_RECEIPTS} (1 day), so that a front end's retries after a night's outage still get
 *       their first answer; then it is a tombstone, and a resend is refused as expired;</li>
 *   <li>a delivered notice stays {@link #DEFAULT_DELIVERED_NOTICES} (30 days) by default, long enough to answer "was
 *       Engineering told?", then is removed; an undelivered one is never removed.</li>
 * </ul>
 */
public final class Retention {
  public static final Duration DEFAULT_CLOSED_CASES = Duration.ofDays(3 * 365);
  public static final Duration DEFAULT_RECEIPTS = Duration.ofDays(7);
  public static final Duration SHORTEST_RECEIPTS = Duration.ofDays(1);
  public static final Duration DEFAULT_DELIVERED_NOTICES = Duration.ofDays(30);

  private final Duration closedCases;
  private final Map<String, Duration> byProcedure;
  private final Duration receipts;
  private final Duration deliveredNotices;

  private Retention(Duration closedCases, Map<String, Duration> byProcedure, Duration receipts, Duration deliveredNotices) {
    this.closedCases = closedCases;
    this.byProcedure = Map.copyOf(byProcedure);
    this.receipts = receipts;
    this.deliveredNotices = deliveredNotices;
  }

  public static Retention defaults() {
    return new Retention(DEFAULT_CLOSED_CASES, Map.of(), DEFAULT_RECEIPTS, DEFAULT_DELIVERED_NOTICES);
  }

  /** Closed cases of every procedure not named otherwise keep their personal data this long. */
  public Retention closedCases(Duration keep) {
    return new Retention(positive(keep, "closed cases"), byProcedure, receipts, deliveredNotices);
  }

  /** Closed cases of {@code procedure} ({@code complaints}, {@code move-ins}, ...) keep their personal data this long. */
  public Retention closedCases(String procedure, Duration keep) {
    Map<String, Duration> next = new HashMap<>(byProcedure);
    next.put(Objects.requireNonNull(procedure, "procedure"), positive(keep, procedure));
    return new Retention(closedCases, next, receipts, deliveredNotices);
  }

  /** The idempotency window: at least {@link #SHORTEST_RECEIPTS}. */
  public Retention receipts(Duration window) {
    if (window == null || window.compareTo(SHORTEST_RECEIPTS) < 0) {
      throw new IllegalArgumentException("receipts are kept at least " + SHORTEST_RECEIPTS + ", not " + window);
    }
    return new Retention(closedCases, byProcedure, window, deliveredNotices);
  }

  public Retention deliveredNotices(Duration keep) {
    return new Retention(closedCases, byProcedure, receipts, positive(keep, "delivered notices"));
  }

  /** How long a closed case of {@code procedure} keeps its personal data. */
  public Duration closedCasesOf(String procedure) {
    return byProcedure.getOrDefault(procedure, closedCases);
  }

  public Duration receipts() {
    return receipts;
  }

  public Duration deliveredNotices() {
    return deliveredNotices;
  }

  private static Duration positive(Duration keep, String what) {
    if (keep == null || keep.isNegative()) {
      throw new IllegalArgumentException(what + " are kept a duration of zero or more, not " + keep);
    }
    return keep;
  }
}
