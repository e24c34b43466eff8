package io.bizcenter.testkit.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ElevatorBooking;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInProcedure;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.Occupancy;
import io.bizcenter.core.tenancy.TenancyPolicy;
import io.bizcenter.core.tenancy.TenancyRejection;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.Sequences;
import io.bizcenter.testkit.StepSequences;
import io.bizcenter.testkit.TenancyCommands;
import io.bizcenter.testkit.check.CommandJudge;
import io.bizcenter.testkit.check.Step;
import io.bizcenter.testkit.check.StepLog;
import io.bizcenter.testkit.check.StoreSnapshot;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property test of the move-in: random sequences of move-in commands (well-formed, offered by the declaration,
 * repeated or arbitrary) by random actors of two centers, mixed with key control cutting door keys, run against a fresh
 * in-memory business center wired as by default (key control asks tenancy). After every step the invariants hold: no
 * two bookings of a freight elevator overlap; a completed move-in has a complete client file, Engineering's tasks done
 * and its lease watched; a unit has one live move-in; the key register and tenancy agree on who may hold which key;
 * stores' questions agree with their cases; trail and agenda follow each case. A rejected command changes nothing, no
 * exception escapes, and a well-formed command is rejected exactly when the declaration (and the elevator's calendar)
 * says so. On failure QuickTheories shrinks the sequence and prints its seed (rerun with {@code -DQT_SEED=<seed>}).
 */
class MoveInProcedurePropertiesTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final CenterId PLAZA = CenterId.of("yy-plaza");
  private static final List<CenterId> CENTERS = List.of(TOWER, PLAZA);
  private static final ZoneId ZONE = BusinessCenter.DEFAULT_ZONE;
  private static final List<RoomId> ROOMS = Stream.of("101", "102", "103", "104", "105").map(RoomId::of).toList();
  private static final List<TenantId> TENANTS = Stream.of("T-1", "T-2", "T-3").map(TenantId::of).toList();
  private static final StaffId RENOVATION_MANAGER = StaffId.of("en-rm-1");
  private static final TenancyPolicy POLICY = TenancyPolicy.defaults();

  /** Repeats, arbitrary input, key control's door keys, then mostly offered actions, so that move-ins get deep into their lives. */
  private static final Gen<List<Step>> SEQUENCES = StepSequences.of(new Step.Mix(5, 11, 19, 27), 90);

  /** What the sequences reached: a property that never gets there proves nothing about it. */
  private static final Set<MoveInState> REACHED = EnumSet.noneOf(MoveInState.class);
  private static final Set<MoveInAction> ACCEPTED = EnumSet.noneOf(MoveInAction.class);
  private static final Set<String> REJECTED = new TreeSet<>();
  private static final long COVERING_SEED = 20261128L;
  /** Every action a clerk takes; the import of a building's tenancies (GS-6) is a batch's, shown by testkit's ImportContract. */
  private static final Set<MoveInAction> CLERKS_ACTIONS = EnumSet.complementOf(EnumSet.of(MoveInAction.IMPORT_TENANCY));
  private static final List<String> EXPECTED_REJECTIONS = List.of("MI_UNIT_OCCUPIED", "MI_FREIGHT_ELEVATOR_ALREADY_BOOKED",
      "MI_MOVE_STARTS_IN_THE_PAST", "MI_DOOR_KEYS_NOT_HANDED_OVER", "MI_AGREEMENT_TEMPLATE_NOT_CURRENT", "MI_ORIGINAL_DOCUMENT_REQUIRED",
      "MI_CLIENT_FILE_INCOMPLETE", "MI_METER_READING_DIFFERS", "ACTION_NOT_ALLOWED", "ACTOR_NOT_PERMITTED", "INVALID_INPUT", "CASE_NOT_FOUND");

  @Test
  @DisplayName("MI-1.1 MI-1.2 MI-2.1 MI-2.2 MI-3.1 MI-3.2 MI-4.1 MI-4.2 MI-4.3 MI-4.4 MI-4.5 MI-5.1 MI-5.2 MI-5.3 MI-5.4 MI-6.1 MI-6.2 MI-6.3 KY-2.1 GS-2 GS-5 GS-6 GS-7 random sequences keep every invariant of the move-in")
  void randomSequencesKeepTheInvariants() {
    qt().withExamples(150).withShrinkCycles(500).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    if (!REACHED.equals(EnumSet.allOf(MoveInState.class)) || !ACCEPTED.equals(CLERKS_ACTIONS)
        || !REJECTED.containsAll(EXPECTED_REJECTIONS)) {
      // the end of the main line is rare in random runs: a fixed seed known to reach it keeps the coverage check stable
      qt().withFixedSeed(COVERING_SEED).withExamples(300).withShrinkCycles(500).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    }
    assertEquals(EnumSet.allOf(MoveInState.class), REACHED, "every state was reached by some sequence");
    assertEquals(CLERKS_ACTIONS, ACCEPTED, "every action was accepted in some sequence");
    for (String code : EXPECTED_REJECTIONS) {
      assertTrue(REJECTED.contains(code), code + " was met by some sequence; met: " + REJECTED);
    }
  }

  /** Two business centers and everything the test knows about them. */
  private static final class Run {
    private final InMemoryCenter parts = new InMemoryCenter(Instant.parse("2026-05-04T01:00:00Z"), "M");
    private final ManualClock clock = parts.clock();
    private final InMemoryStorage storage = parts.storage();
    private final BusinessCenter center = parts.builder().build();
    private final List<MoveInId> known = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final StepLog log = new StepLog();
    // a command id already answered: the same step gets its first answer, any other step is refused (as CasePath replays)
    private final CommandJudge<MoveIn> judge = new CommandJudge<MoveIn>(parts.ids(), () -> parts.snapshot(CENTERS), log)
        .replayingOnlyTheSameStep((first, again) -> sameStep((MoveInCommand) first, (MoveInCommand) again))
        .repeatsLeave(StoreSnapshot::cases);

    /** A command as sent, remembering whether it was well-formed (only those have an oracle). */
    record Sent(MoveInCommand command, Actor actor, boolean arbitrary) {}

    /**
     * The tower starts with two move-ins well on their way, so that sequences meet the end of the main line: one with its
     * freight elevator booked and its file still incomplete, one told everything and ready to arrange its move.
     */
    Run() {
      MoveInJourney journey = new MoveInJourney(center, clock, 1);
      MoveIn booked = journey.upTo(TOWER, ROOMS.get(0), TENANTS.get(0), MoveInState.MOVE_BOOKED);
      MoveIn ready = journey.readyToMove(TOWER, ROOMS.get(1), TENANTS.get(1));
      known.addAll(List.of(booked.id(), ready.id()));
      checkInvariants();
    }

    void play(List<Step> steps) {
      Sequences.play(steps, random -> clock.advance(Duration.ofMinutes(random.nextInt(600))), this::keyEvent, this::checkInvariants,
          (step, random) -> perform(choose(step, random)));
    }

    // ---- the actors of each center

    private static List<Actor> staff(CenterId c) {
      return List.of(
          Actor.of("sv-clk", Role.STAFF, Department.SERVICE, c),
          Actor.of("sv-clk", Role.STAFF, Department.SERVICE, c),
          Actor.of("sv-clk", Role.STAFF, Department.SERVICE, c),
          Actor.of("ad-clk", Role.STAFF, Department.ADMINISTRATION, c),
          Actor.of("mo-clk", Role.STAFF, Department.MANAGEMENT_OFFICE, c),
          Actor.of("en-stf", Role.STAFF, Department.ENGINEERING, c),
          Actor.of(RENOVATION_MANAGER.value(), Role.RENOVATION_MANAGER, Department.ENGINEERING, c),
          Actor.of("en-rm-2", Role.RENOVATION_MANAGER, Department.ENGINEERING, c),
          Actor.of("se-grd", Role.STAFF, Department.SECURITY, c));
    }

    private static Actor keyDesk(CenterId c) {
      return Actor.of("bc-sup", Role.CUSTOMER_SERVICE_SUPERVISOR, Department.BUSINESS_CENTER, c);
    }

    // ---- key control, beside the move-ins

    /** KY-2.1, KY-2.3: key control cuts a door key for a tenant (a backup registered first): it succeeds exactly when tenancy says the tenant occupies the unit. */
    private void keyEvent(SplittableRandom random) {
      CenterId c = CENTERS.get(random.nextInt(CENTERS.size()));
      List<MoveIn> waiting = storage.moveIns().all(c).stream().filter(m -> m.state() == MoveInState.EQUIPMENT_ACCEPTED).toList();
      TenantId tenant;
      RoomId unit;
      if (!waiting.isEmpty() && random.nextInt(4) != 0) {
        MoveIn m = waiting.get(random.nextInt(waiting.size()));
        tenant = m.tenant();
        unit = m.units().get(random.nextInt(m.units().size()));
      } else {
        tenant = TENANTS.get(random.nextInt(TENANTS.size()));
        unit = ROOMS.get(random.nextInt(ROOMS.size()));
      }
      log.add("key control: door key of " + unit + " for " + tenant + "@" + c);
      Actor desk = keyDesk(c);
      if (center.keys().keyBox(desk, c, unit).get().isEmpty()) {
        boolean registered = center.keys().registerBackup(new KeyCommand.RegisterBackup(commandId(random), c, Lock.officeDoor(unit)), desk).isRight();
        assertTrue(registered || storage.keys().ofRoom(c, unit).stream().filter(k -> k.origin() == KeyOrigin.BACKUP).count() >= 2, log.trace());
        if (!registered) {
          return;
        }
      }
      Either<Rejection, Key> cut = center.keys().cutKey(new KeyCommand.CutKey(commandId(random), c, Lock.officeDoor(unit), Holder.tenant(tenant)),
          desk);
      Occupancy occupancy = center.tenancy().occupancy(c, tenant);
      assertEquals(occupancy.rooms().contains(unit), cut.isRight(),
          "KY-2.1 key control cuts a tenant's door key exactly when tenancy says it occupies the unit " + occupancy + " " + cut + log.trace());
    }

    // ---- commands

    private Sent choose(Step step, SplittableRandom random) {
      if (step.repeatsAnEarlierCommand() && !sent.isEmpty()) {
        return sent.get(random.nextInt(sent.size()));
      }
      CenterId c = CENTERS.get(random.nextInt(CENTERS.size()));
      List<Actor> staff = staff(c);
      Actor actor = random.nextInt(8) == 0 ? Actors.any(random, CENTERS) : staff.get(random.nextInt(staff.size()));
      if (step.arbitrary()) {
        return new Sent(TenancyCommands.arbitraryMoveIn(random, CENTERS, known), actor, true);
      }
      if (step.offered()) {
        Sent offered = offered(random);
        if (offered != null) {
          return offered;
        }
      }
      return new Sent(TenancyCommands.wellFormedMoveIn(random, c, known, ROOMS, TENANTS, clock.instant(), RENOVATION_MANAGER), actor, false);
    }

    /** An action the declaration offers an actor on a live move-in, mostly the most advanced one; or a new notice. */
    private Sent offered(SplittableRandom random) {
      CenterId c = random.nextInt(5) == 0 ? PLAZA : TOWER;
      List<MoveIn> live = storage.moveIns().all(c).stream().filter(m -> !center.tenancy().moveInDefinition().isFinal(m.state()))
          .sorted(Comparator.comparing(MoveIn::state).reversed()).toList();
      List<Actor> staff = staff(c);
      if (live.isEmpty() || random.nextInt(8) == 0) {
        return new Sent(TenancyCommands.moveInFor(random, c, null, MoveInAction.RECEIVE_MOVE_IN_NOTICE, ROOMS, TENANTS, clock.instant(), null,
            RENOVATION_MANAGER), staff.get(random.nextInt(staff.size())), false);
      }
      MoveIn m = live.get(random.nextInt(2) == 0 ? 0 : random.nextInt(live.size()));
      // now and then what the table declares for the state, guards on the case aside, so those guards are seen refusing
      boolean declared = random.nextInt(6) == 0;
      List<Sent> options = new ArrayList<>();
      for (Actor actor : new LinkedHashSet<>(staff)) {
        List<MoveInAction> actions = declared ? center.tenancy().moveInDefinition().availableActions(m.state(), actor)
            : center.tenancy().availableActions(actor, c, m.id()).get();
        for (MoveInAction action : actions) {
          // the actions that may be taken at any point, and booking a booked move again, are taken now and then, so the
          // main line moves on
          boolean nowAndThen = anyTime(action) || (action == MoveInAction.BOOK_MOVE && m.state() == MoveInState.MOVE_BOOKED);
          if (!nowAndThen || random.nextInt(4) == 0 || (action == MoveInAction.FILE_DOCUMENT && isAtTheEnd(m))
              || (action == MoveInAction.RECORD_CLIENT_CONTACTS && isAtTheEnd(m) && m.contacts().isEmpty())) {
            options.add(new Sent(TenancyCommands.moveInFor(random, c, m.id(), action, ROOMS, TENANTS, clock.instant(), m, RENOVATION_MANAGER),
                actor, false));
          }
        }
      }
      if (options.isEmpty()) {
        return null;
      }
      Sent chosen = options.get(random.nextInt(options.size()));
      if (chosen.command() instanceof MoveInCommand.BookMove booking && random.nextBoolean()) {
        // MI-6.1: half the time, a slot that overlaps a booking already made, so the calendar is seen refusing
        List<ElevatorBooking> made = storage.moveIns().all(c).stream().flatMap(o -> o.move().stream()).toList();
        if (!made.isEmpty()) {
          ElevatorBooking other = made.get(random.nextInt(made.size()));
          Instant start = other.startsAt().plus(Duration.ofMinutes(30L * (random.nextInt(5) - 2)));
          return new Sent(new MoveInCommand.BookMove(booking.commandId(), c, booking.moveInId(), other.elevator(), start,
              start.plus(Duration.ofMinutes(30L * (1 + random.nextInt(4))))), chosen.actor(), false);
        }
      }
      return chosen;
    }

    private static boolean anyTime(MoveInAction action) {
      return action == MoveInAction.ANSWER_QUESTION || action == MoveInAction.FILE_DOCUMENT || action == MoveInAction.RECORD_CLIENT_CONTACTS
          || action == MoveInAction.WITHDRAW;
    }

    private static boolean isAtTheEnd(MoveIn m) {
      return m.state() == MoveInState.MOVE_BOOKED || m.state() == MoveInState.RENOVATION_MEETING_HELD;
    }

    private Either<Rejection, MoveIn> perform(Sent s) {
      CommandJudge.Verdict<MoveIn> verdict = judge.judge(s.command(), s.actor(), s.arbitrary(),
          () -> center.tenancy().handle(s.command(), s.actor()), () -> oracle(s), MoveIn::state);
      Either<Rejection, MoveIn> answer = verdict.answer();
      if (answer.isLeft()) {
        REJECTED.add(answer.getLeft().code());
      } else {
        MoveIn after = answer.get();
        REACHED.add(after.state());
        if (!verdict.repeat()) {
          ACCEPTED.add(s.command().action());
        }
        if (!known.contains(after.id())) {
          known.add(after.id());
        }
      }
      sent.add(s);
      checkInvariants();
      return answer;
    }

    /** Whether two commands ask for the same step of the same case: then a repeated command id replays the first answer. */
    private static boolean sameStep(MoveInCommand first, MoveInCommand again) {
      String a = first instanceof MoveInCommand.OnMoveIn on ? on.moveInId().value() : "";
      String b = again instanceof MoveInCommand.OnMoveIn on ? on.moveInId().value() : "";
      return first.action() == again.action() && a.equals(b);
    }

    /** What the declaration and the elevator's calendar say about a well-formed command, worked out before it runs. */
    private Either<Rejection, MoveInState> oracle(Sent s) {
      MoveInCommand c = s.command();
      var definition = center.tenancy().moveInDefinition();
      String target = c instanceof MoveInCommand.OnMoveIn on ? on.moveInId().value() : null;
      if (!s.actor().worksFor(c.center())) {
        return Either.left(target == null ? new Rejection.NotInYourCenter(c.center()) : new Rejection.CaseNotFound(MoveInProcedure.NAME, target));
      }
      if (target == null) {
        return definition.permitsOpening(c.action(), c, s.actor()).map(t -> t.to());
      }
      return storage.moveIns().find(c.center(), target)
          .toEither(() -> (Rejection) new Rejection.CaseNotFound(MoveInProcedure.NAME, target))
          .flatMap(m -> definition.permits(m.state(), m, c.action(), c, s.actor()).flatMap(t -> c instanceof MoveInCommand.BookMove booking
              ? elevatorFree(m, booking).map(ok -> t.to())
              : Either.right(t.to())));
    }

    /** MI-6.1, worked out from the cases themselves: a slot to come, and no other move-in's booking of the elevator overlaps it. */
    private Either<Rejection, Boolean> elevatorFree(MoveIn self, MoveInCommand.BookMove booking) {
      if (!booking.startsAt().isAfter(clock.instant())) {
        return Either.left(new TenancyRejection.MoveStartsInThePast(booking.startsAt().atZone(ZONE).toLocalDateTime()));
      }
      Optional<MoveIn> clash = storage.moveIns().all(self.center()).stream()
          .filter(o -> !o.id().equals(self.id()) && o.move().filter(b -> b.elevator().equals(booking.elevator())
              && b.overlaps(booking.startsAt(), booking.endsAt())).isPresent())
          .min(Comparator.comparing((MoveIn o) -> o.move().get().startsAt()).thenComparing(o -> o.id().value()));
      return clash.<Either<Rejection, Boolean>>map(o -> Either.left(new TenancyRejection.FreightElevatorAlreadyBooked(booking.elevator(), o.id(),
              o.move().get().startsAt().atZone(ZONE).toLocalDateTime(), o.move().get().endsAt().atZone(ZONE).toLocalDateTime())))
          .orElseGet(() -> Either.right(true));
    }

    // ---- invariants

    private void checkInvariants() {
      for (CenterId c : CENTERS) {
        List<MoveIn> all = storage.moveIns().all(c);
        for (MoveIn m : all) {
          String where = m.id() + " " + m.state() + log.trace();
          aCompletedMoveInIsComplete(c, m, where);
          theKeyHandoverListsADoorKeyOfEachUnit(m, where);
          theTrailTellsItsLife(c, m, where);
          theAgendaFollowsTheCase(c, m, where);
          assertTrue(m.state() != MoveInState.WITHDRAWN || m.equipment().isEmpty(), "MI-1.1 withdrawn only before the key handover " + where);
        }
        noTwoBookingsOfAnElevatorOverlap(all);
        aUnitHasOneLiveMoveIn(c, all);
        keysGoOnlyToOccupants(c);
        theStoresQuestionsAgree(c, all);
        theDirectoryListsTheHandedOverUnits(c, all);
      }
    }

    private static void noTwoBookingsOfAnElevatorOverlap(List<MoveIn> all) {
      List<MoveIn> booked = all.stream().filter(m -> m.move().isPresent()).toList();
      for (MoveIn a : booked) {
        for (MoveIn b : booked) {
          ElevatorBooking x = a.move().get();
          ElevatorBooking y = b.move().get();
          assertTrue(a == b || !x.elevator().equals(y.elevator()) || !x.overlaps(y.startsAt(), y.endsAt()),
              "MI-6.1 overlapping bookings of " + x.elevator() + ": " + a.id() + " and " + b.id());
        }
      }
    }

    private void aCompletedMoveInIsComplete(CenterId c, MoveIn m, String where) {
      if (m.state() != MoveInState.COMPLETED) {
        return;
      }
      assertEquals(List.of(), m.clientFile().missing(POLICY.requiredDocuments()), "MI-6.3 a completed move-in has a complete client file " + where);
      assertTrue(m.recordedReading().isPresent() && m.recordedReading().get().reading().compareTo(m.confirmedReading().get().reading()) == 0,
          "MI-4.4 Engineering recorded the confirmed reading " + where);
      assertEquals(List.of(), m.openItems(), "MI-4.5 every rectification item closed " + where);
      assertEquals(List.of(), m.orientationMissing(), "MI-5 every item introduced " + where);
      assertTrue(m.move().isPresent() != m.renovation().flatMap(r -> r.firstMeetingAt()).isPresent(), "MI-6.1 or MI-6.2, one of the two " + where);
      assertEquals(1, storage.renewalVisits().ofMoveIn(c, m.id()).size(), "MO-1.1 its lease is watched " + where);
    }

    private static void theKeyHandoverListsADoorKeyOfEachUnit(MoveIn m, String where) {
      assertEquals(m.state().compareTo(MoveInState.KEYS_HANDED_OVER) >= 0 && m.live(), m.keyHandover().isPresent(), where);
      m.keyHandover().ifPresent(form -> {
        for (RoomId unit : m.units()) {
          assertTrue(form.keys().stream().anyMatch(k -> k.kind() == KeyKind.DOOR && k.room().equals(unit)),
              "MI-4.3 the form lists a door key of " + unit + " " + where);
        }
        assertTrue(m.clientFile().holds(io.bizcenter.core.tenancy.ClientDocument.KEY_COLLECTION_RECORD), where);
      });
    }

    private void aUnitHasOneLiveMoveIn(CenterId c, List<MoveIn> all) {
      for (RoomId unit : ROOMS) {
        long live = all.stream().filter(m -> m.live() && m.units().contains(unit)).count();
        assertTrue(live <= 1, "MI-1.1 one live move-in per unit: " + unit + "@" + c + log.trace());
      }
    }

    /** KY-2.1: every door key a tenant holds opens a unit tenancy says it occupies. */
    private void keysGoOnlyToOccupants(CenterId c) {
      for (Key k : storage.keys().all(c)) {
        k.holder().flatMap(Holder::tenant).filter(t -> k.state() == KeyState.HELD).ifPresent(t ->
            assertTrue(center.tenancy().occupancy(c, t).rooms().contains(k.lock().room()),
                "KY-2.1 " + t + " holds a key of " + k.lock().room() + " it does not occupy" + log.trace()));
      }
    }

    private void theTrailTellsItsLife(CenterId c, MoveIn m, String where) {
      List<AuditEntry> trail = storage.eventLog().trail(c, MoveInProcedure.NAME, m.id().value());
      assertEquals(m.version(), trail.size(), "GS-6 one audit entry per version " + where);
      assertEquals(m.state().name(), trail.get(trail.size() - 1).to(), where);
      for (int i = 0; i < trail.size(); i++) {
        assertEquals(i == 0 ? null : trail.get(i - 1).to(), trail.get(i).from().orElse(null), "the trail is a chain " + where);
      }
    }

    private void theAgendaFollowsTheCase(CenterId c, MoveIn m, String where) {
      List<AgendaItem> agenda = storage.agenda().forCase(c, MoveInProcedure.NAME, m.id().value());
      if (center.tenancy().moveInDefinition().isFinal(m.state())) {
        assertEquals(List.of(), agenda, "GS-7 a closed move-in owes nothing " + where);
        return;
      }
      long engineering = agenda.stream().filter(i -> i.actions().equals(List.of(MoveInAction.CLOSE_RECTIFICATION_ITEM.name()))).count();
      assertEquals(m.openItems().size(), engineering, "MI-4.5 one agenda item per open rectification item " + where);
      boolean readingOwed = m.confirmedReading().isPresent() && m.recordedReading().isEmpty();
      assertEquals(readingOwed, agenda.stream().anyMatch(i -> i.actions().equals(List.of(MoveInAction.RECORD_METER_READING.name()))),
          "MI-4.4 the reading owed until recorded " + where);
      assertFalse(agenda.isEmpty(), "GS-7 a live move-in owes something " + where);
    }

    private void theStoresQuestionsAgree(CenterId c, List<MoveIn> all) {
      for (TenantId t : TENANTS) {
        assertEquals(all.stream().filter(m -> m.tenant().equals(t)).toList(), storage.moveIns().ofTenant(c, t), "ofTenant " + t + log.trace());
      }
      for (RoomId unit : ROOMS) {
        assertEquals(all.stream().filter(m -> m.units().contains(unit)).toList(), storage.moveIns().ofUnit(c, unit), "ofUnit " + unit + log.trace());
      }
      for (String elevator : TenancyCommands.ELEVATORS) {
        Instant from = clock.instant().minus(Duration.ofDays(2));
        Instant to = clock.instant().plus(Duration.ofDays(6));
        assertEquals(all.stream().filter(m -> m.move().filter(b -> b.elevator().equals(elevator) && b.overlaps(from, to)).isPresent())
                .sorted(Comparator.comparing((MoveIn m) -> m.move().get().startsAt()).thenComparing(m -> m.id().value())).toList(),
            storage.moveIns().elevatorBookings(c, elevator, from, to), "elevatorBookings " + elevator + log.trace());
      }
    }

    private void theDirectoryListsTheHandedOverUnits(CenterId c, List<MoveIn> all) {
      Actor clerk = staff(c).get(0);
      Set<String> listed = center.tenancy().directory(clerk, c).get().entries().stream().map(e -> e.unit() + "/" + e.moveIn()).collect(
          Collectors.toSet());
      Set<String> handedOver = all.stream().filter(m -> m.keyHandover().isPresent()).flatMap(m -> m.units().stream().map(u -> u + "/" + m.id()))
          .collect(Collectors.toSet());
      assertEquals(handedOver, listed, "MO-3.2 the directory lists every unit from its key handover" + log.trace());
    }

    private static CommandId commandId(SplittableRandom random) {
      return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
    }
  }
}
