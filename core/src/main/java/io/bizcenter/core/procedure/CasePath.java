package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CommandExpired;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.LogContext;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.ReceiptAndCase;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every command takes: check the input, then inside one transaction look for an
 * earlier answer, load the case of the actor's center, ask the declaration whether the step is allowed, decide
 * purely, and save the case, its audit entry, its notices, its agenda and the receipt together. A concurrent
 * change answers a conflict, and the command is recomputed from the fresh case a bounded number of times.
 */
public final class CasePath<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command> {
  private static final Logger LOG = LoggerFactory.getLogger(CasePath.class);

  private final ProcedureRules<S, A, C, M> rules;
  private final ProcedureDefinition<S, A, C, M> definition;
  private final CaseStore<C> store;
  private final DeskPorts ports;

  public CasePath(ProcedureRules<S, A, C, M> rules, CaseStore<C> store, DeskPorts ports) {
    this.rules = rules;
    this.definition = rules.definition();
    this.store = store;
    this.ports = ports;
  }

  public ProcedureDefinition<S, A, C, M> definition() {
    return definition;
  }

  /** What a case of this procedure owes the agenda, under the center's policies (GS-7): the duties the path writes. */
  public Duties<C> duties() {
    return rules.duties();
  }

  /**
   * Carries out one command for one actor: the case after it, or why not. The command's center, procedure, command id
   * and case are in the MDC ({@link LogContext}) while it runs, when the library logs at INFO, and the {@link Listener}
   * hears how it ended.
   */
  public Either<Rejection, C> handle(M command, Actor actor) {
    // nobody listening is the usual case: then nothing is built for a listener
    boolean listened = ports.listener() != Listener.NONE;
    Object started = listened ? heard(() -> ports.listener().started(command, actor), null) : null;
    Attempts attempts = new Attempts();
    Either<Rejection, C> answer;
    // the MDC while the library writes its per-command INFO lines (a vendor's pattern ties them to the case)
    try (LogContext context = LogContext.openIf(LOG.isInfoEnabled()).put(LogContext.PROCEDURE, definition.name())) {
      if (command != null) {
        context.put(LogContext.CENTER, command.center() == null ? null : command.center().value())
            .put(LogContext.COMMAND, command.commandId() == null ? null : command.commandId().value());
      }
      answer = checkInput(command, actor).flatMap(valid -> {
        attempts.action = definition.actionOf(command).name();
        attempts.target = target(command).getOrNull();
        context.put(LogContext.CASE, attempts.target);
        if (!actor.worksFor(command.center())) {
          // another center's case is answered exactly as an unknown id: nothing about it leaks
          return Either.left(target(command)
              .<Rejection>map(id -> new Rejection.CaseNotFound(definition.name(), id))
              .getOrElse(() -> new Rejection.NotInYourCenter(command.center())));
        }
        return withRetries(command, actor, attempts);
      });
      if (answer.isLeft() && LOG.isDebugEnabled()) {
        // the id of a refused command is whatever the front end sent: escaped and bounded, never raw (LogText)
        LOG.debug("{} command {} rejected: {} [{}]", definition.name(),
            LogText.of(command == null || command.commandId() == null ? null : command.commandId().value()), answer.getLeft().code(),
            answer.getLeft().clause());
      }
    }
    if (listened) {
      Listener.Decided decided = decided(command, answer, attempts);
      heard(() -> {
        ports.listener().decided(decided, started);
        return null;
      }, null);
    }
    return answer;
  }

  /** How the command ended, as the listener hears it. */
  private Listener.Decided decided(M command, Either<Rejection, C> answer, Attempts attempts) {
    if (command == null) {
      return new Listener.Decided(null, definition.name(), null, null, Listener.Outcome.REJECTED, Optional.empty(),
          Optional.of(answer.getLeft().code()), 0);
    }
    // input refused before its action was known is named by the command's type
    String action = attempts.action != null ? attempts.action : command.getClass().getSimpleName();
    Listener.Outcome outcome = answer.isLeft() ? Listener.Outcome.REJECTED
        : attempts.repeated ? Listener.Outcome.REPEATED : Listener.Outcome.ACCEPTED;
    return new Listener.Decided(command.center(), definition.name(), action, command.commandId(), outcome,
        answer.isRight() ? Optional.of(answer.get().id().value()) : Optional.ofNullable(attempts.target),
        answer.isLeft() ? Optional.of(answer.getLeft().code()) : Optional.empty(), attempts.conflicts);
  }

  /** What happened on the way to one command's answer, for the listener. */
  private static final class Attempts {
    private String action;
    private String target;
    private int conflicts;
    private boolean repeated;
  }

  /** Asks the listener; whatever it throws is logged with its cause and changes no answer (the command stands). */
  private static <T> T heard(Supplier<T> telling, T otherwise) {
    try {
      return telling.get();
    } catch (RuntimeException e) {
      LOG.warn("the listener failed", e);
      return otherwise;
    }
  }

  /**
   * The case, if the actor works for its center and its seat is among the procedure's readers (GS-5); a seat of the
   * center that is not answers {@code NOT_A_READER} and sees nothing of it, personal data included.
   */
  public Either<Rejection, C> find(Actor actor, CenterId center, String caseId) {
    if (actor == null || !actor.worksFor(center) || caseId == null) {
      return Either.left(new Rejection.CaseNotFound(definition.name(), caseId));
    }
    return store.find(center, caseId)
        .toEither(() -> (Rejection) new Rejection.CaseNotFound(definition.name(), caseId))
        .flatMap(c -> definition.readBy(c, actor));
  }

  /** Those of {@code cases} this actor may read (GS-5), in their order: a list shows a seat only what it may open. */
  public List<C> readable(Actor actor, List<C> cases) {
    return cases.stream().filter(c -> definition.mayRead(c, actor)).toList();
  }

  /**
   * What this actor may do on the case now (GS-3). It carries nothing of the case, so a seat that is not a reader is not
   * refused but told it may do nothing: a step open to any seat whose guard needs the command to judge (an internal use's
   * withdrawal) would otherwise show it a button it cannot use.
   */
  public Either<Rejection, List<A>> availableActions(Actor actor, CenterId center, String caseId) {
    if (actor == null || !actor.worksFor(center) || caseId == null) {
      return Either.left(new Rejection.CaseNotFound(definition.name(), caseId));
    }
    return store.find(center, caseId)
        .toEither(() -> (Rejection) new Rejection.CaseNotFound(definition.name(), caseId))
        .map(c -> definition.mayRead(c, actor)
            ? definition.availableActions(c.state(), c, actor, () -> ports.eventLog().trail(center, definition.name(), caseId))
            : List.of());
  }

  /** The case's audit trail (GS-6), for an actor of its center. */
  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, String caseId) {
    return find(actor, center, caseId).map(c -> ports.eventLog().trail(center, definition.name(), caseId));
  }

  private Either<Rejection, C> withRetries(M command, Actor actor, Attempts attempts) {
    for (int attempt = 1; ; attempt++) {
      attempts.repeated = false;
      Either<Rejection, C> answer = ports.transactions().inTransaction(() -> once(command, actor, attempts));
      if (answer.isLeft() && answer.getLeft() instanceof Rejection.VersionConflict) {
        attempts.conflicts++;
      }
      if (attempt < ports.attempts() && answer.isLeft() && answer.getLeft() instanceof Rejection.VersionConflict) {
        LOG.debug("{} command {}: concurrent change, deciding again (attempt {})", definition.name(), LogText.of(command.commandId().value()),
            attempt + 1);
        continue;
      }
      return answer;
    }
  }

  private Either<Rejection, C> once(M command, Actor actor, Attempts attempts) {
    definition.exclusiveTo(command).forEach(resource -> ports.transactions().exclusive(command.center(), resource));
    // the receipt and the case in one read: a database answers both in one round trip
    Option<String> target = target(command);
    ReceiptAndCase<C> read = target.isEmpty()
        ? new ReceiptAndCase<C>(ports.receipts().find(command.center(), command.commandId()), Option.<C>none())
        : store.withReceipt(ports.receipts(), command.center(), command.commandId(), target.get());
    if (read.receipt().isDefined()) {
      attempts.repeated = true;
      return replay(read.receipt().get(), command, actor);
    }
    Either<Rejection, C> answer = decide(command, actor, target, read.current());
    if (answer.isLeft()) {
      // a store that is not serialised (JDBC, read committed) may have let another node commit this very command
      // between the receipt check and the case read: the case moved on, so look for its receipt once more
      Option<Receipt> meanwhile = ports.receipts().find(command.center(), command.commandId());
      if (meanwhile.isDefined()) {
        attempts.repeated = true;
        return replay(meanwhile.get(), command, actor);
      }
    }
    return answer;
  }

  /**
   * The step, decided on {@code found}: the case {@code target} names, as read with its receipt (no target and no case
   * for an opening).
   */
  private Either<Rejection, C> decide(M command, Actor actor, Option<String> target, Option<C> found) {
    A action = definition.actionOf(command);
    Instant reading = ports.clock().instant();
    if (!TimeRange.isReading(reading)) {
      return Either.left(new Rejection.TimeNotKnown(command.center(), "clock " + reading));
    }
    ZoneId zone = ports.zones().apply(command.center());
    if (zone == null) {
      return Either.left(new Rejection.TimeNotKnown(command.center(), "zone"));
    }
    // microseconds: what PostgreSQL keeps, so a time read back from any store equals the one decided with
    Instant now = reading.truncatedTo(ChronoUnit.MICROS);
    if (target.isEmpty()) {
      return definition.permitsOpening(action, command, actor).flatMap(t -> {
        String id = ports.ids().next();
        Step<S> step = new Step<>(id, command.center(), actor, now, Optional.empty(), t.to(), t.clause(), rules.policy(command.center()));
        Option<Rejection> refused = definition.checkAt(t, null, command, step);
        if (refused.isDefined()) {
          return Either.left(refused.get());
        }
        return commit(Optional.empty(), t, t.decision().decide(null, command, step), step, command, zone);
      });
    }
    return found
        .toEither(() -> (Rejection) new Rejection.CaseNotFound(definition.name(), target.get()))
        // separation of duties: who took the earlier steps is read off the trail, in this transaction, for such a step only
        .flatMap(current -> definition.permits(current.state(), current, action, command, actor,
            () -> ports.eventLog().trail(command.center(), definition.name(), target.get())).flatMap(t -> {
          // a clock behind the case's last step (a node whose clock lags another's) never puts the trail out of order
          Instant at = now.isBefore(current.stateEnteredAt()) ? current.stateEnteredAt() : now;
          Step<S> step = new Step<>(target.get(), command.center(), actor, at, Optional.of(current.state()), t.to(), t.clause(), rules.policy(command.center()));
          Option<Rejection> refused = definition.checkAt(t, current, command, step);
          if (refused.isDefined()) {
            return Either.left(refused.get());
          }
          return commit(Optional.of(current), t, t.decision().decide(current, command, step), step, command, zone);
        }));
  }

  private Either<Rejection, C> replay(Receipt receipt, M command, Actor actor) {
    // only the first sender, in the same seat, gets the first answer back; anyone else learns nothing of it
    boolean same = receipt.sentBy(actor)
        && receipt.procedure().equals(definition.name())
        && receipt.action().equals(definition.actionOf(command).name())
        && target(command).map(receipt.caseId()::equals).getOrElse(true)
        && rules.caseType().isInstance(receipt.answer());
    if (receipt.pruned()) {
      // past the idempotency window: the answer is gone, and deciding again would do the command twice
      return receipt.sentBy(actor) ? Either.left(new CommandExpired(command.commandId()))
          : Either.left(new Rejection.CommandIdReused(command.commandId()));
    }
    return same
        ? Either.right(rules.caseType().cast(receipt.answer()))
        : Either.left(new Rejection.CommandIdReused(command.commandId()));
  }

  private Either<Rejection, C> commit(Optional<C> current, Transition<S, A, C, M> t, Decision<C> decision, Step<S> step, M command,
      ZoneId zone) {
    C next = decision.state().advancedTo(t.to(), step.at(), step.policy());
    if (!next.id().value().equals(step.caseId()) || !next.center().equals(step.center())) {
      throw new IllegalStateException(definition.name() + " decision changed the identity of case " + step.caseId());
    }
    long expected = current.map(Case::version).orElse(0L);
    return store.save(next, expected).<Rejection>mapLeft(conflict -> conflict).map(saved -> {
      // most decisions send no notice: no stream for them
      List<OutboxNotice> notices = decision.notices().isEmpty() ? List.of() : decision.notices().stream()
          .map(n -> OutboxNotice.fresh(new NoticeId(ports.ids().next()), step.center(), definition.name(), step.caseId(), n, step.at()))
          .toList();
      Actor actor = step.actor();
      ports.eventLog().append(new AuditEntry(step.center(), definition.name(), step.caseId(), saved.version(), command.commandId(),
          actor.staff(), actor.role(), actor.department(), step.at(), t.action().name(), t.clause(), step.policy(),
          step.from().map(Enum::name), t.to().name(), decision.events(), notices));
      ports.agenda().replace(step.center(), definition.name(), step.caseId(), rules.duties().owed(saved, zone));
      ports.receipts().record(new Receipt(step.center(), command.commandId(), definition.name(), step.caseId(), t.action().name(), saved,
          Receipt.Sender.of(actor), step.at()));
      if (LOG.isInfoEnabled()) {
        // nine arguments are an array and an Optional per command: not built when INFO is off
        LOG.info("{} {} {}: {} -> {} by {} ({} of {}) [{}]", definition.name(), LogText.of(step.caseId()), t.action(),
            step.from().map(Enum::name).orElse("-"), t.to(), LogText.of(actor.staff().value()), actor.role(), actor.department(), t.clause());
      }
      return saved;
    });
  }

  /** The id of the case a command acts on; none for a command that opens a case. */
  private static Option<String> target(Command command) {
    return command instanceof Command.OnCase on ? Option.of(on.caseId()) : Option.none();
  }

  private Either<Rejection, M> checkInput(M command, Actor actor) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(Field.present("command", command));
    checks.add(Field.present("actor", actor));
    if (actor != null) {
      checks.add(Field.present("actor.staff", actor.staff()).flatMap(s -> Field.id("actor.staff", s.value(), 64)));
      checks.add(Field.present("actor.role", actor.role()));
      checks.add(Field.present("actor.department", actor.department()));
      checks.add(Field.present("actor.centers", actor.centers()));
    }
    if (command != null) {
      checks.add(Field.present("commandId", command.commandId()).flatMap(id -> Field.id("commandId", id.value(), Command.COMMAND_ID_LENGTH)));
      checks.add(Field.present("center", command.center()).flatMap(c -> Field.id("center", c.value(), Command.CENTER_LENGTH)));
    }
    @SuppressWarnings("unchecked")
    Validation<Seq<FieldError>, M> common = Field.all(command, checks.toArray(Validation[]::new));
    Validation<Seq<FieldError>, M> all = command == null
        ? common
        : common.fold(
            errors -> Validation.invalid(rules.validate(command).fold(errors::appendAll, ok -> errors)),
            ok -> rules.validate(command));
    return all.toEither().mapLeft(errors -> new Rejection.InvalidInput(errors.toJavaList()));
  }
}
