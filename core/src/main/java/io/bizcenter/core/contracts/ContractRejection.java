package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import java.util.List;
import java.util.Locale;

/** The contract procedure's own rules, as rejections that carry their data. */
public sealed interface ContractRejection extends Rejection.RuleBroken {
  /** Signing is not accepted while a document the tenant owes is missing; every missing one is listed (CS-2.2 to CS-2.4). */
  record DocumentsMissing(TenantType tenantType, List<SupportingDocument> missing) implements ContractRejection {
    public DocumentsMissing {
      missing = List.copyOf(missing);
    }

    public String code() {
      return "CS_DOCUMENTS_MISSING";
    }

    public Clause clause() {
      return tenantType.clause();
    }

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
  record CompanySealRequired() implements ContractRejection {
    public String code() {
      return "CS_COMPANY_SEAL_REQUIRED";
    }

    public Clause clause() {
      return Clause.of("CS-2.2");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /** A company signs through its representative or head, an individual in person (CS-2.2 to CS-2.4). */
  record SignatoryDoesNotFit(TenantType tenantType, Signatory.Capacity capacity) implements ContractRejection {
    public String code() {
      return "CS_SIGNATORY_DOES_NOT_FIT";
    }

    public Clause clause() {
      return tenantType.clause();
    }

    public List<Object> arguments() {
      return List.of(tenantType, capacity);
    }
  }

  /** The draft is printed only once every deviation is confirmed by each department concerned, or withdrawn (CS-1.1). */
  record DeviationsUnconfirmed(List<Integer> deviations) implements ContractRejection {
    public DeviationsUnconfirmed {
      deviations = List.copyOf(deviations);
    }

    public String code() {
      return "CS_DEVIATIONS_UNCONFIRMED";
    }

    public Clause clause() {
      return Clause.of("CS-1.1");
    }

    public List<Object> arguments() {
      return List.of(deviations);
    }
  }

  /** The contract has no open deviation with this number (CS-1.1). */
  record NoSuchDeviation(int deviation) implements ContractRejection {
    public String code() {
      return "CS_NO_SUCH_DEVIATION";
    }

    public Clause clause() {
      return Clause.of("CS-1.1");
    }

    public List<Object> arguments() {
      return List.of(deviation);
    }
  }

  /** This deviation does not wait for this department's review: not one it concerns, or reviewed already (CS-1.1). */
  record DeviationNotAwaitingYou(int deviation, Department department) implements ContractRejection {
    public String code() {
      return "CS_DEVIATION_NOT_AWAITING_YOU";
    }

    public Clause clause() {
      return Clause.of("CS-1.1");
    }

    public List<Object> arguments() {
      return List.of(deviation, department);
    }
  }

  /** No deviation of the contract waits for a review from this seat (CS-1.1). */
  record NoDeviationAwaitsYou(Role role, Department department) implements ContractRejection {
    public String code() {
      return "CS_NO_DEVIATION_AWAITS_YOU";
    }

    public Clause clause() {
      return Clause.of("CS-1.1");
    }

    public List<Object> arguments() {
      return List.of(role, department);
    }
  }

  /** The chain is signed strictly in order: it is {@code due}'s turn, and the actor signs as {@code theirs} (CS-3.1). */
  record SignatureOutOfOrder(ReviewCapacity due, ReviewCapacity theirs) implements ContractRejection {
    public String code() {
      return "CS_SIGNATURE_OUT_OF_ORDER";
    }

    public Clause clause() {
      return Clause.of("CS-3.1");
    }

    public List<Object> arguments() {
      return List.of(due, theirs);
    }
  }

  /** The actor's role and department sign no step of this contract's chain; {@code due} is the step waiting (CS-3.1). */
  record NotInTheChain(ReviewCapacity due, Role role, Department department) implements ContractRejection {
    public String code() {
      return "CS_NOT_IN_THE_CHAIN";
    }

    public Clause clause() {
      return Clause.of("CS-3.1");
    }

    public List<Object> arguments() {
      return List.of(role, department, due);
    }
  }

  /** Nobody signs two steps of the chain (unless the policy lets these two share a signer) (CS-3.1). */
  record SignedAlready(StaffId staff, ReviewCapacity capacity) implements ContractRejection {
    public String code() {
      return "CS_SIGNED_ALREADY";
    }

    public Clause clause() {
      return Clause.of("CS-3.1");
    }

    public List<Object> arguments() {
      return List.of(staff.value(), capacity);
    }
  }

  /** Every step of the chain is signed; what remains is the General Office's issue (CS-3.1, CS-4.1). */
  record ChainComplete() implements ContractRejection {
    public String code() {
      return "CS_CHAIN_COMPLETE";
    }

    public Clause clause() {
      return Clause.of("CS-3.1");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /** Nothing is signed yet, so there is nobody to return the contract to: the handler signs first (CS-3.1). */
  record NothingToReturn() implements ContractRejection {
    public String code() {
      return "CS_NOTHING_TO_RETURN";
    }

    public Clause clause() {
      return Clause.of("CS-3.1");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /** The General Office issues the contract only once every step of the chain has signed (CS-4.1). */
  record ChainIncomplete(ReviewCapacity due) implements ContractRejection {
    public String code() {
      return "CS_CHAIN_INCOMPLETE";
    }

    public Clause clause() {
      return Clause.of("CS-4.1");
    }

    public List<Object> arguments() {
      return List.of(due);
    }
  }

  /** No original of the contract waits for this department's confirmation (CS-4.1). */
  record NoDeliveryAwaitsYou(Department department) implements ContractRejection {
    public String code() {
      return "CS_NO_DELIVERY_AWAITS_YOU";
    }

    public Clause clause() {
      return Clause.of("CS-4.1");
    }

    public List<Object> arguments() {
      return List.of(department);
    }
  }

  /** Every delivery of the originals is confirmed before the copy is filed (CS-4.1). */
  record DeliveriesPending(int pending) implements ContractRejection {
    public String code() {
      return "CS_DELIVERIES_PENDING";
    }

    public Clause clause() {
      return Clause.of("CS-4.1");
    }

    public List<Object> arguments() {
      return List.of(pending);
    }
  }

  /** A payment notice is drafted from a lease (with its related contracts), not from a {@code type} (CS-5.1). */
  record NotALease(ContractType type) implements ContractRejection {
    public String code() {
      return "CS_NOT_A_LEASE";
    }

    public Clause clause() {
      return Clause.of("CS-5.1");
    }

    public List<Object> arguments() {
      return List.of(type);
    }
  }

  /** A lease's copy is filed in the tenant file, built after its payment notice (CS-5.2). */
  record LeaseCopyGoesToTenantFile() implements ContractRejection {
    public String code() {
      return "CS_LEASE_COPY_GOES_TO_TENANT_FILE";
    }

    public Clause clause() {
      return Clause.of("CS-5.2");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /**
   * Some contracts related to the lease are neither issued nor abandoned yet: the payment notice (CS-5.1) and the tenant
   * file (CS-5.2) cover every related contract, so they wait.
   */
  record RelatedContractsPending(List<String> contracts, Clause clause) implements ContractRejection {
    public RelatedContractsPending {
      contracts = List.copyOf(contracts);
    }

    public String code() {
      return "CS_RELATED_CONTRACTS_PENDING";
    }

    public List<Object> arguments() {
      return List.of(contracts);
    }
  }

  /** The lease named (as the one a contract belongs to, or the one a lease renews) is no lease of this tenant in this center. */
  record NoSuchLease(String lease, Clause clause) implements ContractRejection {
    public String code() {
      return "CS_NO_SUCH_LEASE";
    }

    public List<Object> arguments() {
      return List.of(lease);
    }
  }
}
