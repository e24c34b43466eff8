package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.procedure.CaseDesk;
import io.bizcenter.core.procedure.DeskPorts;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;

/**
 * Contract signing for a vendor's code: {@code handle} takes any contract command (each record of
 * {@link ContractCommand} is a step of the source: {@code new Sign(...)}, {@code new ConfirmDelivery(...)}) and answers
 * the contract after the step or the typed rejection that says why not; the reads answer a screen, turns of the approval
 * chain included, and {@link #related} lists a lease's related contracts.
 */
public final class ContractDesk extends CaseDesk<ContractState, ContractAction, Contract, ContractCommand, ContractId> {
  private final Contracts contracts;

  public ContractDesk(Contracts contracts, DeskPorts ports, Function<CenterId, ContractPolicy> policies) {
    super(new ContractRules(contracts, policies), contracts, ports);
    this.contracts = contracts;
  }

  /** The contracts that belong to a lease (parking, phone line), oldest first, for an actor of its center (CS-5.1). */
  public Either<Rejection, List<Contract>> related(Actor actor, CenterId center, ContractId lease) {
    return find(actor, center, lease).map(l -> path().readable(actor, contracts.relatedTo(center, l.id())));
  }
}
