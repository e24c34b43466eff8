package io.bizcenter.testkit.check;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.CaseStore;
import io.bizcenter.core.procedure.Duties;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.testkit.ContractCommands;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Contract signing (CS), driven through {@link ContractCommands}; the rules that look at a lease's other contracts are
 * guards of the declaration the center binds to its store ({@link #definitionIn}).
 */
public final class ContractDrill extends Drill<ContractState, ContractAction, Contract, ContractCommand> {
  public ContractDrill() {
    super(Shapes.CENTER.contracts().definition());
  }

  @Override
  protected ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> definitionIn(BusinessCenter center) {
    return center.contracts().definition();
  }

  @Override
  protected CaseStore<Contract> cases(Storage storage) {
    return storage.contracts();
  }

  @Override
  protected Either<Rejection, Contract> send(BusinessCenter center, ContractCommand command, Actor actor) {
    return center.contracts().handle(command, actor);
  }

  @Override
  protected Either<Rejection, List<ContractAction>> offered(BusinessCenter center, Actor actor, CenterId where, String caseId) {
    return center.contracts().availableActions(actor, where, ContractId.of(caseId));
  }

  /** Any draft; half the time, when a lease stands, a parking or phone-line agreement of its tenant, so that related contracts get issued too. */
  @Override
  protected ContractCommand opening(RandomGenerator random, CenterId center, Storage storage, Instant now) {
    ContractCommand.DraftContract draft = ContractCommands.draft(random, center, leases(center, storage));
    List<Contract> standing = storage.contracts().all(center).stream()
        .filter(c -> c.isLease() && c.state() != ContractState.ABANDONED).toList();
    if (standing.isEmpty() || random.nextBoolean()) {
      return draft;
    }
    Contract lease = standing.get(random.nextInt(standing.size()));
    ContractType type = random.nextBoolean() ? ContractType.PARKING : ContractType.PHONE_LINE_TRANSFER;
    return new ContractCommand.DraftContract(draft.commandId(), center, type, lease.tenant(), draft.tenantType(), draft.terms(), lease.id(), null);
  }

  @Override
  protected ContractCommand commandFor(RandomGenerator random, Contract current, ContractAction action, Storage storage, Instant now) {
    return ContractCommands.wellFormedFor(random, current, action, leases(current.center(), storage));
  }

  @Override
  protected ContractCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds, Instant now) {
    return ContractCommands.arbitrary(random, centers, knownIds.stream().map(ContractId::of).toList());
  }

  /** Every seat of contract signing; now and then one person acting in four managers' seats, so that "nobody signs twice" is tried. */
  @Override
  protected List<Actor> staff(RandomGenerator random, CenterId center) {
    return ContractCommands.everySeat(center, random.nextInt(4) == 0 ? "acting" : "p" + random.nextInt(2));
  }

  @Override
  protected Duties<Contract> dutiesIn(BusinessCenter center) {
    return center.contracts().duties();
  }

  /** The import of contracts in force (GS-6) is driven by testkit's ImportContract on every store, not by this drill. */
  @Override
  protected Set<ContractAction> notDrilled() {
    return EnumSet.of(ContractAction.IMPORT_CONTRACT);
  }

  @Override
  protected int weight(ContractAction action) {
    return switch (action) {
      case ABANDON -> 1;
      case RETURN_FOR_REVISION, RETURN_PAYMENT_NOTICE, RECORD_DEVIATION, WITHDRAW_DEVIATION -> 3;
      default -> 20;
    };
  }

  private static List<ContractId> leases(CenterId center, Storage storage) {
    return storage.contracts().all(center).stream().filter(Contract::isLease).map(Contract::id).toList();
  }
}
