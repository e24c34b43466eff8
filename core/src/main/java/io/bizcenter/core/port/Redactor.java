package io.bizcenter.core.port;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of free text (a complaint's content, a visit note, a forwarded letter) that no field marks
 * as personal. The library calls it on every text of a case it erases or anonymises, with the identifiers it erases
 * there; the default, {@link #LITERAL}, replaces each of them where it appears as written. A vendor with a better
 * reader of Chinese text (names written without their identifiers, addresses, a plate number) plugs its own.
 */
public interface Redactor {
  /**
   * {@code text} without the {@code identifiers} (names, phone and identity numbers, as stored), each replaced by
   * {@code pseudonym}; the same string when there was nothing to replace.
   */
  String redact(String text, Set<String> identifiers, String pseudonym);

  /**
   * Replaces each identifier where it appears as written, and a phone or identity number also where its digits are
   * written apart ({@code 138-0013-8000}, {@code 138 0013 8000}) or run together.
   */
  Redactor LITERAL = (text, identifiers, pseudonym) -> {
    String out = text;
    for (String identifier : identifiers) {
      if (identifier.isBlank()) {
        continue;
      }
      out = out.replace(identifier, pseudonym);
      String digits = identifier.replaceAll("\\D", "");
      if (digits.length() >= 7) {
        // the digits in order, any spaces, dashes or dots between them, and no digit on either side
        StringBuilder pattern = new StringBuilder("(?<!\\d)");
        for (int i = 0; i < digits.length(); i++) {
          pattern.append(i == 0 ? "" : "[\\s\\-.]*").append(digits.charAt(i));
        }
        out = Pattern.compile(pattern.append("(?!\\d)").toString()).matcher(out).replaceAll(Matcher.quoteReplacement(pseudonym));
      }
    }
    return out;
  };
}
