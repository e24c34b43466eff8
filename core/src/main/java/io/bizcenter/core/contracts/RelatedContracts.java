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
 * The rules of contract signing that look at other contracts than the one a command acts on. The declaration's guards
 * read those contracts in the command's own transaction (holding the lease's contracts alone meanwhile) and ask these
 * pure functions; a test asks them too, from the store as it stood before the command.
 */
public final class RelatedContracts {
  /** The resource held alone while a rule spanning a lease and its related contracts is decided. */
  public static String ofLease(ContractId lease) {
    return "contracts-of-lease:" + lease.value();
  }

  private RelatedContracts() {}

  /**
   * The lease {@code named} must be a lease of {@code tenant} in the command's center: the one a parking or phone-line
   * agreement belongs to (CS-5.1), or the one a renewal renews (MO-1.1, drafted under CS-1.1); an abandoned lease is
   * none. {@code find} reads a contract of the command's center; nothing named, nothing refused.
   */
  public static Option<Rejection.RuleBroken> noLeaseOf(TenantId tenant, Optional<ContractId> named, Clause rule,
      Function<ContractId, Option<Contract>> find) {
    return Option.ofOptional(named)
        .filter(id -> !isLeaseOf(find.apply(id), tenant))
        .map(id -> new NoSuchLease(id.value(), rule));
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
