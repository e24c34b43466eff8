package io.bizcenter.core.contracts;

import static io.bizcenter.core.contracts.SupportingDocument.*;

import io.bizcenter.core.kernel.Clause;
import java.util.List;

/** Who the tenant is, which decides who signs and which documents come with the signature (CS-2.2 to CS-2.4). */
public enum TenantType {
  /** 公司/公司代表处: its representative signs and the company seal is applied (CS-2.2). */
  COMPANY("CS-2.2"),
  /** 境外公司, or a company or office still being formed (正处于申办中): its representative signs (CS-2.3). */
  OVERSEAS_OR_FORMING_COMPANY("CS-2.3"),
  /** 个人: the tenant signs in person (CS-2.4). */
  INDIVIDUAL("CS-2.4");

  private final Clause clause;

  TenantType(String clause) {
    this.clause = Clause.of(clause);
  }

  /** The rule that says who signs for this kind of tenant and with which documents. */
  public Clause clause() {
    return clause;
  }

  /**
   * The documents owed with the signature of {@code signatory}. Where the representative of an overseas or forming
   * company is its head, proof of that role replaces the authorisation letter (CS-2.3).
   */
  public List<SupportingDocument> requiredDocuments(Signatory.Capacity signatory) {
    return switch (this) {
      case COMPANY -> List.of(BUSINESS_LICENCE_COPY);
      case OVERSEAS_OR_FORMING_COMPANY -> List.of(REPRESENTATIVE_ID_COPY,
          signatory == Signatory.Capacity.HEAD_OF_COMPANY ? PROOF_OF_HEAD_ROLE : AUTHORISATION_LETTER, PARENT_COMPANY_REGISTRATION_COPY);
      case INDIVIDUAL -> List.of(TENANT_ID_COPY);
    };
  }

  /** Whether {@code signatory} may sign for this kind of tenant: a company's representative or head, an individual in person. */
  public boolean signsAs(Signatory.Capacity signatory) {
    return (this == INDIVIDUAL) == (signatory == Signatory.Capacity.TENANT_IN_PERSON);
  }
}
