package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.forms.pdf.PdfPrinter;
import io.bizcenter.forms.services.FeeReceiptForm;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A tenant's name prints in the PDF however rare its characters, as far as the font reaches")
class RareCharactersInANameTest {
  private static final FormPrinter PAGES = FormPrinter.defaults();
  private static final PdfPrinter PRINTER = PdfPrinter.of(PAGES);

  @Test
  @DisplayName("䶮 (U+4DAE, CJK Extension A, in GB18030 since 2000) and 堃 (U+5803, outside GB 2312) print as themselves")
  void extensionACharactersPrint() throws Exception {
    Form receipt = Samples.all("刘䶮堃").get(FeeReceiptForm.TYPE).get();
    try (PDDocument pdf = Loader.loadPDF(PRINTER.pdf(receipt, Messages.ZH_CN))) {
      assertEquals("", PrintedCharacters.difference(PAGES.html(receipt, Messages.ZH_CN), pdf));
    }
  }

  @Test
  @DisplayName("𠀀 (U+20000, Extension B), which the font lacks, is seen missing by the check EveryFormPrintsToPdfTest runs")
  void aCharacterBeyondTheFontIsSeenMissing() throws Exception {
    Form receipt = Samples.all("欧阳𠀀").get(FeeReceiptForm.TYPE).get();
    try (PDDocument pdf = Loader.loadPDF(PRINTER.pdf(receipt, Messages.ZH_CN))) {
      String difference = PrintedCharacters.difference(PAGES.html(receipt, Messages.ZH_CN), pdf);
      assertTrue(difference.contains("not printed [𠀀 U+20000]"), difference);
    }
  }
}
