package io.bizcenter.forms.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.forms.FieldErrors;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Run;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The forms of contract signing: originals, review form, payment notice (CS-2.1, CS-3.1, CS-4.1, CS-5.1)")
class ContractFormsTest {
  private final ContractFixture fixture = new ContractFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("CS-2.1, CS-4.1: four originals: Administration's, Finance's, and the tenant's two; each sheet says whose it is")
  void fourOriginals() {
    Run<Contract> run = fixture.issuedLease("欧阳娜娜");

    ContractOriginalForm originals = ContractOriginalForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of(Recipient.of(Department.ADMINISTRATION), Recipient.of(Department.FINANCE), Recipient.of(Party.TENANT),
        Recipient.of(Party.TENANT)), originals.copies().recipients());
    assertEquals(ContractOriginalForm.TYPE.copies(), originals.copies(), "the default policy's four");
    String zh = printer.html(originals, Messages.ZH_CN);
    for (String marker : List.of("正本 第1份（共4份）：行政部", "正本 第2份（共4份）：财务部", "正本 第3份（共4份）：租户", "正本 第4份（共4份）：租户")) {
      assertTrue(zh.contains(marker), marker);
    }
    assertEquals(8, zh.split("<div class=\"sign seal\">", -1).length - 1, "the tenant's and our seal on each of the four");
    assertEquals(List.of(new ContractOriginalForm.Change("第五条", "押金分两期支付")), originals.deviations());
    assertEquals(Optional.of("go-01"), originals.issuedBy());
  }

  @Test
  @DisplayName("CS-2.1: before the contract is printed there are no originals; a tenant's signatory named <script> is escaped")
  void notPrintedYetAndEscaped() {
    Run<Contract> drafted = fixture.drafted();
    assertEquals(Map.of("printed", Problem.MISSING), FieldErrors.of(ContractOriginalForm.of(drafted.kase(), drafted.trail()), ContractOriginalForm.TYPE));

    Run<Contract> run = fixture.leaseInReview("<script>x</script>\"O'Neil\"");
    String html = printer.html(ContractOriginalForm.of(run.kase(), run.trail()).get(), Messages.EN);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;&quot;O&#39;Neil&quot; (representative)"), html);
  }

  @Test
  @DisplayName("CS-3.1: the review form: a row per step of the chain in order, the first three signed with their opinions, three to come")
  void theReviewForm() {
    Run<Contract> run = fixture.leaseInReview("欧阳娜娜");

    EconomicContractReviewForm form = EconomicContractReviewForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of(ReviewCapacity.HANDLER, ReviewCapacity.DEPARTMENT_MANAGER, ReviewCapacity.AUDIT, ReviewCapacity.FINANCE,
        ReviewCapacity.LEGAL, ReviewCapacity.GENERAL_OFFICE), form.rows().stream().map(EconomicContractReviewForm.Row::capacity).toList());
    assertEquals(List.of(Optional.of("同意，按标准合同执行"), Optional.of("同意"), Optional.of("无异议"), Optional.empty(), Optional.empty(),
        Optional.empty()), form.rows().stream().map(EconomicContractReviewForm.Row::opinion).toList());
    assertEquals(Optional.of(Department.AUDIT), form.rows().get(2).department());
    String text = printer.text(form, Messages.ZH_CN);
    assertTrue(text.contains("3. 审计部 (审计部 · 部门经理)：aud-01 · "), text);
    assertTrue(text.contains("4. 财务部 (财务部 · 部门经理)：______________________"), text);
    assertTrue(EconomicContractReviewForm.of(fixture.drafted().kase(), fixture.drafted().trail()).isInvalid(), "no form before the handler fills it");
  }

  @Test
  @DisplayName("CS-5.1: the payment notice: the lease's deposit, three months of the lease and of the parking, exact to the fen")
  void thePaymentNotice() {
    Run<Contract> run = fixture.leaseWithPaymentNotice("司马建国");

    PaymentNoticeForm notice = PaymentNoticeForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of(PaymentNotice.Kind.DEPOSIT, PaymentNotice.Kind.CHARGE, PaymentNotice.Kind.CHARGE),
        notice.items().stream().map(PaymentNoticeForm.Item::kind).toList());
    assertEquals(List.of(ContractType.LEASE, ContractType.LEASE, ContractType.PARKING),
        notice.items().stream().map(PaymentNoticeForm.Item::contractType).toList());
    assertEquals(List.of(Money.yuan("24691.34"), Money.yuan("37037.01"), Money.yuan("2400.30")),
        notice.items().stream().map(PaymentNoticeForm.Item::amount).toList());
    assertEquals(Money.yuan("64128.65"), notice.total());
    assertEquals(Optional.of("fin-01"), notice.stampedBy());
    assertEquals(List.of(Recipient.of(Party.TENANT)), notice.copies().recipients());
    String text = printer.text(notice, Messages.EN);
    assertTrue(text.contains("Total: CNY 64,128.65"), text);
    assertTrue(text.contains("Signed for by: 司马建国 · "), text);
  }
}
