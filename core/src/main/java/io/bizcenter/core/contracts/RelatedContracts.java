package io.bizcenter.core.contracts;

import io.bizcenter.core.contracts.ContractRejection.NoSuchLease;
import io.bizcenter.core.contracts.ContractRejection.RelatedContractsPending;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.TenantId;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of contract signing that look at other contracts than the one a command acts on. The rules read those
 * contracts in the command's own transaction (holding the lease's contracts alone meanwhile) and ask these pure
 * functions; a test asks them too, from the store as it stood before the command.
 */
public final class RelatedContracts {
  /** The resource held alone while a rule spanning a lease and its related contracts is decided. */
  public static String ofLease(ContractId lease) {
    return "contracts-of-lease:" + lease.value();
  }

  private RelatedContracts() {}

  /**
   * A parking or phone-line agreement belongs to a lease of the same tenant (CS-5.1), and a renewal renews a lease
   * of the same tenant (MO-1.1, drafted under CS-1.1); an abandoned lease is none. {@code find} reads a contract of
   * the command's center.
   */
  public static Option<Rejection.RuleBroken> linkRefused(ContractCommand.DraftContract draft, Function<ContractId, Option<Contract>> find) {
    return linkRefused(draft.tenant(), draft.leaseLink(), draft.renewal(), find);
  }

  /** {@link #linkRefused(ContractCommand.DraftContract, Function)} for a contract of {@code tenant} with these links (an import's too). */
  public static Option<Rejection.RuleBroken> linkRefused(TenantId tenant, Optional<ContractId> leaseLink, Optional<ContractId> renewal,
      Function<ContractId, Option<Contract>> find) {
    Option<Rejection.RuleBroken> lease = Option.ofOptional(leaseLink)
        .filter(id -> !isLeaseOf(find.apply(id), tenant))
        .map(id -> new NoSuchLease(id.value(), Clause.of("CS-5.1")));
    return lease.orElse(() -> Option.ofOptional(renewal)
        .filter(id -> !isLeaseOf(find.apply(id), tenant))
        .map(id -> new NoSuchLease(id.value(), Clause.of("CS-1.1"))));
  }

  /**
   * The payment notice (CS-5.1) and the tenant file (CS-5.2) cover the lease and every related contract, so they wait
   * while one is still being drafted, signed or reviewed: issued or abandoned, each is settled.
   */
  public static Option<Rejection.RuleBroken> unsettled(List<Contract> related, Clause clause) {
    List<String> pending = related.stream()
        .filter(c -> !c.isIssued() && c.state() != ContractState.ABANDONED)
        .map(c -> c.id().value())
        .toList();
    return pending.isEmpty() ? Option.none() : Option.some(new RelatedContractsPending(pending, clause));
  }

  private static boolean isLeaseOf(Option<Contract> found, TenantId tenant) {
    return found.exists(c -> c.isLease() && c.tenant().equals(tenant) && c.state() != ContractState.ABANDONED);
  }
}
