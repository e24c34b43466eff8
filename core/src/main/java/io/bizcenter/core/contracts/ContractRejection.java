package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RuleFamily;
import io.bizcenter.core.kernel.StaffId;
import java.util.List;
import java.util.Locale;

/**
 * The contract procedure's own rules, as rejections that carry their data; each one's code and arguments are read off
 * the record ({@link Rejection.RuleBroken}), its clause is the rule that refused.
 */
@RuleFamily("CS")
public sealed interface ContractRejection extends Rejection.RuleBroken {
  /** Signing is not accepted while a document the tenant owes is missing; every missing one is listed (CS-2.2 to CS-2.4). */
  record DocumentsMissing(TenantType tenantType, List<SupportingDocument> missing) implements ContractRejection {
    public DocumentsMissing {
      missing = List.copyOf(missing);
    }

    /** The rule of this kind of tenant, which names the documents it owes. */
    public Clause clause() {
      return tenantType.clause();
    }

    /** How many are missing; the message lists each one. */
    public List<Object> arguments() {
      return List.of(tenantType, missing.size());
    }

    @Override
    public String message(Locale locale) {
      StringBuilder text = new StringBuilder(Messages.text(getClass(), locale, "rejection." + code(), arguments()));
      missing.forEach(d -> text.append("\n- ").append(Messages.label(d, locale)));
      return text.toString();
    }
  }

  /** A company or representative office signs with its company seal (CS-2.2). */
  record CompanySealRequired(Clause clause) implements ContractRejection {}

  /** A company signs through its representative or head, an individual in person (CS-2.2 to CS-2.4). */
  record SignatoryDoesNotFit(TenantType tenantType, Signatory.Capacity capacity) implements ContractRejection {
    /** The rule of this kind of tenant, which says who signs for it. */
    public Clause clause() {
      return tenantType.clause();
    }
  }

  /** The draft is printed only once every deviation is confirmed by each department concerned, or withdrawn (CS-1.1). */
  record DeviationsUnconfirmed(List<Integer> deviations, Clause clause) implements ContractRejection {
    public DeviationsUnconfirmed {
      deviations = List.copyOf(deviations);
    }
  }

  /** The contract has no open deviation with this number (CS-1.1). */
  record NoSuchDeviation(int deviation, Clause clause) implements ContractRejection {}

  /** This deviation does not wait for this department's review: not one it concerns, or reviewed already (CS-1.1). */
  record DeviationNotAwaitingYou(int deviation, Department department, Clause clause) implements ContractRejection {}

  /** No deviation of the contract waits for a review from this seat (CS-1.1). */
  record NoDeviationAwaitsYou(Role role, Department department, Clause clause) implements ContractRejection {}

  /** The chain is signed strictly in order: it is {@code due}'s turn, and the actor signs as {@code theirs} (CS-3.1). */
  record SignatureOutOfOrder(ReviewCapacity due, ReviewCapacity theirs, Clause clause) implements ContractRejection {}

  /** The actor's role and department sign no step of this contract's chain; {@code due} is the step waiting (CS-3.1). */
  record NotInTheChain(ReviewCapacity due, Role role, Department department, Clause clause) implements ContractRejection {
    /** The message names the actor's seat before the step waiting. */
    public List<Object> arguments() {
      return List.of(role, department, due);
    }
  }

  /** Nobody signs two steps of the chain (unless the policy lets these two share a signer) (CS-3.1). */
  record SignedAlready(StaffId staff, ReviewCapacity capacity, Clause clause) implements ContractRejection {
    /** The staff member by id. */
  }

  /** Every step of the chain is signed; what remains is the General Office's issue (CS-3.1, CS-4.1). */
  record ChainComplete(Clause clause) implements ContractRejection {}

  /** Nothing is signed yet, so there is nobody to return the contract to: the handler signs first (CS-3.1). */
  record NothingToReturn(Clause clause) implements ContractRejection {}

  /** The General Office issues the contract only once every step of the chain has signed (CS-4.1). */
  record ChainIncomplete(ReviewCapacity due, Clause clause) implements ContractRejection {}

  /** No original of the contract waits for this department's confirmation (CS-4.1). */
  record NoDeliveryAwaitsYou(Department department, Clause clause) implements ContractRejection {}

  /** Every delivery of the originals is confirmed before the copy is filed (CS-4.1). */
  record DeliveriesPending(int pending, Clause clause) implements ContractRejection {}

  /** A payment notice is drafted from a lease (with its related contracts), not from a {@code type} (CS-5.1). */
  record NotALease(ContractType type, Clause clause) implements ContractRejection {}

  /** A lease's copy is filed in the tenant file, built after its payment notice (CS-5.2). */
  record LeaseCopyGoesToTenantFile(Clause clause) implements ContractRejection {}

  /**
   * Some contracts related to the lease are neither issued nor abandoned yet: the payment notice (CS-5.1) and the tenant
   * file (CS-5.2) cover every related contract, so they wait.
   */
  record RelatedContractsPending(List<String> contracts, Clause clause) implements ContractRejection {
    public RelatedContractsPending {
      contracts = List.copyOf(contracts);
    }
  }

  /** The lease named (as the one a contract belongs to, or the one a lease renews) is no lease of this tenant in this center. */
  record NoSuchLease(String lease, Clause clause) implements ContractRejection {}
}
