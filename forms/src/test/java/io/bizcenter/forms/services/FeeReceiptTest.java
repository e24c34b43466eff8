package io.bizcenter.forms.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.forms.FieldErrors;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.FormText;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Business Center Fee Receipt, after the service (SV-2.4)")
class FeeReceiptTest {
  private final ServiceFixture fixture = new ServiceFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("SV-2.4: in triplicate, one sheet each for Finance, the client and the archive, in that order")
  void triplicate() {
    Run<ServiceOrder> run = fixture.orderWithReceipt(ServiceFixture.CLIENT_NAME);
    FeeReceiptForm form = FeeReceiptForm.of(run.kase(), run.trail(), FeeReceiptForm.Input.of("上海某某贸易有限公司", null)).get();

    assertEquals(List.of(Recipient.of(Department.FINANCE), Recipient.of(Party.CLIENT), Recipient.of(Party.ARCHIVE)), form.copies().recipients());
    String zh = printer.html(form, Messages.ZH_CN);
    assertInOrder(zh, "第1联（共3联）：财务部", "第2联（共3联）：客人", "第3联（共3联）：存档");
    assertInOrder(printer.text(form, Messages.EN), "Copy 1 of 3: Finance", "Copy 2 of 3: Client", "Copy 3 of 3: Archive");
  }

  @Test
  @DisplayName("SV-2.4: the amounts are the order's settlement, exact to the fen: 80 pages at CNY 1.50, deposit 45.00, 75.00 to pay")
  void theSettlement() {
    Run<ServiceOrder> run = fixture.orderWithReceipt(ServiceFixture.CLIENT_NAME);
    FeeReceiptForm form = FeeReceiptForm.of(run.kase(), run.trail(), FeeReceiptForm.Input.of("上海某某贸易有限公司", null)).get();

    assertEquals("R-2026-088", form.number());
    assertEquals(80, form.quantity());
    assertEquals(Money.yuan("120.00"), form.total());
    assertEquals(Money.yuan("45.00"), form.deposit());
    assertEquals(Money.yuan("75.00"), form.balanceDue());
    assertEquals(Money.ZERO, form.refund());
    assertEquals("bc-01", form.writtenBy(), "who wrote it, from the audit trail");
    assertTrue(printer.text(form, Messages.ZH_CN).contains("应补交：¥75.00"));
    assertTrue(printer.text(form, Messages.EN).contains("Balance to pay: CNY 75.00"));
  }

  @Test
  @DisplayName("SV-2.4, GS-1: a missing payer is a field error in both languages, not a broken page")
  void aMissingPayer() {
    Run<ServiceOrder> run = fixture.orderWithReceipt(ServiceFixture.CLIENT_NAME);

    var refused = FeeReceiptForm.of(run.kase(), run.trail(), FeeReceiptForm.Input.of(null, "备注"));

    assertEquals(Map.of("payer", Problem.MISSING), FieldErrors.of(refused, FeeReceiptForm.TYPE));
    assertEquals("付款人：必填。", FormText.message(refused.getError().head(), FeeReceiptForm.TYPE, Messages.ZH_CN).replace(": ", "："));
  }

  @Test
  @DisplayName("SV-2.4, GS-1: every problem at once: no receipt written yet, a blank payer, remarks too long")
  void everyProblemAtOnce() {
    Run<ServiceOrder> run = fixture.orderWithFeeNotice(ServiceFixture.CLIENT_NAME);

    var refused = FeeReceiptForm.of(run.kase(), run.trail(), FeeReceiptForm.Input.of("  ", "长".repeat(201)));

    assertEquals(Map.of("receipt", Problem.MISSING, "payer", Problem.BLANK, "remarks", Problem.TOO_LONG),
        FieldErrors.of(refused, FeeReceiptForm.TYPE));
    assertFalse(FeeReceiptForm.of(run.kase(), run.trail(), null).isValid(), "no input at all is an error too");
  }

  @Test
  @DisplayName("SV-2.4: a client's name holding <script> and quotes comes out escaped in HTML and as written in text")
  void aHostileName() {
    String name = "<script>alert(\"x\")</script>'";
    Run<ServiceOrder> run = fixture.orderWithReceipt(name);
    FeeReceiptForm form = FeeReceiptForm.of(run.kase(), run.trail(), FeeReceiptForm.Input.of("O'Neil & \"Sons\"", null)).get();

    String html = printer.html(form, Messages.EN);

    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;</td>"), html);
    assertTrue(html.contains("<td>O&#39;Neil &amp; &quot;Sons&quot;</td>"), html);
    assertTrue(printer.text(form, Messages.EN).contains("Client: " + name + "\n"));
  }

  static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, () -> part + " after position " + text.length());
      from = at + part.length();
    }
  }
}
