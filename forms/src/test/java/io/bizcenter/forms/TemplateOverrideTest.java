package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.MustacheException;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.forms.services.FeeNoticeForm;
import io.bizcenter.forms.services.FeeReceiptForm;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A vendor replaces templates by putting files on its own class path; the test puts them in a class loader of its own
 * (test resources under {@code vendor-templates/}), so the other tests keep printing the library's templates.
 */
@DisplayName("A vendor replaces any template from its own class path, without forking")
class TemplateOverrideTest {
  private final FormPrinter vendor = FormPrinter.builder().templates(loader("vendor-templates/")).build();
  private final FormPrinter library = FormPrinter.defaults();

  @Test
  @DisplayName("SV-2.2: the vendor's zh HTML fee notice is used for zh HTML only; en and text keep the library's")
  void oneFormInOneLanguage() {
    FeeNoticeForm notice = (FeeNoticeForm) Samples.all("王<b>小明</b>").get(FeeNoticeForm.TYPE).get();

    String zh = vendor.html(notice, Messages.ZH_CN);

    assertTrue(zh.contains("<body class=\"vendor-fee-notice\">"), zh);
    assertTrue(zh.contains("<h1>某某物业 · 收费通知单</h1>"), zh);
    assertTrue(zh.contains("¥150.00"), zh);
    assertTrue(zh.contains("王&lt;b&gt;小明&lt;/b&gt;"), "a raw {{{value}}} in a vendor's template is escaped all the same: " + zh);
    assertEquals(library.html(notice, Messages.EN), vendor.html(notice, Messages.EN));
  }

  @Test
  @DisplayName("the vendor's text layout frames every form, whose own body stays the library's")
  void theSharedLayout() {
    Form receipt = Samples.of(FeeReceiptForm.TYPE);

    String text = vendor.text(receipt, Messages.EN);

    assertTrue(text.startsWith("*** 某某物业 ***\nBusiness Center Fee Receipt / Copy 1 of 3: Finance\n"), text);
    assertTrue(text.contains("Payer: 上海某某贸易有限公司"), text);
    assertFalse(text.contains("Procedure clauses"), "the library's layout is replaced");
    assertEquals(3, text.split("\\*\\*\\* 某某物业", -1).length - 1, "still one sheet per copy");
  }

  @Test
  @DisplayName("the lookup order is the documented one: vendor's per language, vendor's, library's per language, library's")
  void lookupOrder() {
    assertEquals(List.of(
        "bizcenter/forms/fee-receipt.zh.html.mustache",
        "bizcenter/forms/fee-receipt.html.mustache",
        "io/bizcenter/forms/templates/fee-receipt.zh.html.mustache",
        "io/bizcenter/forms/templates/fee-receipt.html.mustache"), FormPrinter.lookup("fee-receipt", Messages.ZH_CN, FormPrinter.Output.HTML));
  }

  @Test
  @DisplayName("a vendor template naming a field the form does not have fails when printed, instead of printing a blank")
  void aMisspeltFieldFails() {
    FormPrinter broken = FormPrinter.builder().templates(loader("vendor-broken/")).build();
    Form notice = Samples.of(FeeNoticeForm.TYPE);

    MustacheException e = assertThrows(MustacheException.class, () -> broken.html(notice, Messages.EN));
    assertTrue(String.valueOf(e.getMessage()).contains("clientName") || String.valueOf(e.getCause()).contains("clientName"), e::toString);
  }

  private static ClassLoader loader(String folder) {
    URL root = TemplateOverrideTest.class.getClassLoader().getResource(folder);
    return new URLClassLoader(new URL[] {root}, TemplateOverrideTest.class.getClassLoader());
  }
}
