package io.bizcenter.core.contracts;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.procedure.DeclaredDuties;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.ProcedureRules;
import io.bizcenter.core.procedure.Step;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plugs contract signing into the one command path: its declaration, its field checks, its decisions. The few rules
 * that span a lease and its related contracts ({@link RelatedContracts}) read those contracts here, in the command's
 * transaction, while the command holds the lease's contracts alone.
 */
final class ContractRules implements ProcedureRules<ContractState, ContractAction, Contract, ContractCommand> {
  private final Contracts contracts;
  private final Function<CenterId, ContractPolicy> policies;
  private final DeclaredDuties<ContractState, ContractAction, Contract> declared;

  ContractRules(Contracts contracts, Function<CenterId, ContractPolicy> policies) {
    this.contracts = contracts;
    this.policies = policies;
    this.declared = new DeclaredDuties<>(definition(), (center, state) -> policies.apply(center).timeAllowed(state));
  }

  public ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> definition() {
    return ContractProcedure.DEFINITION;
  }

  public Class<Contract> caseType() {
    return Contract.class;
  }

  public Validation<Seq<FieldError>, ContractCommand> validate(ContractCommand command) {
    return command.check();
  }

  public ContractAction action(ContractCommand command) {
    return command.action();
  }

  public Option<String> target(ContractCommand command) {
    return command instanceof ContractCommand.OnContract on ? Option.of(on.contractId().value()) : Option.none();
  }

  public Either<Rejection, Decision<Contract>> open(ContractCommand command, Step<ContractState> step) {
    if (command instanceof ContractCommand.ImportContract imported) {
      Option<Rejection.RuleBroken> refused = RelatedContracts.linkRefused(imported.tenant(), imported.leaseLink(), Optional.empty(),
          id -> contracts.find(step.center(), id.value()));
      return refused.isDefined()
          ? Either.left(refused.get())
          : Either.right(Contract.imported(imported, step, policies.apply(step.center())));
    }
    ContractCommand.DraftContract draft = (ContractCommand.DraftContract) command;
    Option<Rejection.RuleBroken> refused = RelatedContracts.linkRefused(draft, id -> contracts.find(step.center(), id.value()));
    return refused.isDefined()
        ? Either.left(refused.get())
        : Either.right(Contract.open(draft, step, policies.apply(step.center())));
  }

  public Either<Rejection, Decision<Contract>> decide(Contract current, ContractCommand command, Step<ContractState> step) {
    List<Contract> related = List.of();
    Option<Clause> spansTheLease = coversRelatedContracts(command);
    if (spansTheLease.isDefined()) {
      related = contracts.relatedTo(current.center(), current.id());
      Option<Rejection.RuleBroken> unsettled = RelatedContracts.unsettled(related, spansTheLease.get());
      if (unsettled.isDefined()) {
        return Either.left(unsettled.get());
      }
    }
    return Either.right(current.decide((ContractCommand.OnContract) command, step, policies.apply(current.center()), related));
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

  /** A related contract drafted meanwhile would be missed by the payment notice or the tenant file: hold the lease's contracts. */
  @Override
  public List<String> exclusiveTo(ContractCommand command) {
    if (command instanceof ContractCommand.DraftContract draft) {
      return draft.leaseLink().map(RelatedContracts::ofLease).stream().toList();
    }
    if (command instanceof ContractCommand.ImportContract imported) {
      return imported.leaseLink().map(RelatedContracts::ofLease).stream().toList();
    }
    return coversRelatedContracts(command).isDefined()
        ? List.of(RelatedContracts.ofLease(((ContractCommand.OnContract) command).contractId()))
        : List.of();
  }

  public PolicyVersion policy(CenterId center) {
    return policies.apply(center).version();
  }

  /** The commands whose result covers every related contract of the lease, with the clause that says so. */
  private static Option<Clause> coversRelatedContracts(ContractCommand command) {
    if (command instanceof ContractCommand.DraftPaymentNotice) {
      return Option.of(Clause.of("CS-5.1"));
    }
    if (command instanceof ContractCommand.BuildTenantFile) {
      return Option.of(Clause.of("CS-5.2"));
    }
    return Option.none();
  }
}
