package io.bizcenter.testkit.contracts;

import static io.bizcenter.core.contracts.SupportingDocument.*;
import static io.bizcenter.testkit.Rejections.assertRejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.Signatory.Capacity;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who signs for each kind of tenant, with which documents (CS-2.1 to CS-2.4): a signature is recorded only with every
 * document the tenant owes, and a refusal lists each one missing, in zh-CN and en.
 */
@DisplayName("The tenant's signature and documents, by kind of tenant (CS-2.1 to CS-2.4)")
class TenantDocumentsTest {
  private final ContractFixture fixture = new ContractFixture();

  private ContractId outForSignature(TenantType type) {
    Contract c = fixture.accepted(fixture.draftLease(type), fixture.operations);
    fixture.accepted(fixture.print(c.id()), fixture.operations);
    return c.id();
  }

  /** Takes a lease signed this way through the chain and issue, and checks the invariant of an issued contract. */
  private void issuedWithEveryDocument(ContractId id) {
    for (var seat : fixture.chain()) {
      fixture.accepted(fixture.sign(id), seat);
    }
    Contract issued = fixture.accepted(fixture.issue(id), fixture.generalOffice);
    assertEquals(ContractState.ISSUED, issued.state());
    assertTrue(issued.tenantSignature().get().documents().containsAll(issued.requiredDocuments()));
  }

  @Nested
  @DisplayName("A company or representative office (CS-2.2)")
  class Company {
    @Test
    @DisplayName("CS-2.2: its representative signs, the company seal is applied, the business licence comes with it")
    void representativeSealAndLicence() {
      ContractId id = outForSignature(TenantType.COMPANY);

      Contract signed = fixture.accepted(fixture.tenantSigned(id, Capacity.REPRESENTATIVE, true, BUSINESS_LICENCE_COPY), fixture.operations);

      assertEquals(ContractState.IN_REVIEW, signed.state());
      assertEquals(List.of(BUSINESS_LICENCE_COPY), signed.requiredDocuments());
      issuedWithEveryDocument(id);
    }

    @Test
    @DisplayName("CS-2.2: without the company seal the signature is refused")
    void noSeal() {
      ContractId id = outForSignature(TenantType.COMPANY);

      Rejection r = fixture.rejected(fixture.tenantSigned(id, Capacity.REPRESENTATIVE, false, BUSINESS_LICENCE_COPY), fixture.operations);

      assertRejection(r, ContractRejection.CompanySealRequired.class, "CS_COMPANY_SEAL_REQUIRED", "CS-2.2");
      assertEquals(ContractState.OUT_FOR_SIGNATURE, fixture.stored(id).state());
    }

    @Test
    @DisplayName("CS-2.2: without the business licence the signature is refused, naming it")
    void noLicence() {
      ContractId id = outForSignature(TenantType.COMPANY);

      Rejection r = fixture.rejected(fixture.tenantSigned(id, Capacity.REPRESENTATIVE, true, TENANT_ID_COPY), fixture.operations);

      assertRejection(r, ContractRejection.DocumentsMissing.class, "CS_DOCUMENTS_MISSING", "CS-2.2", TenantType.COMPANY, 1);
      assertEquals(List.of(BUSINESS_LICENCE_COPY), ((ContractRejection.DocumentsMissing) r).missing());
      assertTrue(r.message(Messages.ZH_CN).endsWith("\n- 营业执照或注册登记证复印件"), r.message(Messages.ZH_CN));
      assertTrue(r.message(Messages.EN).endsWith("\n- copy of the business licence or registration certificate"), r.message(Messages.EN));
    }

    @Test
    @DisplayName("CS-2.2: a company does not sign as a private person")
    void notInPerson() {
      ContractId id = outForSignature(TenantType.COMPANY);

      Rejection r = fixture.rejected(fixture.tenantSigned(id, Capacity.TENANT_IN_PERSON, true, BUSINESS_LICENCE_COPY), fixture.operations);

      assertRejection(r, ContractRejection.SignatoryDoesNotFit.class, "CS_SIGNATORY_DOES_NOT_FIT", "CS-2.2", TenantType.COMPANY,
          Capacity.TENANT_IN_PERSON);
    }
  }

  @Nested
  @DisplayName("An overseas company, or one still being formed (CS-2.3)")
  class OverseasOrForming {
    @Test
    @DisplayName("CS-2.3: its representative signs with an ID or passport copy, the authorisation letter and the parent company's registration; no seal needed")
    void representativeWithAuthorisation() {
      ContractId id = outForSignature(TenantType.OVERSEAS_OR_FORMING_COMPANY);

      Contract signed = fixture.accepted(fixture.tenantSigned(id, Capacity.REPRESENTATIVE, false,
          PARENT_COMPANY_REGISTRATION_COPY, AUTHORISATION_LETTER, REPRESENTATIVE_ID_COPY), fixture.operations);

      assertEquals(List.of(REPRESENTATIVE_ID_COPY, AUTHORISATION_LETTER, PARENT_COMPANY_REGISTRATION_COPY), signed.requiredDocuments());
      issuedWithEveryDocument(id);
    }

    @Test
    @DisplayName("CS-2.3: where the representative is the company's head, proof of that role replaces the authorisation letter")
    void headOfCompanyShowsProofOfTheRole() {
      ContractId id = outForSignature(TenantType.OVERSEAS_OR_FORMING_COMPANY);

      Contract signed = fixture.accepted(fixture.tenantSigned(id, Capacity.HEAD_OF_COMPANY, false,
          REPRESENTATIVE_ID_COPY, PROOF_OF_HEAD_ROLE, PARENT_COMPANY_REGISTRATION_COPY), fixture.operations);

      assertEquals(List.of(REPRESENTATIVE_ID_COPY, PROOF_OF_HEAD_ROLE, PARENT_COMPANY_REGISTRATION_COPY), signed.requiredDocuments());
      issuedWithEveryDocument(id);
    }

    @Test
    @DisplayName("CS-2.3: a head of company with an authorisation letter but no proof of the role is refused, naming the proof")
    void headWithoutProof() {
      ContractId id = outForSignature(TenantType.OVERSEAS_OR_FORMING_COMPANY);

      Rejection r = fixture.rejected(fixture.tenantSigned(id, Capacity.HEAD_OF_COMPANY, false,
          REPRESENTATIVE_ID_COPY, AUTHORISATION_LETTER, PARENT_COMPANY_REGISTRATION_COPY), fixture.operations);

      assertRejection(r, ContractRejection.DocumentsMissing.class, "CS_DOCUMENTS_MISSING", "CS-2.3", TenantType.OVERSEAS_OR_FORMING_COMPANY, 1);
      assertEquals(List.of(PROOF_OF_HEAD_ROLE), ((ContractRejection.DocumentsMissing) r).missing());
    }

    @Test
    @DisplayName("CS-2.3: with nothing handed in, the refusal lists all three documents, each by name in both languages")
    void everyMissingDocumentIsListed() {
      ContractId id = outForSignature(TenantType.OVERSEAS_OR_FORMING_COMPANY);

      Rejection r = fixture.rejected(fixture.tenantSigned(id, Capacity.REPRESENTATIVE, false), fixture.operations);

      assertRejection(r, ContractRejection.DocumentsMissing.class, "CS_DOCUMENTS_MISSING", "CS-2.3", TenantType.OVERSEAS_OR_FORMING_COMPANY, 3);
      List<SupportingDocument> missing = List.of(REPRESENTATIVE_ID_COPY, AUTHORISATION_LETTER, PARENT_COMPANY_REGISTRATION_COPY);
      assertEquals(missing, ((ContractRejection.DocumentsMissing) r).missing());
      for (var locale : List.of(Messages.ZH_CN, Messages.EN)) {
        String text = r.message(locale);
        for (SupportingDocument d : missing) {
          assertTrue(text.contains("\n- " + Messages.label(d, locale)), text);
        }
      }
      assertEquals("境外公司或申办中的公司、代表处须提供全部证明文件方可签署，尚缺 3 份：\n- 代表人身份证或护照复印件\n- 公司授权代表人签署合同的授权书\n"
          + "- 母公司的注册文件复印件（所属国家的注册登记或税务登记文件）", r.message(Messages.ZH_CN));
    }
  }

  @Nested
  @DisplayName("An individual (CS-2.4)")
  class Individual {
    @Test
    @DisplayName("CS-2.4: the tenant signs in person, with a copy of the ID card or passport")
    void inPersonWithIdCopy() {
      ContractId id = outForSignature(TenantType.INDIVIDUAL);

      Contract signed = fixture.accepted(fixture.tenantSigned(id, Capacity.TENANT_IN_PERSON, false, TENANT_ID_COPY), fixture.operations);

      assertEquals(List.of(TENANT_ID_COPY), signed.requiredDocuments());
      issuedWithEveryDocument(id);
    }

    @Test
    @DisplayName("CS-2.4: an individual's contract signed by a representative is refused")
    void notThroughARepresentative() {
      ContractId id = outForSignature(TenantType.INDIVIDUAL);

      Rejection r = fixture.rejected(fixture.tenantSigned(id, Capacity.REPRESENTATIVE, false, TENANT_ID_COPY), fixture.operations);

      assertRejection(r, ContractRejection.SignatoryDoesNotFit.class, "CS_SIGNATORY_DOES_NOT_FIT", "CS-2.4", TenantType.INDIVIDUAL,
          Capacity.REPRESENTATIVE);
    }

    @Test
    @DisplayName("CS-2.4: without the ID copy the signature is refused, naming it")
    void noIdCopy() {
      ContractId id = outForSignature(TenantType.INDIVIDUAL);

      Rejection r = fixture.rejected(fixture.tenantSigned(id, Capacity.TENANT_IN_PERSON, false, BUSINESS_LICENCE_COPY), fixture.operations);

      assertRejection(r, ContractRejection.DocumentsMissing.class, "CS_DOCUMENTS_MISSING", "CS-2.4", TenantType.INDIVIDUAL, 1);
      assertEquals(List.of(TENANT_ID_COPY), ((ContractRejection.DocumentsMissing) r).missing());
    }
  }

  @Test
  @DisplayName("CS-2.1: the signature is recorded by Operations, only once the contract is printed, and only once")
  void onlyAPrintedContractIsSigned() {
    Contract draft = fixture.accepted(fixture.draftLease(TenantType.COMPANY), fixture.operations);
    Rejection beforePrint = fixture.rejected(fixture.tenantSignedInFull(draft), fixture.operations);
    assertRejection(beforePrint, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CS-1.1", ContractState.DRAFTING,
        io.bizcenter.core.contracts.ContractAction.RECORD_TENANT_SIGNATURE);

    fixture.accepted(fixture.print(draft.id()), fixture.operations);
    Rejection byFinance = fixture.rejected(fixture.tenantSignedInFull(draft), fixture.finance);
    assertRejection(byFinance, Rejection.ActorNotPermitted.class, "ACTOR_NOT_PERMITTED", "CS-2.1",
        io.bizcenter.core.contracts.ContractAction.RECORD_TENANT_SIGNATURE, fixture.finance.role(), fixture.finance.department());

    fixture.accepted(fixture.tenantSignedInFull(draft), fixture.operations);
    Rejection twice = fixture.rejected(fixture.tenantSignedInFull(draft), fixture.operations);
    assertRejection(twice, Rejection.ActionNotAllowed.class, "ACTION_NOT_ALLOWED", "CS-3.1", ContractState.IN_REVIEW,
        io.bizcenter.core.contracts.ContractAction.RECORD_TENANT_SIGNATURE);
  }
}
