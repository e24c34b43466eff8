package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Move-in and move-out's policy values (GS-4), set per center; each case records the version its latest step ran under.
 *
 * <ul>
 *   <li>{@code chargingStandard}: the rate of each charge item of the move-in fee notice (MI-2.2), per unit of the item.
 *       The source names the standard without amounts: CNY 25.00 per m² and month of management fee, a deposit of three
 *       months of it (CNY 75.00 per m²), CNY 2,000.00 utility deposit per unit, placeholders a property sets.
 *   <li>{@code agreementTemplate}: the version of the Management Agreement template in force (MI-3.1: drafted by the
 *       Management Office with the developer); an agreement is signed on it, and the fee notice names it, since the
 *       management-fee standard is the agreement's (MI-2.2).
 *   <li>{@code requiredDocuments}: what the client file must hold before a move-in completes (MI-6.3): everything the
 *       source lists but the parking proof and the phone-line contract, which exist only when the client rents them.
 *   <li>{@code renewalVisitLead}: how long before a lease's expiry its renewal visit falls due (MO-1.1: two months).
 *       Counted on the calendar: expiry minus two months, a day that does not exist in the earlier month (30 April to
 *       30 February) falling back to that month's last day (28 or 29 February): the client always gets at least the
 *       lead, never less ({@link #renewalVisitDue}).
 *   <li>{@code visitTime}: how long the due visit may wait before it is overdue on Service's agenda (our default: seven
 *       days; the source gives the date, not the time to make it).
 *   <li>{@code rectificationTime}: how long Engineering has for each rectification item (MI-4.5; our default: seven
 *       days); {@code meterRecordTime}: for recording the confirmed initial meter reading (MI-4.4; one day).
 *   <li>{@code moveInTimeAllowed}, {@code moveOutTimeAllowed}: how long a case may stand in a state before its next
 *       step is overdue (GS-7); the source gives none: two days each by default.
 * </ul>
 */
public record TenancyPolicy(
    PolicyVersion version,
    Map<ChargeItem, Money> chargingStandard,
    String agreementTemplate,
    Set<ClientDocument> requiredDocuments,
    Period renewalVisitLead,
    TimeLimit visitTime,
    TimeLimit rectificationTime,
    TimeLimit meterRecordTime,
    Map<MoveInState, TimeLimit> moveInTimeAllowed,
    Map<MoveOutState, TimeLimit> moveOutTimeAllowed) {
  public static final PolicyVersion DEFAULT_VERSION = PolicyVersion.of("MI-MO-default-1");
  public static final String DEFAULT_AGREEMENT_TEMPLATE = "MA-2026-1";

  /** A policy is the vendor's configuration: a nonsensical one is a programming error, refused when made. */
  public TenancyPolicy {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(renewalVisitLead, "renewalVisitLead");
    Objects.requireNonNull(visitTime, "visitTime");
    Objects.requireNonNull(rectificationTime, "rectificationTime");
    Objects.requireNonNull(meterRecordTime, "meterRecordTime");
    chargingStandard = Map.copyOf(chargingStandard);
    requiredDocuments = Set.copyOf(requiredDocuments);
    moveInTimeAllowed = Map.copyOf(moveInTimeAllowed);
    moveOutTimeAllowed = Map.copyOf(moveOutTimeAllowed);
    for (ChargeItem item : ChargeItem.values()) {
      Money rate = chargingStandard.get(item);
      if (rate == null || rate.isNegative()) {
        throw new IllegalArgumentException("no rate of 0.00 or more for " + item);
      }
    }
    if (agreementTemplate == null || agreementTemplate.isBlank()) {
      throw new IllegalArgumentException("a Management Agreement template version is required");
    }
    if (renewalVisitLead.isNegative()) {
      throw new IllegalArgumentException("a negative renewal visit lead");
    }
  }

  public static TenancyPolicy defaults() {
    Map<ChargeItem, Money> standard = new EnumMap<>(ChargeItem.class);
    standard.put(ChargeItem.MANAGEMENT_FEE, Money.yuan("25.00"));
    standard.put(ChargeItem.MANAGEMENT_FEE_DEPOSIT, Money.yuan("75.00"));
    standard.put(ChargeItem.UTILITY_DEPOSIT, Money.yuan("2000.00"));
    Set<ClientDocument> required = EnumSet.allOf(ClientDocument.class);
    required.remove(ClientDocument.PARKING_RENTAL_PROOF);
    required.remove(ClientDocument.PHONE_LINE_CONTRACT);
    return new TenancyPolicy(DEFAULT_VERSION, standard, DEFAULT_AGREEMENT_TEMPLATE, required, Period.ofMonths(2), TimeLimit.ofDays(7),
        TimeLimit.ofDays(7), TimeLimit.ofDays(1), Map.of(), Map.of());
  }

  /** The rate of a charge item per unit of the standard (MI-2.2). */
  public Money rate(ChargeItem item) {
    return chargingStandard.get(item);
  }

  /**
   * MO-1.1: the day the renewal visit falls due, {@code renewalVisitLead} before {@code expiry} on the calendar; where
   * that day does not exist (30 February) it is the last day of its month, so the lead is never shortened.
   */
  public LocalDate renewalVisitDue(LocalDate expiry) {
    return expiry.minus(renewalVisitLead);
  }

  public TimeLimit timeAllowed(MoveInState state) {
    return moveInTimeAllowed.getOrDefault(state, TimeLimit.ofDays(2));
  }

  public TimeLimit timeAllowed(MoveOutState state) {
    return moveOutTimeAllowed.getOrDefault(state, TimeLimit.ofDays(2));
  }

  /** A copy under a new version with another rate for one item (MI-2.2). */
  public TenancyPolicy withRate(PolicyVersion newVersion, ChargeItem item, Money rate) {
    Map<ChargeItem, Money> changed = new EnumMap<>(chargingStandard);
    changed.put(item, rate);
    return new TenancyPolicy(newVersion, changed, agreementTemplate, requiredDocuments, renewalVisitLead, visitTime, rectificationTime,
        meterRecordTime, moveInTimeAllowed, moveOutTimeAllowed);
  }

  /** A copy under a new version with a new Management Agreement template in force (MI-3.1). */
  public TenancyPolicy withAgreementTemplate(PolicyVersion newVersion, String template) {
    return new TenancyPolicy(newVersion, chargingStandard, template, requiredDocuments, renewalVisitLead, visitTime, rectificationTime,
        meterRecordTime, moveInTimeAllowed, moveOutTimeAllowed);
  }

  /** A copy under a new version asking for another set of documents in the client file (MI-6.3). */
  public TenancyPolicy withRequiredDocuments(PolicyVersion newVersion, Set<ClientDocument> required) {
    return new TenancyPolicy(newVersion, chargingStandard, agreementTemplate, required, renewalVisitLead, visitTime, rectificationTime,
        meterRecordTime, moveInTimeAllowed, moveOutTimeAllowed);
  }

  /** A copy under a new version with another lead for the renewal visit (MO-1.1). */
  public TenancyPolicy withRenewalVisitLead(PolicyVersion newVersion, Period lead) {
    return new TenancyPolicy(newVersion, chargingStandard, agreementTemplate, requiredDocuments, lead, visitTime, rectificationTime,
        meterRecordTime, moveInTimeAllowed, moveOutTimeAllowed);
  }
}
