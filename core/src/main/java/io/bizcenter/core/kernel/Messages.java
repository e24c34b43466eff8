package io.bizcenter.core.kernel;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Text in zh-CN and en. Each package keeps its own {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Simplified Chinese); enum and {@link Labelled} arguments are shown by their label, the
 * items of a list one by one.
 */
public final class Messages {
  public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
  public static final Locale EN = Locale.ENGLISH;

  // No fallback to the JVM's default locale: an English server must still answer a zh-CN caller in Chinese.
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The label of a state, action, department or role, such as 营运招商部 for {@code OPERATIONS}. */
  public static String label(Enum<?> value, Locale locale) {
    Class<?> type = value.getDeclaringClass();
    return text(type, locale, type.getSimpleName() + "." + value.name(), List.of());
  }

  /** The text under {@code key} in the bundle of {@code owner}'s package, with its arguments filled in. */
  public static String text(Class<?> owner, Locale locale, String key, List<?> arguments) {
    return text(owner.getPackageName(), locale, key, arguments);
  }

  /** The text under {@code key} in the bundle of the named package, such as {@code io.bizcenter.core.complaints}. */
  public static String text(String packageName, Locale locale, String key, List<?> arguments) {
    ResourceBundle bundle = bundle(packageName, locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      // every text is checked by a completeness test, so a missing one is a defect of the library, not of input
      throw new IllegalStateException("no text for " + key + " in " + packageName + " (" + locale + ")", e);
    }
    Object[] shown = arguments.stream().map(a -> shown(a, locale)).toArray();
    return new MessageFormat(pattern, locale).format(shown);
  }

  /** An argument in a clerk's words: enums and {@link Labelled} values by their label, lists item by item. */
  private static String shown(Object argument, Locale locale) {
    if (argument instanceof Enum<?> e) {
      return label(e, locale);
    }
    if (argument instanceof Labelled labelled) {
      return labelled.label(locale);
    }
    if (argument instanceof Collection<?> items) {
      return items.stream().map(item -> shown(item, locale)).collect(Collectors.joining(listSeparator(locale)));
    }
    if (argument instanceof Optional<?> value) {
      return value.map(v -> shown(v, locale)).orElse("");
    }
    return String.valueOf(argument);
  }

  /** 顿号 between the items of a list in Chinese, a comma in other languages. */
  private static String listSeparator(Locale locale) {
    return locale.getLanguage().equals(ZH_CN.getLanguage()) ? "、" : ", ";
  }

  /** Whether the bundle of {@code owner}'s package holds {@code key} in {@code locale} itself (for completeness tests). */
  public static boolean has(Class<?> owner, Locale locale, String key) {
    return bundle(owner.getPackageName(), locale).containsKey(key);
  }

  private static ResourceBundle bundle(String packageName, Locale locale) {
    return ResourceBundle.getBundle(packageName + ".messages", locale, Messages.class.getClassLoader(), CONTROL);
  }
}
