package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@DisplayName("Every form the library lists prints from a real procedure run, in zh-CN and en, as HTML and as text")
class EveryFormPrintsTest {
  private final FormPrinter printer = FormPrinter.defaults();

  @TestFactory
  @DisplayName("MI-1.1 to MI-6.3, MO-2.1 to MO-3.2, MR-1.1, CS-2.1, CS-3.1, CS-4.1, CS-5.1, SV-2.2, SV-2.4, SV-2.5, CP-1.1, CP-2.1, CP-2.2: each form, language and output as its golden file")
  Stream<DynamicTest> asItsGoldenFile() {
    Map<FormType, Supplier<Form>> samples = Samples.all(Samples.CLIENT);
    List<DynamicTest> tests = new ArrayList<>();
    for (FormType type : Forms.ALL) {
      Form form = samples.get(type).get();
      for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
        String lang = locale.getLanguage();
        for (FormPrinter.Output output : FormPrinter.Output.values()) {
          String file = type.name() + "." + lang + "." + output.extension();
          tests.add(DynamicTest.dynamicTest(type.clauses() + " " + file, () -> {
            String printed = printer.print(form, locale, output);
            Golden.assertMatches(file, printed);
            // a title such as "Unit Acceptance & Rectification Form" is escaped in HTML like any other text
            String title = output == FormPrinter.Output.HTML ? Escaping.HTML.escape(type.title(locale)) : type.title(locale);
            assertTrue(printed.contains(title), "the form's title");
            for (var clause : type.clauses()) {
              assertTrue(printed.contains(clause.id()), "the clause " + clause + " served, on the form");
            }
            String sheet = output == FormPrinter.Output.HTML ? "<section class=\"sheet\">" : "\n" + "=".repeat(50) + "\n";
            long copies = printed.split(sheet, -1).length - 1;
            assertEquals(form.copies().count(), copies, "one sheet per copy");
          }));
        }
      }
    }
    return tests.stream();
  }

  @Test
  @DisplayName("every form listed has a sample run, and every sample is listed")
  void everyFormHasASample() {
    assertEquals(Forms.ALL, List.copyOf(Samples.all(Samples.CLIENT).keySet()));
  }
}
