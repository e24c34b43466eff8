package io.bizcenter.forms.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Run;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fee notice, before the service (SV-2.2)")
class FeeNoticeTest {
  @Test
  @DisplayName("SV-2.2: the charges as explained and the deposit of the catalogue's share, for the client")
  void chargesAndDeposit() {
    Run<ServiceOrder> run = new ServiceFixture().orderWithFeeNotice(ServiceFixture.CLIENT_NAME);

    FeeNoticeForm form = FeeNoticeForm.of(run.kase(), run.trail()).get();

    assertEquals("N-2026-031", form.number());
    assertEquals(Money.yuan("150.00"), form.total());
    assertEquals(0, new BigDecimal("30").compareTo(form.depositPercent()));
    assertEquals(Money.yuan("45.00"), form.deposit());
    assertEquals(List.of(Recipient.of(Party.CLIENT)), form.copies().recipients());
    String text = FormPrinter.defaults().text(form, Messages.EN);
    assertTrue(text.contains("Deposit share (%): 30\nDeposit due before the service: CNY 45.00"), text);
  }
}
