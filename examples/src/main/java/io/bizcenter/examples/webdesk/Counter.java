package io.bizcenter.examples.webdesk;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.meetings.MeetingAction;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.complaints.ComplaintRecordForm;
import io.bizcenter.forms.meetings.MeetingReceptionRequestForm;
import io.bizcenter.json.ProcedureTypes;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One procedure as the web desk serves it: its declaration, its desk's questions and commands by case id as text, the
 * command record each action is asked with, and the paper form a case prints as, if any.
 *
 * @param family the procedure's sealed family of commands
 * @param commands the command record of each declared action, in the declaration's order
 * @param form the form a case prints as, from the case and its trail; empty for a procedure without a form
 */
record Counter<S extends Enum<S>, A extends Enum<A>, C extends Case<S, C>, M extends Command>(
    ProcedureDefinition<S, A, C, M> definition,
    Class<M> family,
    Map<A, Class<? extends M>> commands,
    BiFunction<M, Actor, Either<Rejection, C>> handle,
    Desk<C> find,
    Desk<List<AuditEntry>> trail,
    Desk<List<A>> availableActions,
    Function<Actor, List<A>> openingActions,
    Optional<BiFunction<C, List<AuditEntry>, Validation<Seq<FieldError>, ? extends Form>>> form) {

  /** A desk's question about one case, the id as the page sends it. */
  @FunctionalInterface
  interface Desk<T> {
    Either<Rejection, T> ask(Actor actor, CenterId center, String caseId);
  }

  String name() {
    return definition.name();
  }

  /** The command record of this procedure by its name on the wire ({@code ComplaintCommand.Triage}), if any. */
  Optional<Class<? extends M>> command(String name) {
    return commands.values().stream().filter(type -> ProcedureTypes.commandName(type).equals(name)).findFirst();
  }

  /** The command sent through the desk; a command of another procedure is bad input, not a cast failure. */
  Either<Rejection, C> submit(Command command, Actor actor) {
    if (!family.isInstance(command)) {
      return Either.left(new Rejection.InvalidInput(List.of(FieldError.of("command", FieldError.Problem.NOT_ALLOWED))));
    }
    return handle.apply(family.cast(command), actor);
  }

  /**
   * The case's paper form, filled from the case and its trail; a form that cannot be filled yet (a meeting's request
   * form before its confirmation) is {@code INVALID_INPUT} naming what is missing. Only for a procedure with a form.
   */
  Either<Rejection, Form> printed(Actor actor, CenterId center, String caseId) {
    return find.ask(actor, center, caseId).flatMap(found -> trail.ask(actor, center, caseId).flatMap(entries -> form.orElseThrow()
        .apply(found, entries)
        .<Form>map(filled -> filled)
        .toEither()
        .mapLeft(errors -> new Rejection.InvalidInput(errors.toJavaList()))));
  }

  /** Complaint handling (CP); a complaint prints as the complaint record. */
  static Counter<?, ?, ?, ?> complaints(BusinessCenter center) {
    var desk = center.complaints();
    return new Counter<>(desk.definition(), ComplaintCommand.class,
        commandsOf(desk.definition().name(), ComplaintAction.class, ComplaintCommand.class),
        desk::handle,
        (actor, tower, id) -> desk.find(actor, tower, ComplaintId.of(id)),
        (actor, tower, id) -> desk.trail(actor, tower, ComplaintId.of(id)),
        (actor, tower, id) -> desk.availableActions(actor, tower, ComplaintId.of(id)),
        desk::openingActions,
        Optional.of(ComplaintRecordForm::of));
  }

  /** Key control (KY); the source names no form for a key of its own. */
  static Counter<?, ?, ?, ?> keys(BusinessCenter center) {
    var desk = center.keys();
    return new Counter<>(desk.definition(), KeyCommand.class,
        commandsOf(desk.definition().name(), KeyAction.class, KeyCommand.class),
        desk::handle,
        (actor, tower, id) -> desk.find(actor, tower, KeyId.of(id)),
        (actor, tower, id) -> desk.trail(actor, tower, KeyId.of(id)),
        (actor, tower, id) -> desk.availableActions(actor, tower, KeyId.of(id)),
        desk::openingActions,
        Optional.empty());
  }

  /** Meeting reception (MR); a meeting prints as the Meeting Reception Service Request Form. */
  static Counter<?, ?, ?, ?> meetings(BusinessCenter center) {
    var desk = center.meetings();
    return new Counter<>(desk.definition(), MeetingCommand.class,
        commandsOf(desk.definition().name(), MeetingAction.class, MeetingCommand.class),
        desk::handle,
        (actor, tower, id) -> desk.find(actor, tower, MeetingId.of(id)),
        (actor, tower, id) -> desk.trail(actor, tower, MeetingId.of(id)),
        (actor, tower, id) -> desk.availableActions(actor, tower, MeetingId.of(id)),
        desk::openingActions,
        Optional.of(MeetingReceptionRequestForm::of));
  }

  /**
   * Which command record asks for each action, as bizcenter-json reads it off the commands themselves
   * ({@code action()}), so no second table here can disagree with them.
   */
  private static <A extends Enum<A>, M extends Command> Map<A, Class<? extends M>> commandsOf(String procedure, Class<A> actions,
      Class<M> family) {
    Map<A, Class<? extends M>> byAction = new LinkedHashMap<>();
    ProcedureTypes.of(procedure).orElseThrow().commandsByAction()
        .forEach((action, type) -> byAction.put(actions.cast(action), type.asSubclass(family)));
    return byAction;
  }
}
