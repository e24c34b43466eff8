package io.bizcenter.testkit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractPolicy;
import io.bizcenter.core.contracts.ContractProcedure;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.Delivery;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.RelatedContracts;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.testkit.check.CommandJudge;
import io.bizcenter.testkit.ContractCommands;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.StepSequences;
import io.bizcenter.testkit.check.Step;
import io.bizcenter.testkit.check.StepLog;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property test of contract signing: random sequences of commands (mostly a step the declaration offers some
 * seat on some contract, else well-formed commands from anyone, repeats and arbitrary input) run against a fresh
 * in-memory business center of two centers. After every step the invariants must hold: the signatures present are
 * always a prefix of the chain and nobody signed two steps the policy keeps apart; an issued contract has every
 * signature and every document its tenant owes; the audit trail, deliveries, payment notice and agenda agree with the
 * state; and what each seat is offered is what the declaration permits. A rejected command changes nothing, no
 * exception escapes, and a well-formed command is rejected exactly when the declaration (with the cross-contract rules
 * of {@link RelatedContracts}) says so. On failure QuickTheories shrinks the sequence and prints its seed (rerun with
 * {@code -DQT_SEED=<seed>}).
 */
class ContractProcedurePropertiesTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final CenterId PLAZA = CenterId.of("yy-plaza");
  private static final List<CenterId> CENTERS = List.of(TOWER, PLAZA);
  private static final ContractPolicy POLICY = ContractPolicy.defaults();

  /** Repeats, arbitrary input, then mostly an action the declaration offers some seat, so that sequences get deep. */
  private static final Gen<List<Step>> SEQUENCES = StepSequences.of(new Step.Mix(6, 14, 14, 25), 120);

  /** Which states the sequences reached: a property that never reaches a state proves nothing about it. */
  private static final Set<ContractState> REACHED = EnumSet.noneOf(ContractState.class);

  @Test
  @DisplayName("GS-2 GS-3 GS-5 GS-6 GS-7 CS-1.1 CS-2.1 CS-2.2 CS-2.3 CS-2.4 CS-3.1 CS-4.1 CS-5.1 CS-5.2 random command sequences keep every invariant of contract signing")
  void randomSequencesKeepTheInvariants() {
    qt().withExamples(150).withShrinkCycles(500).forAll(SEQUENCES).checkAssert(steps -> new Run().play(steps));
    assertEquals(EnumSet.allOf(ContractState.class), REACHED, "every state was visited by some sequence");
  }

  /** One business center and everything the test knows about it. */
  private static final class Run {
    private final InMemoryCenter parts = new InMemoryCenter(Instant.parse("2026-05-01T01:00:00Z"), "K");
    private final ManualClock clock = parts.clock();
    private final InMemoryStorage storage = parts.storage();
    private final BusinessCenter center = parts.builder().build();
    private final List<ContractId> known = new ArrayList<>();
    private final Map<CenterId, List<ContractId>> leases = new HashMap<>(Map.of(TOWER, new ArrayList<>(), PLAZA, new ArrayList<>()));
    private final List<Sent> sent = new ArrayList<>();
    private final StepLog log = new StepLog();
    private final CommandJudge<Contract> judge = new CommandJudge<>(parts.ids(), () -> parts.snapshot(CENTERS), log);

    /** A command as sent, remembering whether it was well-formed (only those have an oracle). */
    record Sent(ContractCommand command, Actor actor, boolean arbitrary) {}

    void play(List<Step> steps) {
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        // the position is mixed in, and split() gives each step its own gamma: shrinking makes equal seeds, and two
        // steps must not draw the same command id (nor one step the next one's, as one shared gamma would)
        SplittableRandom random = new SplittableRandom(step.seed() ^ (0xD1B54A32D192ED03L * (i + 1))).split();
        clock.advance(Duration.ofMinutes(random.nextInt(600)));
        perform(choose(step, random), random);
      }
    }

    private Sent choose(Step step, SplittableRandom random) {
      if (step.repeatsAnEarlierCommand() && !sent.isEmpty()) {
        return sent.get(random.nextInt(sent.size()));
      }
      if (step.arbitrary()) {
        return new Sent(ContractCommands.arbitrary(random, CENTERS, known), ContractCommands.actor(random, CENTERS), true);
      }
      List<Contract> open = contracts().stream().filter(c -> !ContractProcedure.DEFINITION.isFinal(c.state())).toList();
      if (step.offered() && !open.isEmpty()) {
        // the most advanced contract more often than not, so that sequences reach the tenant file
        Contract on = random.nextInt(3) > 0 ? open.stream().max(Comparator.comparingLong(Contract::version)).orElseThrow()
            : open.get(random.nextInt(open.size()));
        List<Actor> seats = ContractCommands.everySeat(on.center(), person(random));
        List<Offer> offers = new ArrayList<>();
        for (Actor seat : seats) {
          center.contracts().availableActions(seat, on.center(), on.id()).get().forEach(a -> offers.add(new Offer(seat, a)));
        }
        if (!offers.isEmpty()) {
          Offer offer = weighted(random, offers);
          return new Sent(ContractCommands.wellFormedFor(random, on, offer.action(), leases.get(on.center())), offer.actor(), false);
        }
      }
      Actor actor = ContractCommands.actor(random, CENTERS);
      List<Contract> all = contracts();
      if (all.isEmpty() || random.nextInt(3) == 0) {
        CenterId where = CENTERS.get(random.nextInt(CENTERS.size()));
        Actor drafter = random.nextInt(3) > 0 ? Actor.of("ops-" + random.nextInt(2), actor.role(), io.bizcenter.core.kernel.Department.OPERATIONS, where)
            : actor;
        return new Sent(ContractCommands.draft(random, where, leases.get(where)), drafter, false);
      }
      Contract on = all.get(random.nextInt(all.size()));
      ContractAction action = ContractAction.values()[1 + random.nextInt(ContractAction.values().length - 1)];
      return new Sent(ContractCommands.wellFormedFor(random, on, action, leases.get(on.center())), actor, false);
    }

    record Offer(Actor actor, ContractAction action) {}

    /** Mostly one of two regular crews; now and then the crew where one manager acts for four departments. */
    private static String person(SplittableRandom random) {
      return random.nextInt(4) == 0 ? "acting" : "p" + random.nextInt(2);
    }

    /** Forward steps weigh more than ways back or out, so that sequences go deep; every offer keeps some chance. */
    private static Offer weighted(SplittableRandom random, List<Offer> offers) {
      int[] weights = offers.stream().mapToInt(o -> switch (o.action()) {
        case ABANDON -> 1;
        case RETURN_FOR_REVISION, RETURN_PAYMENT_NOTICE, RECORD_DEVIATION, WITHDRAW_DEVIATION -> 3;
        default -> 20;
      }).toArray();
      int roll = random.nextInt(java.util.Arrays.stream(weights).sum());
      for (int i = 0; i < offers.size(); i++) {
        roll -= weights[i];
        if (roll < 0) {
          return offers.get(i);
        }
      }
      return offers.get(offers.size() - 1);
    }

    private void perform(Sent s, SplittableRandom random) {
      Either<Rejection, Contract> answer = judge.judge(s.command(), s.actor(), s.arbitrary(),
          () -> center.contracts().handle(s.command(), s.actor()), () -> oracle(s), Contract::state).answer();
      if (answer.isRight()) {
        Contract after = answer.get();
        REACHED.add(after.state());
        if (!known.contains(after.id())) {
          known.add(after.id());
          if (after.isLease()) {
            leases.get(after.center()).add(after.id());
          }
        }
        offersAgreeWithTheDeclaration(storage.contracts().find(after.center(), after.id().value()).get(), random);
      }
      sent.add(s);
      checkInvariants();
    }

    /** What the declaration, and the rules that look at a lease's other contracts, say about a well-formed command. */
    private Either<Rejection, ContractState> oracle(Sent s) {
      ContractCommand c = s.command();
      ContractAction action = c.action();
      if (!(c instanceof ContractCommand.OnContract on)) {
        if (!s.actor().worksFor(c.center())) {
          return Either.left(new Rejection.NotInYourCenter(c.center()));
        }
        ContractCommand.DraftContract draft = (ContractCommand.DraftContract) c;
        return ContractProcedure.DEFINITION.checkOpening(action, s.actor())
            .flatMap(t -> refusal(RelatedContracts.linkRefused(draft, id -> storage.contracts().find(c.center(), id.value()))).map(ok -> t.to()));
      }
      String target = on.contractId().value();
      if (!s.actor().worksFor(c.center())) {
        return Either.left(new Rejection.CaseNotFound("contracts", target));
      }
      return storage.contracts().find(c.center(), target)
          .toEither(() -> (Rejection) new Rejection.CaseNotFound("contracts", target))
          .flatMap(current -> ContractProcedure.DEFINITION.permits(current.state(), current, action, c, s.actor(),
              () -> storage.eventLog().trail(c.center(), "contracts", target)))
          .flatMap(t -> coversTheLease(c)
              .map(clause -> refusal(RelatedContracts.unsettled(storage.contracts().relatedTo(c.center(), on.contractId()), clause)))
              .getOrElse(Either.right("")).map(ok -> t.to()));
    }

    private static Option<Clause> coversTheLease(ContractCommand c) {
      return c instanceof ContractCommand.DraftPaymentNotice ? Option.of(Clause.of("CS-5.1"))
          : c instanceof ContractCommand.BuildTenantFile ? Option.of(Clause.of("CS-5.2")) : Option.none();
    }

    private static Either<Rejection, String> refusal(Option<Rejection.RuleBroken> broken) {
      return broken.isDefined() ? Either.left(broken.get()) : Either.right("");
    }

    /**
     * GS-3: for every seat and every action, what the desk offers is what the declaration permits: exactly, for a step
     * whose guards need no command (the chain's turns included); for the others, never more than the seat may take.
     */
    private void offersAgreeWithTheDeclaration(Contract c, SplittableRandom random) {
      for (Actor seat : ContractCommands.everySeat(c.center(), person(random))) {
        List<ContractAction> offered = center.contracts().availableActions(seat, c.center(), c.id()).get();
        for (ContractAction action : ContractAction.values()) {
          Optional<Transition<ContractState, ContractAction, Contract, ContractCommand>> step =
              ContractProcedure.DEFINITION.step(Optional.of(c.state()), action).toJavaOptional();
          String where = c.id() + " " + c.state() + " " + action + " for " + seat.role() + "/" + seat.department() + log.trace();
          if (step.isEmpty()) {
            assertFalse(offered.contains(action), where);
          } else if (step.get().guards().stream().noneMatch(Guard::readsCommand)) {
            ContractCommand command = ContractCommands.wellFormedFor(random, c, action, leases.get(c.center()));
            assertEquals(ContractProcedure.DEFINITION.permits(c.state(), c, action, command, seat,
                () -> storage.eventLog().trail(c.center(), "contracts", c.id().value())).isRight(), offered.contains(action), where);
          } else if (offered.contains(action)) {
            assertTrue(ContractProcedure.DEFINITION.check(c.state(), action, seat).isRight(), where);
          }
        }
      }
    }

    private List<Contract> contracts() {
      List<Contract> all = new ArrayList<>();
      CENTERS.forEach(c -> all.addAll(storage.contracts().all(c)));
      return all;
    }

    private void checkInvariants() {
      for (Contract c : contracts()) {
        String where = c.id() + "@" + c.center() + " " + c.state() + log.trace();
        List<AuditEntry> trail = storage.eventLog().trail(c.center(), "contracts", c.id().value());
        // GS-6: one audit entry per accepted decision, in order, and the contract is where its trail says
        assertEquals(c.version(), trail.size(), "one audit entry per version " + where);
        assertEquals(c.state().name(), trail.get(trail.size() - 1).to(), where);
        for (int i = 0; i < trail.size(); i++) {
          assertEquals(i == 0 ? null : trail.get(i - 1).to(), trail.get(i).from().orElse(null), "the trail is a chain " + where);
        }
        // CS-3.1: the signatures present are always a prefix of the chain, and nobody signed two steps kept apart
        assertTrue(c.chain().isPrefix(c.signatures()), "signatures are a prefix of the chain " + c.signatures() + where);
        for (int i = 0; i < c.signatures().size(); i++) {
          for (int j = i + 1; j < c.signatures().size(); j++) {
            ApprovalChain.Signature one = c.signatures().get(i);
            ApprovalChain.Signature other = c.signatures().get(j);
            assertTrue(!one.staff().equals(other.staff()) || c.chain().mayShare(one.capacity(), other.capacity()), "nobody signs twice " + where);
          }
          assertTrue(c.chain().steps().get(i).seat().admits(
              new Actor(c.signatures().get(i).staff(), c.signatures().get(i).role(), c.signatures().get(i).department(), Set.of(c.center()))),
              "each step signed from its seat " + where);
        }
        Set<ContractState> issuedStates = EnumSet.of(ContractState.ISSUED, ContractState.PAYMENT_NOTICE_DRAFTED, ContractState.PAYMENT_NOTICE_REVIEWED,
            ContractState.PAYMENT_NOTICE_STAMPED, ContractState.PAYMENT_NOTICE_SIGNED_FOR, ContractState.CLOSED);
        assertEquals(issuedStates.contains(c.state()), c.isIssued(), where);
        // CS-4.1 with CS-2.2 to CS-2.4: an issued contract has every signature and every document its tenant owes
        if (c.isIssued()) {
          assertEquals(Optional.empty(), c.dueStep(), "every step signed " + where);
          assertEquals(c.chain().steps().size(), c.signatures().size(), where);
          assertTrue(c.tenantSignature().isPresent(), where);
          assertFalse(c.requiredDocuments().isEmpty(), where);
          assertTrue(c.tenantSignature().get().documents().containsAll(c.requiredDocuments()), "every document " + where);
          assertTrue(c.tenantType().signsAs(c.tenantSignature().get().signatory().capacity()), where);
          assertEquals(c.originals().count(), c.deliveries().stream().mapToInt(Delivery::originals).sum(), "every original goes somewhere " + where);
        }
        // CS-1.1: a printed contract had every deviation confirmed or withdrawn
        if (c.printedAt().isPresent()) {
          assertEquals(List.of(), c.unsettledDeviations(), where);
        }
        assertEquals(c.state() == ContractState.IN_REVIEW || c.isIssued(), c.tenantSignature().isPresent() && c.state() != ContractState.ABANDONED, where);
        // CS-4.1, CS-5.1, CS-5.2: how a contract closes
        if (c.state() == ContractState.CLOSED) {
          assertEquals(List.of(), c.pendingDeliveries(), where);
          if (c.isLease()) {
            assertTrue(c.tenantFile().isPresent() && c.paymentNotice().flatMap(PaymentNotice::signedFor).isPresent(), where);
            assertEquals(c.id(), c.tenantFile().get().copies().get(0).contract(), "the lease's copy first " + where);
          } else {
            assertTrue(c.photocopyFiled().isPresent(), where);
          }
        }
        boolean noticeStates = c.state().name().startsWith("PAYMENT_NOTICE_") || (c.state() == ContractState.CLOSED && c.isLease());
        assertEquals(noticeStates, c.paymentNotice().isPresent(), where);
        c.paymentNotice().ifPresent(n -> {
          assertEquals(n.total(), n.items().stream().map(PaymentNotice.Item::amount).reduce(Money.ZERO, Money::plus), "the total is the sum, to the fen " + where);
          assertEquals(c.id(), n.items().get(0).contract(), "the lease's own amounts come first " + where);
        });
        // CS-5.1: a related contract belongs to a lease of the same tenant in the same center
        c.lease().ifPresent(l -> {
          Contract lease = storage.contracts().find(c.center(), l.value()).get();
          assertTrue(lease.isLease() && lease.tenant().equals(c.tenant()), where);
        });
        // GS-7: nothing owed on a closed or dropped contract; in review, the signature is owed to the seat due only
        List<AgendaItem> agenda = storage.agenda().forCase(c.center(), "contracts", c.id().value());
        if (ContractProcedure.DEFINITION.isFinal(c.state())) {
          assertEquals(List.of(), agenda, where);
        } else {
          Instant due = POLICY.timeAllowed(c.state()).dueFrom(c.stateEnteredAt(), BusinessCenter.DEFAULT_ZONE);
          assertTrue(agenda.stream().allMatch(i -> i.dueAt().equals(due) && i.state().equals(c.state().name())), where);
          assertTrue(agenda.stream().noneMatch(i -> i.actions().contains(ContractAction.ABANDON.name())), where);
        }
        if (c.state() == ContractState.IN_REVIEW) {
          assertEquals(c.dueStep().map(s -> List.of(s.seat())).orElse(List.of()),
              agenda.stream().filter(i -> i.actions().contains(ContractAction.SIGN.name())).map(AgendaItem::seat).toList(), where);
        }
      }
    }

  }
}
