package io.bizcenter.core.contracts;

import io.bizcenter.core.contracts.ContractCommand.Abandon;
import io.bizcenter.core.contracts.ContractCommand.BuildTenantFile;
import io.bizcenter.core.contracts.ContractCommand.ConfirmDelivery;
import io.bizcenter.core.contracts.ContractCommand.DraftContract;
import io.bizcenter.core.contracts.ContractCommand.DraftPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.FilePhotocopy;
import io.bizcenter.core.contracts.ContractCommand.Issue;
import io.bizcenter.core.contracts.ContractCommand.PrintContract;
import io.bizcenter.core.contracts.ContractCommand.RecordDeviation;
import io.bizcenter.core.contracts.ContractCommand.RecordPaymentNoticeSignedFor;
import io.bizcenter.core.contracts.ContractCommand.RecordTenantSignature;
import io.bizcenter.core.contracts.ContractCommand.ReturnForRevision;
import io.bizcenter.core.contracts.ContractCommand.ReturnPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.ReviewDeviation;
import io.bizcenter.core.contracts.ContractCommand.ReviewPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.Sign;
import io.bizcenter.core.contracts.ContractCommand.StampPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.WithdrawDeviation;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.procedure.CasePath;
import io.bizcenter.core.procedure.DeskPorts;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;

/**
 * Contract signing for a vendor's code: one method per step of the source, each answering the contract after the step
 * or the typed rejection that says why not. Every command takes the same path ({@link CasePath}).
 */
public final class ContractDesk {
  private final CasePath<ContractState, ContractAction, Contract, ContractCommand> path;
  private final Contracts contracts;

  public ContractDesk(Contracts contracts, DeskPorts ports, Function<CenterId, ContractPolicy> policies) {
    this.contracts = contracts;
    this.path = new CasePath<>(new ContractRules(contracts, policies), contracts, ports);
  }

  /** Any contract command; the methods below are this, named after the source's steps. */
  public Either<Rejection, Contract> handle(ContractCommand command, Actor actor) {
    return path.handle(command, actor);
  }

  public Either<Rejection, Contract> draft(DraftContract command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> recordDeviation(RecordDeviation command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> reviewDeviation(ReviewDeviation command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> withdrawDeviation(WithdrawDeviation command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> print(PrintContract command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> recordTenantSignature(RecordTenantSignature command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> sign(Sign command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> returnForRevision(ReturnForRevision command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> issue(Issue command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> confirmDelivery(ConfirmDelivery command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> filePhotocopy(FilePhotocopy command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> draftPaymentNotice(DraftPaymentNotice command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> reviewPaymentNotice(ReviewPaymentNotice command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> returnPaymentNotice(ReturnPaymentNotice command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> stampPaymentNotice(StampPaymentNotice command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> recordPaymentNoticeSignedFor(RecordPaymentNoticeSignedFor command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> buildTenantFile(BuildTenantFile command, Actor actor) {
    return handle(command, actor);
  }

  public Either<Rejection, Contract> abandon(Abandon command, Actor actor) {
    return handle(command, actor);
  }

  /** The contract, if the actor works for its center; otherwise answered as an unknown id. */
  public Either<Rejection, Contract> find(Actor actor, CenterId center, ContractId id) {
    return path.find(actor, center, id == null ? null : id.value());
  }

  /** The contracts that belong to a lease (parking, phone line), oldest first, for an actor of its center (CS-5.1). */
  public Either<Rejection, List<Contract>> related(Actor actor, CenterId center, ContractId lease) {
    return find(actor, center, lease).map(l -> path.readable(actor, contracts.relatedTo(center, l.id())));
  }

  /** What this actor may do on the contract now: the answer for a vendor's screen (GS-3), turns of the chain included. */
  public Either<Rejection, List<ContractAction>> availableActions(Actor actor, CenterId center, ContractId id) {
    return path.availableActions(actor, center, id == null ? null : id.value());
  }

  /** With which actions this actor may open a contract. */
  public List<ContractAction> openingActions(Actor actor) {
    return actor == null ? List.of() : definition().openingActions(actor);
  }

  /** The contract's audit trail (GS-6). */
  public Either<Rejection, List<AuditEntry>> trail(Actor actor, CenterId center, ContractId id) {
    return path.trail(actor, center, id == null ? null : id.value());
  }

  public ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> definition() {
    return path.definition();
  }

  /** What a contract owes the agenda under the center's policies (GS-7), as this desk writes it. */
  public Duties<Contract> duties() {
    return path.duties();
  }
}
