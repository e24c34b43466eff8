package io.bizcenter.core.contracts;

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
 * Contract signing for a vendor's code: {@link #handle} takes any contract command (each record of
 * {@link ContractCommand} is a step of the source) and answers the contract after the step or the typed rejection that
 * says why not. Every command takes the same path ({@link CasePath}).
 */
public final class ContractDesk {
  private final CasePath<ContractState, ContractAction, Contract, ContractCommand> path;
  private final Contracts contracts;

  public ContractDesk(Contracts contracts, DeskPorts ports, Function<CenterId, ContractPolicy> policies) {
    this.contracts = contracts;
    this.path = new CasePath<>(new ContractRules(contracts, policies), contracts, ports);
  }

  /**
   * Carries out one contract command, named after the source's step ({@code new Sign(...)}, {@code new
   * ConfirmDelivery(...)}): the contract after the step, or the typed rejection that says why not.
   */
  public Either<Rejection, Contract> handle(ContractCommand command, Actor actor) {
    return path.handle(command, actor);
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
