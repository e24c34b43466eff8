package io.bizcenter.core.contracts;

import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.PersonName;

/**
 * Who signed the contract for the tenant, and in which capacity (CS-2.2 to CS-2.4). Name and identity document
 * number (ID card or passport) are personal data: masked in {@code toString}.
 */
public record Signatory(PersonName name, IdentityNumber identity, Capacity capacity) {
  public static Signatory of(String name, String identity, Capacity capacity) {
    return new Signatory(PersonName.of(name), IdentityNumber.of(identity), capacity);
  }

  /** How the signatory signs: as a company's representative or head, or as the individual tenant in person (CS-2.2 to CS-2.4). */
  public enum Capacity {
    /** 代表人: signs for a company or office */
    REPRESENTATIVE,
    /** 公司负责人: the representative is the company's head (CS-2.3) */
    HEAD_OF_COMPANY,
    /** 承租人本人: an individual tenant signs in person (CS-2.4) */
    TENANT_IN_PERSON
  }
}
