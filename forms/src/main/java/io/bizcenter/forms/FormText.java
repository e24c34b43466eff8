package io.bizcenter.forms;

import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The forms' own texts (titles, field labels, the words printed around the values) in zh-CN and en, from
 * {@code io/bizcenter/forms/messages.properties} and {@code messages_zh.properties}. Labels of the procedures' states,
 * departments and other enums come from the procedures' own messages ({@link Messages#label}).
 */
public final class FormText {
  private static final String BUNDLE = "io.bizcenter.forms.messages";
  // as the kernel: never fall back to the JVM's locale, an English server still prints a Chinese form in Chinese
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private FormText() {}

  /** The text under {@code key}, with its arguments filled in; a missing key is a defect of the library. */
  public static String text(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no form text for " + key + " (" + locale + ")", e);
    }
    return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
  }

  public static boolean has(Locale locale, String key) {
    return bundle(locale).containsKey(key);
  }

  /**
   * The label of an enum value: the procedure's own ({@code Messages.label}) where its package has one, else the
   * forms' ({@code Party.CLIENT}, {@code Deviation.Status}).
   */
  public static String label(Enum<?> value, Locale locale) {
    Class<?> type = value.getDeclaringClass();
    String key = type.getSimpleName() + "." + value.name();
    if (type.getPackageName().startsWith("io.bizcenter.core") && Messages.has(type, locale, key)) {
      return Messages.label(value, locale);
    }
    return text(locale, key);
  }

  /**
   * Every label a form's templates may use, by short name: the shared ones ({@code common.signature} as
   * {@code signature}) overlaid by the form's own ({@code fee-receipt.payer} as {@code payer}).
   */
  public static Map<String, String> labels(FormType type, Locale locale) {
    return labels(List.of("common.", type.name() + "."), locale);
  }

  /** Every label a report's template may use: the forms' shared ones, the reports' ({@code report.}) and the report's own. */
  static Map<String, String> reportLabels(String report, Locale locale) {
    return labels(List.of("common.", "report.", report + "."), locale);
  }

  private static Map<String, String> labels(List<String> prefixes, Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    ResourceBundle bundle = bundle(locale);
    for (String prefix : prefixes) {
      for (String key : bundle.keySet()) {
        if (key.startsWith(prefix)) {
          labels.put(key.substring(prefix.length()), text(locale, key));
        }
      }
    }
    return labels;
  }

  /** A field error in the reader's language, the field named by its label on the form ("付款人：必填。"). */
  public static String message(FieldError error, FormType type, Locale locale) {
    String key = type.name() + "." + error.field();
    String field = has(locale, key) ? text(locale, key) : error.field();
    List<Object> arguments = new ArrayList<>();
    arguments.add(field);
    arguments.addAll(error.arguments());
    return Messages.text(FieldError.class, locale, "field." + error.problem().name(), arguments);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, FormText.class.getClassLoader(), CONTROL);
  }
}
