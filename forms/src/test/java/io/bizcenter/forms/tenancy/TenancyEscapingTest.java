package io.bizcenter.forms.tenancy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveOut;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Run;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A tenant's company and a client's name holding markup and quotes come out escaped on every move-in and move-out form")
class TenancyEscapingTest {
  private static final String COMPANY = "<script>alert(\"x\")</script> O'Neil & Co";
  private static final String CLIENT = "\"王<b>小明</b>\"";
  private static final String COMPANY_IN_HTML = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; Co";
  private static final String CLIENT_IN_HTML = "&quot;王&lt;b&gt;小明&lt;/b&gt;&quot;";
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("MI-1.1 to MI-6.3, MO-2.1 to MO-3.2: in HTML as entities, never as markup; in text as written")
  void everyForm() {
    TenancyFixture fixture = new TenancyFixture(COMPANY);
    Run<MoveOut> out = fixture.archived(CLIENT);
    Run<MoveIn> in = fixture.run(out.kase().moveIn());
    TenancyFixture listed = new TenancyFixture(COMPANY);
    List<Form> forms = List.of(
        ClientMoveInNoticeForm.of(in.kase(), in.trail()).get(),
        UnitAcceptanceRectificationForm.of(in.kase(), in.trail()).get(),
        UnitKeyHandoverForm.of(in.kase(), in.trail()).get(),
        MeterReadingConfirmationForm.of(in.kase(), in.trail()).get(),
        MoveInFeeNoticeForm.of(in.kase(), in.trail()).get(),
        ManagementAgreementForm.of(in.kase(), in.trail()).get(),
        ClientMoveRegistrationForm.of(in.kase(), in.trail(), ClientMoveRegistrationForm.Input.of(CLIENT, "13800001111", COMPANY)).get(),
        ClientFileForm.of(in.kase(), out.kase(), fixture.trails(out.kase())).get(),
        UnitRectificationAcceptanceForm.of(out.kase(), out.trail()).get(),
        MoveOutMeterReadingForm.of(out.kase(), out.trail()).get(),
        TenantDirectoryForm.of(TenancyFixture.TOWER, listed.directory(CLIENT), listed.now()).get());

    for (Form form : forms) {
      String html = printer.html(form, Messages.EN);
      assertFalse(html.contains("<script>") || html.contains("<b>"), form.type().name() + ": " + html);
      assertTrue(html.contains(COMPANY_IN_HTML), form.type().name() + ": " + html);
      assertTrue(printer.text(form, Messages.ZH_CN).contains(COMPANY), form.type().name());
    }
    // the forms the client's own name is printed on
    for (Form form : List.of(forms.get(5), forms.get(6), forms.get(7))) {
      assertTrue(printer.html(form, Messages.ZH_CN).contains(CLIENT_IN_HTML), form.type().name());
      assertTrue(printer.text(form, Messages.EN).contains(CLIENT), form.type().name());
    }
  }
}
