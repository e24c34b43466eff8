package io.bizcenter.forms;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How one value reads on a printed form, in the reader's language: money exact to the fen with the currency, times
 * in the property's zone, enums by their label. Personal data is printed in full: printing it is the form's purpose
 * (it is masked everywhere else).
 */
final class Formats {
  private final Locale locale;
  private final ZoneId zone;
  private final DateTimeFormatter time;
  private final DateTimeFormatter date;

  Formats(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
    boolean chinese = "zh".equals(locale.getLanguage());
    this.time = DateTimeFormatter.ofPattern(chinese ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm", locale);
    this.date = DateTimeFormatter.ofPattern(chinese ? "yyyy年M月d日" : "d MMM yyyy", locale);
  }

  /** The printed text of a leaf value, or null where the value is not a leaf. */
  String leaf(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof PersonName n) {
      return n.value();
    }
    if (value instanceof PhoneNumber p) {
      return p.value();
    }
    if (value instanceof IdentityNumber i) {
      return i.value();
    }
    if (value instanceof Instant i) {
      return time.format(i.atZone(zone));
    }
    if (value instanceof LocalDate d) {
      return date.format(d);
    }
    if (value instanceof Enum<?> e) {
      return FormText.label(e, locale);
    }
    if (value instanceof Boolean b) {
      return FormText.text(locale, b ? "common.yes" : "common.no");
    }
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Clause c) {
      return c.id();
    }
    return null;
  }

  /** ¥12,345.67 or CNY 12,345.67: the exact amount, grouped, two decimals (DecimalFormat formats a BigDecimal exactly). */
  String money(Money money) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String amount = format.format(money.amount());
    return FormText.text(locale, "common.money", amount);
  }

  Locale locale() {
    return locale;
  }

  /** The tag of the language, for the page's {@code lang} attribute. */
  String languageTag() {
    return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
  }

  static String language(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? "zh" : "en";
  }

  static boolean supported(Locale locale) {
    return locale != null && (Messages.ZH_CN.getLanguage().equals(locale.getLanguage()) || Messages.EN.getLanguage().equals(locale.getLanguage()));
  }
}
