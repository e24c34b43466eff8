package io.bizcenter.testkit.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.ChargeKind;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.tenancy.ClientIntent;
import io.bizcenter.core.tenancy.Compensation;
import io.bizcenter.core.tenancy.InventoryLine;
import io.bizcenter.core.tenancy.KeyCompensation;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInId;
import io.bizcenter.core.tenancy.MoveInProcedure;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.core.tenancy.MoveOutAction;
import io.bizcenter.core.tenancy.MoveOutCommand;
import io.bizcenter.core.tenancy.MoveOutId;
import io.bizcenter.core.tenancy.MoveOutProcedure;
import io.bizcenter.core.tenancy.MoveOutState;
import io.bizcenter.core.tenancy.Renewal;
import io.bizcenter.core.tenancy.RenewalVisit;
import io.bizcenter.core.tenancy.RenewalVisitAction;
import io.bizcenter.core.tenancy.RenewalVisitCommand;
import io.bizcenter.core.tenancy.RenewalVisitId;
import io.bizcenter.core.tenancy.RenewalVisitProcedure;
import io.bizcenter.core.tenancy.RenewalVisitState;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property test of the lease watch and the move-out: each of two centers starts with tenants moved in (keys
 * cut, leases watched) and one still moving in; random sequences of lease and move-out commands (well-formed, offered by
 * the declarations, repeated or arbitrary) by random actors run against it, mixed with key control's own steps (keys
 * returned, recorded lost, cut). After every step: a tenant that left holds no key of its units, and what it lost is on
 * its statement as the key register charged it; one lease watch and one move-out per move-in, the watch leaving exactly
 * when a move-out is open; the inventory follows the acceptance record and the charges the damage found; tenancy, the
 * key register and the Tenant Directory agree; trail and agenda follow each case. A rejected command changes nothing, no
 * exception escapes, and a well-formed command is rejected exactly when the declaration says so. On failure
 * QuickTheories shrinks the sequence and prints its seed (rerun with {@code -DQT_SEED=<seed>}).
 */
class MoveOutProcedurePropertiesTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final CenterId PLAZA = CenterId.of("yy-plaza");
  private static final List<CenterId> CENTERS = List.of(TOWER, PLAZA);
  private static final List<RoomId> ROOMS = Stream.of("101", "102", "103", "104").map(RoomId::of).toList();
  private static final List<TenantId> TENANTS = Stream.of("T-1", "T-2", "T-3", "T-4").map(TenantId::of).toList();
  private static final StaffId ENGINEER = StaffId.of("en-stf");

  /** Repeats, arbitrary input, key control's own steps, then mostly actions the declarations offer. */
  private static final Gen<List<Step>> SEQUENCES = StepSequences.of(new Step.Mix(5, 11, 25, 32), 60);

  private static final Set<MoveOutState> REACHED = EnumSet.noneOf(MoveOutState.class);
  private static final Set<RenewalVisitState> LEASES_REACHED = EnumSet.noneOf(RenewalVisitState.class);
  private static final Set<String> ACCEPTED = new TreeSet<>();
  private static final Set<String> REJECTED = new TreeSet<>();
  private static final long COVERING_SEED = 20261202L;
  private static final List<String> EXPECTED_REJECTIONS = List.of("MO_KEYS_STILL_HELD", "MO_INVENTORY_DOES_NOT_MATCH_ACCEPTANCE_RECORD",
      "MO_COMPENSATION_DOES_NOT_MATCH_DAMAGE", "MO_MOVE_OUT_ALREADY_OPEN", "MO_MOVE_IN_NOT_COMPLETED", "MO_NEW_TERM_NOT_LATER",
      "MO_LEASE_ALREADY_WATCHED", "ACTION_NOT_ALLOWED", "ACTOR_NOT_PERMITTED", "INVALID_INPUT", "CASE_NOT_FOUND");

  @Test
  @DisplayName("MO-1.1 MO-2.1 MO-2.2 MO-2.3 MO-3.1 MO-3.2 MO-3.3 KY-2.4 GS-2 GS-5 GS-6 GS-7 random sequences keep every invariant of the lease watch and the move-out")
  void randomSequencesKeepTheInvariants() {
    qt().withExamples(120).withShrinkCycles(500).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    if (!covered()) {
      // some corners are rare in random runs: a fixed seed known to reach them keeps the coverage check stable
      qt().withFixedSeed(COVERING_SEED).withExamples(200).withShrinkCycles(500).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    }
    assertEquals(EnumSet.allOf(MoveOutState.class), REACHED, "every move-out state was reached by some sequence");
    assertEquals(EnumSet.allOf(RenewalVisitState.class), LEASES_REACHED, "every lease watch state was reached by some sequence");
    for (String code : EXPECTED_REJECTIONS) {
      assertTrue(REJECTED.contains(code), code + " was met by some sequence; met: " + REJECTED);
    }
  }

  private static boolean covered() {
    return REACHED.equals(EnumSet.allOf(MoveOutState.class)) && LEASES_REACHED.equals(EnumSet.allOf(RenewalVisitState.class))
        && REJECTED.containsAll(EXPECTED_REJECTIONS);
  }

  private static final class Run {
    private final InMemoryCenter parts = new InMemoryCenter(Instant.parse("2026-05-04T01:00:00Z"), "O");
    private final ManualClock clock = parts.clock();
    private final InMemoryStorage storage = parts.storage();
    private final List<Renewal> renewals = new CopyOnWriteArrayList<>();
    private final BusinessCenter center = parts.builder().renewals(renewals::add).build();
    private final List<MoveInId> moveIns = new ArrayList<>();
    private final List<RenewalVisitId> leases = new ArrayList<>();
    private final List<MoveOutId> moveOuts = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final Set<String> renewalsExpected = new LinkedHashSet<>();
    private final StepLog log = new StepLog();
    // a command id already answered: the same step gets its first answer, any other step is refused (as CasePath replays);
    // a replayed renewal is handed to contract signing again, so a repeat is held to the stores alone
    private final CommandJudge<Object> judge = new CommandJudge<>(parts.ids(), () -> parts.snapshot(CENTERS, renewals), log)
        .replayingOnlyTheSameStep(Run::sameStep)
        .repeatsLeave(StoreSnapshot::stores);

    /** A lease or move-out command as sent, remembering whether it was well-formed (only those have an oracle). */
    record Sent(Object command, Actor actor, boolean arbitrary) {
      io.bizcenter.core.kernel.Command asCommand() {
        return (io.bizcenter.core.kernel.Command) command;
      }
    }

    /** Per center: three tenants moved in, their keys cut (a second door key for one), one more still moving in. */
    Run() {
      MoveInJourney journey = new MoveInJourney(center, clock, 2);
      for (CenterId c : CENTERS) {
        for (int i = 0; i < 3; i++) {
          MoveIn m = journey.upTo(c, ROOMS.get(i), TENANTS.get(i), MoveInState.COMPLETED);
          moveIns.add(m.id());
          leases.add(storage.renewalVisits().ofMoveIn(c, m.id()).get(0).id());
        }
        center.keys().cutKey(new KeyCommand.CutKey(CommandId.of("extra-" + c), c, Lock.officeDoor(ROOMS.get(0)), Holder.tenant(TENANTS.get(0))),
            MoveInJourney.keyDesk(c)).get();
        moveIns.add(journey.upTo(c, ROOMS.get(3), TENANTS.get(3), MoveInState.FEE_NOTICE_SENT).id());
      }
      checkInvariants();
    }

    void play(List<Step> steps) {
      Sequences.play(steps, random -> clock.advance(Duration.ofMinutes(random.nextInt(600))), this::keyEvent, this::checkInvariants,
          (step, random) -> perform(choose(step, random)));
    }

    // ---- key control's own steps (KY-2.4): keys come back, are lost, or another copy is cut

    private void keyEvent(SplittableRandom random) {
      CenterId c = CENTERS.get(random.nextInt(CENTERS.size()));
      Actor desk = MoveInJourney.keyDesk(c);
      TenantId tenant = TENANTS.get(random.nextInt(3));
      List<Key> held = center.keys().stillHeldBy(c, tenant);
      if (!held.isEmpty() && random.nextInt(5) != 0) {
        Key k = held.get(random.nextInt(held.size()));
        KeyCommand back = random.nextInt(3) == 0
            ? new KeyCommand.ReportLost(commandId(random), c, k.id(), "退租时未交回")
            : new KeyCommand.ReturnKey(commandId(random), c, k.id());
        log.add("key control: " + back);
        assertTrue(center.keys().handle(back, desk).isRight(), "a key a tenant holds can always come back or be lost" + log.trace());
      } else {
        RoomId room = ROOMS.get(TENANTS.indexOf(tenant));
        log.add("key control: another door key of " + room + " for " + tenant + "@" + c);
        Either<Rejection, Key> cut = center.keys().cutKey(new KeyCommand.CutKey(commandId(random), c, Lock.officeDoor(room), Holder.tenant(tenant)),
            desk);
        assertEquals(center.tenancy().occupancy(c, tenant).rooms().contains(room), cut.isRight(),
            "KY-2.1 a key is cut exactly while the tenant occupies the unit " + cut + log.trace());
      }
    }

    // ---- commands

    private Sent choose(Step step, SplittableRandom random) {
      if (step.repeatsAnEarlierCommand() && !sent.isEmpty()) {
        return sent.get(random.nextInt(sent.size()));
      }
      CenterId c = CENTERS.get(random.nextInt(CENTERS.size()));
      List<Actor> staff = MoveInJourney.staff(c);
      Actor actor = random.nextInt(8) == 0 ? Actors.any(random, CENTERS) : staff.get(random.nextInt(staff.size()));
      if (step.arbitrary()) {
        return new Sent(random.nextBoolean() ? TenancyCommands.arbitraryLease(random, CENTERS, leases)
            : TenancyCommands.arbitraryMoveOut(random, CENTERS, moveOuts), actor, true);
      }
      if (step.offered()) {
        Sent offered = offered(random);
        if (offered != null) {
          return offered;
        }
      }
      MoveInId moveIn = moveIns.get(random.nextInt(moveIns.size()));
      if (random.nextBoolean() || moveOuts.isEmpty()) {
        RenewalVisitAction action = pick(random, RenewalVisitAction.values());
        RenewalVisitId lease = leases.get(random.nextInt(leases.size()));
        return new Sent(TenancyCommands.leaseFor(random, c, lease, action, moveIn, null), actor, false);
      }
      MoveOutAction action = pick(random, MoveOutAction.values());
      MoveOutId on = random.nextInt(20) == 0 ? MoveOutId.of("O-404") : moveOuts.get(random.nextInt(moveOuts.size()));
      return new Sent(TenancyCommands.moveOutFor(random, c, on, action, moveIn, null, ENGINEER), actor, false);
    }

    /** An action the declarations offer an actor: on a live move-out (mostly the furthest along) or lease watch. */
    private Sent offered(SplittableRandom random) {
      CenterId c = random.nextInt(4) == 0 ? PLAZA : TOWER;
      List<Actor> staff = MoveInJourney.staff(c);
      List<MoveOut> live = storage.moveOuts().all(c).stream().filter(m -> !center.tenancy().moveOutDefinition().isFinal(m.state()))
          .sorted(java.util.Comparator.comparing(MoveOut::state).reversed()).toList();
      List<Sent> options = new ArrayList<>();
      if (!live.isEmpty() && random.nextInt(3) != 0) {
        MoveOut m = live.get(random.nextInt(2) == 0 ? 0 : random.nextInt(live.size()));
        for (Actor actor : staff) {
          for (MoveOutAction action : center.tenancy().availableActions(actor, c, m.id()).get()) {
            options.add(new Sent(TenancyCommands.moveOutFor(random, c, m.id(), action, m.moveIn(), m, ENGINEER), actor, false));
          }
        }
      } else if (random.nextInt(5) == 0) {
        List<MoveIn> all = storage.moveIns().all(c);
        MoveIn m = all.get(random.nextInt(all.size()));
        return new Sent(TenancyCommands.moveOutFor(random, c, null, MoveOutAction.OPEN_MOVE_OUT, m.id(), null, ENGINEER), staff.get(0), false);
      } else {
        List<RenewalVisit> watched = storage.renewalVisits().all(c).stream()
            .filter(l -> l.state() != RenewalVisitState.LEAVING && l.state() != RenewalVisitState.ENDED).toList();
        if (watched.isEmpty()) {
          return null;
        }
        RenewalVisit l = watched.get(random.nextInt(watched.size()));
        for (Actor actor : staff) {
          for (RenewalVisitAction action : center.tenancy().availableActions(actor, c, l.id()).get()) {
            options.add(new Sent(TenancyCommands.leaseFor(random, c, l.id(), action, l.moveIn(), l), actor, false));
          }
        }
      }
      return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }

    private void perform(Sent s) {
      io.bizcenter.core.kernel.Command command = s.asCommand();
      CommandJudge.Verdict<Object> verdict = judge.judge(command, s.actor(), s.arbitrary(), () -> Either.narrow(send(s)), () -> oracle(s),
          after -> after instanceof MoveOut m ? m.state() : ((RenewalVisit) after).state());
      Either<Rejection, Object> answer = verdict.answer();
      if (answer.isLeft()) {
        REJECTED.add(answer.getLeft().code());
      } else {
        Object after = answer.get();
        if (after instanceof MoveOut m) {
          REACHED.add(m.state());
          if (!moveOuts.contains(m.id())) {
            moveOuts.add(m.id());
          }
        } else {
          RenewalVisit l = (RenewalVisit) after;
          LEASES_REACHED.add(l.state());
          if (!verdict.repeat() && command instanceof RenewalVisitCommand.RecordIntent intent && intent.intent() == ClientIntent.RENEW) {
            renewalsExpected.add(l.renewalId());
          }
        }
        if (!verdict.repeat()) {
          ACCEPTED.add(command.getClass().getSimpleName());
        }
      }
      sent.add(s);
      // what the lease watch's and the move-out's chains opened shows in the stores
      for (CenterId c : CENTERS) {
        storage.moveOuts().all(c).forEach(m -> {
          if (!moveOuts.contains(m.id())) {
            moveOuts.add(m.id());
          }
          REACHED.add(m.state());
        });
        storage.renewalVisits().all(c).forEach(l -> LEASES_REACHED.add(l.state()));
      }
      checkInvariants();
    }

    private Either<Rejection, ?> send(Sent s) {
      return s.command() instanceof MoveOutCommand mo ? center.tenancy().handle(mo, s.actor())
          : center.tenancy().handle((RenewalVisitCommand) s.command(), s.actor());
    }

    /** Whether two commands ask for the same step of the same case: then a repeated command id replays the first answer. */
    private static boolean sameStep(Object first, Object again) {
      if (first instanceof MoveOutCommand a && again instanceof MoveOutCommand b) {
        return a.action() == b.action() && target(a).equals(target(b));
      }
      if (first instanceof RenewalVisitCommand a && again instanceof RenewalVisitCommand b) {
        return a.action() == b.action() && target(a).equals(target(b));
      }
      return false;
    }

    private static String target(Object command) {
      if (command instanceof MoveOutCommand.OnMoveOut on) {
        return on.moveOutId().value();
      }
      return command instanceof RenewalVisitCommand.OnLease on ? on.leaseId().value() : "";
    }

    /** What the declarations say about a well-formed command, worked out before it runs. */
    private Either<Rejection, ? extends Enum<?>> oracle(Sent s) {
      if (s.command() instanceof MoveOutCommand c) {
        var definition = center.tenancy().moveOutDefinition();
        String target = c instanceof MoveOutCommand.OnMoveOut on ? on.moveOutId().value() : null;
        if (!s.actor().worksFor(c.center())) {
          return Either.left(target == null ? new Rejection.NotInYourCenter(c.center()) : new Rejection.CaseNotFound(MoveOutProcedure.NAME, target));
        }
        if (target == null) {
          MoveInId moveIn = ((MoveOutCommand.OpenMoveOut) c).moveIn();
          return definition.permitsOpening(c.action(), c, s.actor()).flatMap(t -> storage.moveIns().find(c.center(), moveIn.value()).isDefined()
              ? Either.right(t.to())
              : Either.left(new Rejection.CaseNotFound(MoveInProcedure.NAME, moveIn.value())));
        }
        return storage.moveOuts().find(c.center(), target)
            .toEither(() -> (Rejection) new Rejection.CaseNotFound(MoveOutProcedure.NAME, target))
            .flatMap(m -> definition.permits(m.state(), m, c.action(), c, s.actor()).map(t -> t.to()));
      }
      RenewalVisitCommand c = (RenewalVisitCommand) s.command();
      var definition = center.tenancy().leaseDefinition();
      String target = c instanceof RenewalVisitCommand.OnLease on ? on.leaseId().value() : null;
      if (!s.actor().worksFor(c.center())) {
        return Either.left(target == null ? new Rejection.NotInYourCenter(c.center()) : new Rejection.CaseNotFound(RenewalVisitProcedure.NAME, target));
      }
      if (target == null) {
        MoveInId moveIn = ((RenewalVisitCommand.WatchLease) c).moveIn();
        return definition.permitsOpening(c.action(), c, s.actor()).flatMap(t -> storage.moveIns().find(c.center(), moveIn.value()).isDefined()
            ? Either.right(t.to())
            : Either.left(new Rejection.CaseNotFound(MoveInProcedure.NAME, moveIn.value())));
      }
      return storage.renewalVisits().find(c.center(), target)
          .toEither(() -> (Rejection) new Rejection.CaseNotFound(RenewalVisitProcedure.NAME, target))
          .flatMap(l -> definition.permits(l.state(), l, c.action(), c, s.actor()).map(t -> t.to()));
    }

    // ---- invariants

    private void checkInvariants() {
      for (CenterId c : CENTERS) {
        List<MoveOut> outs = storage.moveOuts().all(c);
        List<RenewalVisit> watches = storage.renewalVisits().all(c);
        for (MoveIn m : storage.moveIns().all(c)) {
          List<MoveOut> all = outs.stream().filter(o -> o.moveIn().equals(m.id())).toList();
          // a move-out called off is history: the client stayed, and may give notice again
          List<MoveOut> ofIt = all.stream().filter(o -> o.state() != MoveOutState.CALLED_OFF).toList();
          List<RenewalVisit> watched = watches.stream().filter(l -> l.moveIn().equals(m.id())).toList();
          assertTrue(ofIt.size() <= 1 && watched.size() <= 1, "MO-1.1 one move-out and one lease watch per move-in " + m.id() + log.trace());
          assertEquals(m.state() == MoveInState.COMPLETED, watched.size() == 1, "MO-1.1 a completed move-in's lease is watched " + m.id() + log.trace());
          assertTrue(all.isEmpty() || m.state() == MoveInState.COMPLETED, "MO-1.1 a move-out ends a completed move-in" + log.trace());
          boolean leaving = ofIt.size() == 1 && !ofIt.get(0).vacated();
          boolean left = ofIt.size() == 1 && ofIt.get(0).vacated();
          watched.forEach(l -> assertEquals(leaving, l.state() == RenewalVisitState.LEAVING,
              "MO-1.1 the watch is leaving exactly while a move-out is open and the client has not left " + l.id() + log.trace()));
          watched.forEach(l -> assertEquals(left, l.state() == RenewalVisitState.ENDED,
              "MO-3.3 the watch has ended exactly when the client left " + l.id() + log.trace()));
          assertEquals(storage.moveOuts().ofMoveIn(c, m.id()), all, log.trace());
          assertEquals(storage.renewalVisits().ofMoveIn(c, m.id()), watched, log.trace());
        }
        for (MoveOut o : outs) {
          String where = o.id() + " " + o.state() + log.trace();
          aMovedOutTenantHoldsNoKey(c, o, where);
          theFormsFollowTheRecord(o, where);
          theTrailAndAgendaFollowTheCase(c, MoveOutProcedure.NAME, o.id().value(), o.version(), o.state().name(),
              o.state() == MoveOutState.COMPLETED || o.state() == MoveOutState.CALLED_OFF, where);
        }
        for (RenewalVisit l : watches) {
          theTrailAndAgendaFollowTheCase(c, RenewalVisitProcedure.NAME, l.id().value(), l.version(), l.state().name(),
              l.state() == RenewalVisitState.LEAVING || l.state() == RenewalVisitState.ENDED, l.id() + log.trace());
          if (l.state() == RenewalVisitState.WATCHED) {
            AgendaItem visit = storage.agenda().forCase(c, RenewalVisitProcedure.NAME, l.id().value()).get(0);
            assertEquals(l.visitDue().atStartOfDay(BusinessCenter.DEFAULT_ZONE).toInstant(), visit.availableFrom(),
                "MO-1.1 the visit stands on the agenda from its day " + l.id() + log.trace());
            assertTrue(!l.visitDue().plusMonths(2).isAfter(l.leaseExpiry()), "MO-1.1 at least two months ahead " + l.id());
          }
        }
        tenancyAndTheRegisterAgree(c, outs);
        for (TenantId t : TENANTS) {
          assertEquals(outs.stream().filter(o -> o.tenant().equals(t)).toList(), storage.moveOuts().ofTenant(c, t), log.trace());
          assertEquals(watches.stream().filter(l -> l.tenant().equals(t)).toList(), storage.renewalVisits().ofTenant(c, t), log.trace());
        }
      }
      assertEquals(renewalsExpected, renewals.stream().map(Renewal::id).collect(Collectors.toCollection(LinkedHashSet::new)),
          "MO-1.1 every renewal reached contract signing, under its stable id" + log.trace());
    }

    /** MO-3.3, KY-2.4: a tenant that left holds no key of its units; what it lost is on its statement as the register charged it. */
    private void aMovedOutTenantHoldsNoKey(CenterId c, MoveOut o, String where) {
      if (!o.vacated()) {
        return;
      }
      List<Key> held = storage.keys().heldBy(c, Holder.tenant(o.tenant())).stream().filter(k -> o.units().contains(k.lock().room())).toList();
      assertEquals(List.of(), held, "MO-3.3 a moved-out tenant holds no key of its units " + where);
      List<KeyCompensation> lost = new ArrayList<>();
      for (RoomId unit : o.units()) {
        for (Key k : storage.keys().ofRoom(c, unit)) {
          Money charged = k.charges().stream().filter(ch -> ch.kind() == ChargeKind.COMPENSATION && ch.payer().equals(o.tenant())
              && !ch.at().isBefore(o.openedAt())).map(ch -> ch.amount()).reduce(Money.ZERO, Money::plus);
          if (k.lostBy().flatMap(Holder::tenant).filter(o.tenant()::equals).isPresent() && !charged.isZero()) {
            lost.add(new KeyCompensation(k.id().value(), unit, k.category() == KeyCategory.OFFICE_DOOR ? KeyKind.DOOR : KeyKind.FURNITURE, charged));
          }
        }
      }
      // keys lost after the client left are not on the statement it was given when it left
      assertTrue(lost.containsAll(o.lostKeys()), "KY-2.4 the lost keys as the register charged them " + lost + " " + where);
      Money total = o.compensations().stream().map(Compensation::amount).reduce(Money.ZERO, Money::plus);
      total = o.lostKeys().stream().map(KeyCompensation::amount).reduce(total, Money::plus);
      assertEquals(total, o.totalCharges(), "MO-2.3 KY-2.4 the statement adds up, exact CNY " + where);
    }

    private static void theFormsFollowTheRecord(MoveOut o, String where) {
      if (o.state() == MoveOutState.CALLED_OFF) {
        // called off at any step: what was recorded before stands as it was recorded
        return;
      }
      if (o.state().compareTo(MoveOutState.INVENTORIED) >= 0) {
        assertEquals(Set.copyOf(o.acceptanceRecord()), o.inventory().stream().map(InventoryLine::item).collect(Collectors.toSet()),
            "MO-2.1 the inventory accounts for the acceptance record " + where);
      }
      if (o.state().compareTo(MoveOutState.METER_READ) >= 0) {
        assertEquals(List.of(Department.ENGINEERING, Department.SERVICE), o.readingCopies(), "MO-2.2 in duplicate " + where);
      }
      if (o.state().compareTo(MoveOutState.DAMAGE_ASSESSED) >= 0) {
        assertEquals(Set.copyOf(o.damagedItems()), o.compensations().stream().map(Compensation::item).collect(Collectors.toSet()),
            "MO-2.3 each damaged item assessed, nothing else " + where);
      }
    }

    /** KY-2.1, MO-3.2: who occupies which unit is the same for tenancy, the key register and the directory. */
    private void tenancyAndTheRegisterAgree(CenterId c, List<MoveOut> outs) {
      Set<MoveInId> vacated = outs.stream().filter(MoveOut::vacated).map(MoveOut::moveIn).collect(Collectors.toSet());
      Set<MoveInId> gone = outs.stream().filter(o -> o.state() == MoveOutState.COMPLETED).map(MoveOut::moveIn).collect(Collectors.toSet());
      List<MoveIn> all = storage.moveIns().all(c);
      for (TenantId t : TENANTS) {
        Set<RoomId> occupied = all.stream().filter(m -> m.tenant().equals(t) && m.keyHandoverReached() && !vacated.contains(m.id()))
            .flatMap(m -> m.units().stream()).collect(Collectors.toSet());
        assertEquals(occupied, center.tenancy().occupancy(c, t).rooms(), "KY-2.1 the units " + t + " occupies" + log.trace());
        for (Key k : storage.keys().heldBy(c, Holder.tenant(t))) {
          assertTrue(k.lock().room() == null || occupied.contains(k.lock().room()) || !vacated.isEmpty(),
              "a tenant holds keys of the units it occupies " + k.id() + log.trace());
        }
      }
      Set<String> listed = center.tenancy().directory(MoveInJourney.staff(c).get(0), c).get().entries().stream()
          .map(e -> e.unit() + "/" + e.moveIn()).collect(Collectors.toSet());
      Set<String> expected = all.stream().filter(m -> m.keyHandover().isPresent() && !gone.contains(m.id()))
          .flatMap(m -> m.units().stream().map(u -> u + "/" + m.id())).collect(Collectors.toSet());
      assertEquals(expected, listed, "MO-3.2 the directory lists a unit until the move-out updates it" + log.trace());
    }

    private void theTrailAndAgendaFollowTheCase(CenterId c, String procedure, String id, long version, String state, boolean closed, String where) {
      List<AuditEntry> trail = storage.eventLog().trail(c, procedure, id);
      assertEquals(version, trail.size(), "GS-6 one audit entry per version " + where);
      assertEquals(state, trail.get(trail.size() - 1).to(), where);
      List<AgendaItem> agenda = storage.agenda().forCase(c, procedure, id);
      assertEquals(closed, agenda.isEmpty(), "GS-7 a live case owes something, a closed one nothing " + where);
    }

    private static CommandId commandId(SplittableRandom random) {
      return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... values) {
      return values[random.nextInt(values.length)];
    }
  }
}
