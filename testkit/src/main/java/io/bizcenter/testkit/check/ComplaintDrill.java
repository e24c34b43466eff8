package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintId;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.testkit.ComplaintCommands;
import io.vavr.control.Either;
import java.util.Arrays;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Complaint handling (CP), driven through {@link ComplaintCommands}. */
public final class ComplaintDrill extends Drill<ComplaintState, ComplaintAction, Complaint, ComplaintCommand> {
  public ComplaintDrill() {
    super(ComplaintProcedure.DEFINITION);
  }

  @Override
  protected CaseStore<Complaint> cases(Storage storage) {
    return storage.complaints();
  }

  @Override
  protected Either<Rejection, Complaint> send(BusinessCenter center, ComplaintCommand command, Actor actor) {
    return center.complaints().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<ComplaintAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.complaints().availableActions(actor, where, ComplaintId.of(caseId));
  }

  @Override
  protected ComplaintCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    ComplaintAction how = random.nextBoolean() ? ComplaintAction.RECORD_PHONE_COMPLAINT : ComplaintAction.RECORD_LETTER_COMPLAINT;
    return ComplaintCommands.wellFormedFor(random, center, null, how);
  }

  @Override
  protected ComplaintCommand commandFor(RandomGenerator random, Complaint current, ComplaintAction action, Storage storage, Instant now) {
    return ComplaintCommands.wellFormedFor(random, current.center(), current.id(), action);
  }

  @Override
  protected ComplaintCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return ComplaintCommands.arbitrary(random, centers, knownIds.stream().map(ComplaintId::of).toList());
  }

  /** One of two people in every department: a complaint may be forwarded to any of them. */
  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    String person = "p" + random.nextInt(2);
    return Arrays.stream(Department.values())
        .map(d -> Actor.of(d.name().toLowerCase() + "-" + person, Role.STAFF, d, center))
        .toList();
  }

  @Override
  protected Duties<Complaint> dutiesIn(BusinessCenter center) {
    return center.complaints().duties();
  }
}
