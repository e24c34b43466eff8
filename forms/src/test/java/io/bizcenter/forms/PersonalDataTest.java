package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Personal data is printed on the forms, and nowhere else")
class PersonalDataTest {
  private static final String NAME = "诸葛孔明";

  @Test
  @DisplayName("a form's toString names its type and reference only; its page shows the name in full")
  void toStringShowsNoName() {
    for (Map.Entry<FormType, Supplier<Form>> sample : Samples.all(NAME).entrySet()) {
      Form form = sample.getValue().get();
      String shown = form.toString();
      assertTrue(shown.startsWith(sample.getKey().name() + " "), shown);
      for (String secret : new String[] {NAME, "13912345678", "司马建国", "李建华", "上海某某贸易有限公司"}) {
        assertFalse(shown.contains(secret), shown);
      }
    }
    Form receipt = Samples.all(NAME).get(io.bizcenter.forms.services.FeeReceiptForm.TYPE).get();
    assertTrue(FormPrinter.defaults().html(receipt, Messages.ZH_CN).contains(NAME), "the printed receipt names its client");
    String input = ((io.bizcenter.forms.services.FeeReceiptForm) receipt).filled().toString();
    assertFalse(input.contains("上海某某贸易有限公司"), input);
  }
}
