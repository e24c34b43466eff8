package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.forms.services.FeeReceiptForm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The HTML page finds the forms' font where the application serves it")
class FontUrlTest {
  private final Form receipt = Samples.of(FeeReceiptForm.TYPE);

  @Test
  @DisplayName("by default at the path the font's jar is served from, after a font installed on the reader's machine")
  void byDefaultWhereTheFontJarIsServed() {
    String page = FormPrinter.defaults().html(receipt, Messages.ZH_CN);
    assertTrue(page.contains("src: local(\"Noto Sans SC\"), local(\"NotoSansSC-Regular\"), url(\"" + FormPrinter.FONT_URL + "\")"), page);
  }

  @Test
  @DisplayName("under a context path the application names")
  void whereTheApplicationSays() {
    String page = FormPrinter.builder().font("/tower-7/bizcenter/fonts/NotoSansSC-Regular.ttf").build().html(receipt, Messages.EN);
    assertTrue(page.contains("url(\"/tower-7/bizcenter/fonts/NotoSansSC-Regular.ttf\")"), page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/a\".ttf", "/a'.ttf", "/a\\\\.ttf", "/a?x=1&y=2", "/a<b>.ttf", "/a\n.ttf"})
  @DisplayName("a URL the style element could not hold as written is refused when the printer is built")
  void aUrlThatWouldBreakTheStylesheetIsRefused(String url) {
    assertThrows(IllegalArgumentException.class, () -> FormPrinter.builder().font(url));
  }
}
