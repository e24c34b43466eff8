package io.bizcenter.core.reports;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Complaints;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyPolicy;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Keys;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.Meetings;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.ServiceOrders;
import io.bizcenter.core.services.Settlement;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The reports a manager asks for, each read from the stores through their indexed queries and answered as a value the
 * forms module prints: key custody now, duties overdue by department, complaints by branch against the policy's limits,
 * room use per week, service revenue per month. Time is the injected clock's, days are the property's (see
 * {@link ReportPeriod}). Any member of the center's staff may ask: the reports name cases, keys and staff by id, never a
 * client or complainant by name. Bad input is a rejection, never an exception: {@code NOT_IN_YOUR_CENTER} for a center
 * the actor does not work for, {@code INVALID_INPUT} for a missing argument or a period that is empty, longer than
 * {@value ReportPeriod#LONGEST_DAYS} days or not in the center's zone, {@code TIME_NOT_KNOWN} for a broken clock.
 */
public final class ReportDesk {
  private final List<ProcedureDefinition<?, ?, ?, ?>> procedures;
  private final Keys keys;
  private final AgendaItems agenda;
  private final Complaints complaints;
  private final Meetings meetings;
  private final ServiceOrders orders;
  private final Clock clock;
  private final Function<CenterId, ZoneId> zones;
  private final Function<CenterId, KeyPolicy> keyPolicies;
  private final Function<CenterId, ComplaintPolicy> complaintPolicies;

  public ReportDesk(List<ProcedureDefinition<?, ?, ?, ?>> procedures, Keys keys, AgendaItems agenda, Complaints complaints, Meetings meetings, ServiceOrders orders, Clock clock,
      Function<CenterId, ZoneId> zones, Function<CenterId, KeyPolicy> keyPolicies, Function<CenterId, ComplaintPolicy> complaintPolicies) {
    this.procedures = List.copyOf(procedures);
    this.keys = keys;
    this.agenda = agenda;
    this.complaints = complaints;
    this.meetings = meetings;
    this.orders = orders;
    this.clock = clock;
    this.zones = zones;
    this.keyPolicies = keyPolicies;
    this.complaintPolicies = complaintPolicies;
  }

  /** The quarter of today in the center's zone, from its first day to today: the period a manager asks for most. */
  public Either<Rejection, ReportPeriod> quarterToDate(CenterId center) {
    if (center == null) {
      return Either.left(missing("center"));
    }
    return now(center).map(now -> {
      ZoneId zone = zones.apply(center);
      LocalDate today = now.atZone(zone).toLocalDate();
      return ReportPeriod.of(ReportPeriod.quarterOf(today, zone).first(), today, zone);
    });
  }

  /** Every master key and who holds it, the copies cut, and every lost key since when (KY-1.3, KY-1.4, KY-2.4). */
  public Either<Rejection, KeyCustody> keyCustody(Actor actor, CenterId center) {
    return allowed(actor, center).flatMap(c -> now(center)).map(now -> {
      List<KeyCustody.MasterKey> masters = keys.ofCategory(center, KeyCategory.MASTER).stream()
          .map(k -> new KeyCustody.MasterKey(k.id().value(), k.state(), k.holder(), k.origin(), k.registeredAt(), k.stateEnteredAt()))
          .toList();
      List<KeyCustody.LostKey> lost = keys.inState(center, KeyState.LOST).stream()
          .map(k -> new KeyCustody.LostKey(k.id().value(), k.category(), k.lock(), k.lostBy(), k.stateEnteredAt(), since(k, now)))
          .toList();
      return new KeyCustody(center, now, keyPolicies.apply(center).masterKeys(), masters, lost);
    });
  }

  /** What each department owes past its time now (GS-7), longest overdue first. */
  public Either<Rejection, OverdueDuties> overdueDuties(Actor actor, CenterId center) {
    return allowed(actor, center).flatMap(c -> now(center)).map(now -> {
      List<OverdueDuties.DepartmentDuties> departments = new ArrayList<>();
      for (Department department : Department.values()) {
        List<OverdueDuties.Duty> duties = agenda.due(center, department, now).stream()
            .filter(item -> item.overdueAt(now))
            .map(item -> duty(item, now))
            .toList();
        departments.add(new OverdueDuties.DepartmentDuties(department, duties));
      }
      return new OverdueDuties(center, now, departments);
    });
  }

  /** Complaints closed in the period and open now, by branch, against the time the center's policy allows (GS-4). */
  public Either<Rejection, ComplaintHandling> complaintHandling(Actor actor, CenterId center, ReportPeriod period) {
    return allowed(actor, center).flatMap(c -> checked(center, period)).flatMap(p -> now(center)).map(now -> {
      ComplaintPolicy policy = complaintPolicies.apply(center);
      ZoneId zone = period.zone();
      Map<ComplaintBranch, List<ComplaintHandling.Handled>> byBranch = new EnumMap<>(ComplaintBranch.class);
      for (ComplaintBranch branch : ComplaintBranch.values()) {
        byBranch.put(branch, new ArrayList<>());
      }
      for (Complaint closed : complaints.inState(center, ComplaintState.CLOSED, period.from(), period.until())) {
        byBranch.get(ComplaintBranch.of(closed)).add(handled(closed, closed.stateEnteredAt(), true, zone, policy));
      }
      List<Complaint> open = new ArrayList<>();
      for (ComplaintState state : ComplaintState.values()) {
        if (state != ComplaintState.CLOSED) {
          // open now, whenever it came in: open cases are few, and each state is one index range
          open.addAll(complaints.inState(center, state, TimeRange.EARLIEST, TimeRange.END));
        }
      }
      open.sort(Comparator.comparing(Complaint::receivedAt).thenComparing(c -> c.id().value()));
      for (Complaint c : open) {
        byBranch.get(ComplaintBranch.of(c)).add(handled(c, now, false, zone, policy));
      }
      List<ComplaintHandling.Branch> branches = new ArrayList<>();
      byBranch.forEach((branch, handled) -> branches.add(new ComplaintHandling.Branch(branch, branch.timeAllowed(policy), handled)));
      return new ComplaintHandling(center, period, now, policy.version(), branches);
    });
  }

  /** How long each room was booked, week by week, by the meetings starting in the period (MR-0.1). */
  public Either<Rejection, RoomUse> roomUse(Actor actor, CenterId center, ReportPeriod period) {
    return allowed(actor, center).flatMap(c -> checked(center, period)).map(p -> {
      Map<RoomId, Map<LocalDate, RoomUse.RoomWeek>> cells = new TreeMap<>(Comparator.comparing(RoomId::value));
      for (Meeting m : meetings.startingBetween(center, period.from(), period.until())) {
        LocalDate week = ReportPeriod.weekOf(period.dayOf(m.startsAt()));
        Duration booked = Duration.between(m.startsAt(), m.endsAt());
        cells.computeIfAbsent(m.room(), r -> new TreeMap<>()).merge(week, new RoomUse.RoomWeek(m.room(), week, 1, booked),
            (a, b) -> new RoomUse.RoomWeek(a.room(), week, a.meetings() + b.meetings(), a.booked().plus(b.booked())));
      }
      List<RoomUse.RoomWeek> all = cells.values().stream().flatMap(w -> w.values().stream()).toList();
      return new RoomUse(center, period, period.weeks(), List.copyOf(cells.keySet()), all);
    });
  }

  /** What the services earned per month: settlements at Finance and deposits handed back on cancellation (SV-2.4). */
  public Either<Rejection, ServiceRevenue> serviceRevenue(Actor actor, CenterId center, ReportPeriod period) {
    return allowed(actor, center).flatMap(c -> checked(center, period)).map(p -> {
      Map<YearMonth, ServiceRevenue.Month> months = new TreeMap<>();
      for (YearMonth month : period.months()) {
        months.put(month, new ServiceRevenue.Month(month, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0, Money.ZERO));
      }
      for (ServiceOrder settled : orders.inState(center, ServiceOrderState.SETTLED, period.from(), period.until())) {
        Settlement s = settled.receipt().orElseThrow().settlement();
        months.computeIfPresent(YearMonth.from(period.dayOf(settled.stateEnteredAt())), (month, m) -> new ServiceRevenue.Month(month,
            m.settled() + 1, m.revenue().plus(s.total()), m.deposits().plus(s.deposit()), m.balancesCollected().plus(s.balanceDue()),
            m.refunds().plus(s.refund()), m.cancelled(), m.depositsReturned()));
      }
      for (ServiceOrder cancelled : orders.inState(center, ServiceOrderState.CANCELLED, period.from(), period.until())) {
        Money deposit = cancelled.deposit().orElse(Money.ZERO);
        months.computeIfPresent(YearMonth.from(period.dayOf(cancelled.stateEnteredAt())), (month, m) -> new ServiceRevenue.Month(month,
            m.settled(), m.revenue(), m.deposits(), m.balancesCollected(), m.refunds(), m.cancelled() + 1, m.depositsReturned().plus(deposit)));
      }
      return new ServiceRevenue(center, period, List.copyOf(months.values()));
    });
  }

  private static ComplaintHandling.Handled handled(Complaint c, Instant end, boolean closed, ZoneId zone, ComplaintPolicy policy) {
    ComplaintBranch branch = ComplaintBranch.of(c);
    Instant deadline = branch.deadline(c.receivedAt(), zone, policy);
    return new ComplaintHandling.Handled(c.id().value(), c.channel(), c.state(), c.receivedAt(),
        closed ? Optional.of(end) : Optional.empty(), Duration.between(c.receivedAt(), end),
        deadline, !end.isAfter(deadline));
  }

  private OverdueDuties.Duty duty(AgendaItem item, Instant now) {
    ProcedureDefinition<?, ?, ?, ?> procedure = procedures.stream().filter(p -> p.name().equals(item.procedure())).findFirst()
        .orElseThrow(() -> new IllegalStateException("an agenda item names no declared procedure: " + LogText.of(item.procedure())));
    Enum<?> state = named(procedure.states(), item.state(), item);
    List<Enum<?>> declared = new ArrayList<>();
    procedure.transitions().forEach(t -> declared.add(t.action()));
    List<Enum<?>> actions = new ArrayList<>();
    item.actions().forEach(a -> actions.add(named(declared, a, item)));
    return new OverdueDuties.Duty(item.procedure(), item.caseId(), state, actions, item.clause(), item.dueAt(), Duration.between(item.dueAt(), now));
  }

  /** The declared state or action a stored agenda item names; an unknown name is a broken store, not a rule. */
  private static Enum<?> named(List<? extends Enum<?>> declared, String name, AgendaItem item) {
    return declared.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new IllegalStateException(
        "the agenda item of " + item.procedure() + " case " + LogText.of(item.caseId()) + " names " + LogText.of(name) + ", which it does not declare"));
  }

  private static Duration since(Key key, Instant now) {
    return now.isAfter(key.stateEnteredAt()) ? Duration.between(key.stateEnteredAt(), now) : Duration.ZERO;
  }

  private Either<Rejection, CenterId> allowed(Actor actor, CenterId center) {
    if (actor == null || center == null) {
      return Either.left(missing(actor == null ? "actor" : "center"));
    }
    return actor.worksFor(center) ? Either.right(center) : Either.left(new Rejection.NotInYourCenter(center));
  }

  private Either<Rejection, ReportPeriod> checked(CenterId center, ReportPeriod period) {
    if (period == null) {
      return Either.left(missing("period"));
    }
    if (period.days() < 1 || period.days() > ReportPeriod.LONGEST_DAYS || !period.zone().equals(zones.apply(center))
        || period.from().isBefore(TimeRange.EARLIEST) || period.until().isAfter(TimeRange.END)) {
      return Either.left(new Rejection.InvalidInput(List.of(FieldError.of("period", FieldError.Problem.NOT_ALLOWED))));
    }
    return Either.right(period);
  }

  private Either<Rejection, Instant> now(CenterId center) {
    Instant now = clock.instant();
    return TimeRange.isReading(now) ? Either.right(now) : Either.left(new Rejection.TimeNotKnown(center, "clock " + now));
  }

  private static Rejection missing(String field) {
    return new Rejection.InvalidInput(List.of(FieldError.of(field, FieldError.Problem.MISSING)));
  }
}
