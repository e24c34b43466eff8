package io.bizcenter.core.contracts;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * Plugs contract signing into the one command path: its declaration (steps, their decisions, and the rules that span a
 * lease and its related contracts, which read {@code contracts} in the command's transaction), field checks, duties.
 */
final class ContractRules implements ProcedureRules<ContractState, ContractAction, Contract, ContractCommand> {
  private final Function<CenterId, ContractPolicy> policies;
  private final ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> definition;
  private final DeclaredDuties<ContractState, ContractAction, Contract> declared;

  ContractRules(Contracts contracts, Function<CenterId, ContractPolicy> policies) {
    this.policies = policies;
    this.definition = ContractProcedure.declare(contracts, policies);
    this.declared = new DeclaredDuties<>(definition, (center, state) -> policies.apply(center).timeAllowed(state));
  }

  public ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> definition() {
    return definition;
  }

  public Class<Contract> caseType() {
    return Contract.class;
  }

  public Validation<Seq<FieldError>, ContractCommand> validate(ContractCommand command) {
    return command.check();
  }

  /** Abandoning is a way out, never a duty: it is left off the agenda. */
  public Duties<Contract> duties() {
    return (contract, zone) -> declared.owed(contract, zone).stream()
        .map(item -> new AgendaItem(item.center(), item.procedure(), item.caseId(), item.state(),
            item.actions().stream().filter(a -> !a.equals(ContractAction.ABANDON.name())).toList(), item.seat(),
            item.availableFrom(), item.dueAt(), item.clause()))
        .filter(item -> !item.actions().isEmpty())
        .toList();
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }
}
