package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The forms' texts exist in zh-CN and en, for every field of every form")
class FormTextTest {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  @DisplayName("both bundles hold the same keys; no English text has Chinese in it, every Chinese title has")
  void bothLanguagesHoldTheSameTexts() throws IOException {
    Properties en = load("messages.properties");
    Properties zh = load("messages_zh.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    en.stringPropertyNames().forEach(k -> assertFalse(HAN.matcher(en.getProperty(k)).find(), k + " in English: " + en.getProperty(k)));
    for (FormType type : Forms.ALL) {
      assertTrue(HAN.matcher(type.title(Messages.ZH_CN)).find(), type.name());
    }
  }

  @Test
  @DisplayName("every field of every form, nested ones too, has its label in both languages (the pages and the schemas use them)")
  void everyFieldHasALabel() {
    for (FormType type : Forms.ALL) {
      for (Locale locale : new Locale[] {Messages.ZH_CN, Messages.EN}) {
        assertLabelled(type, type.model(), locale);
      }
    }
  }

  private static void assertLabelled(FormType type, Class<?> record, Locale locale) {
    for (RecordComponent c : record.getRecordComponents()) {
      assertTrue(FormText.has(locale, type.name() + "." + c.getName()), type.name() + "." + c.getName() + " (" + locale + ")");
      Type generic = c.getGenericType();
      while (generic instanceof ParameterizedType p) {
        generic = p.getActualTypeArguments()[0];
      }
      if (generic instanceof Class<?> k && k.isRecord() && k.getPackageName().startsWith("io.bizcenter.forms")) {
        assertLabelled(type, k, locale);
      }
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FormText.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
