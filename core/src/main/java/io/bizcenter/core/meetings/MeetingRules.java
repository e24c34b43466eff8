package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * Plugs meeting reception into the one command path: its declaration (steps, their decisions, the room's calendar it
 * holds), field checks, and the meeting's own timeline as its duties.
 */
final class MeetingRules implements ProcedureRules<MeetingState, MeetingAction, Meeting, MeetingCommand> {
  private final ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> definition;
  private final Function<CenterId, MeetingPolicy> policies;
  // asked after every decision: built once
  private final Duties<Meeting> duties;

  MeetingRules(ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> definition, Function<CenterId, MeetingPolicy> policies) {
    this.definition = definition;
    this.policies = policies;
    this.duties = new MeetingDuties(definition.name());
  }

  public ProcedureDefinition<MeetingState, MeetingAction, Meeting, MeetingCommand> definition() {
    return definition;
  }

  public Class<Meeting> caseType() {
    return Meeting.class;
  }

  public Validation<Seq<FieldError>, MeetingCommand> validate(MeetingCommand command) {
    return command.check();
  }

  public Duties<Meeting> duties() {
    return duties;
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
