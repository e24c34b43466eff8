package io.bizcenter.forms;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/**
 * What a reader of the PDF sees against what the HTML page says: the characters of one that the other lacks. A
 * character no font has is drawn by openhtmltopdf as a replacement ("#"), so it goes missing from the PDF's text and
 * a stranger appears: either way the two sets differ.
 */
final class PrintedCharacters {
  private PrintedCharacters() {}

  /** Characters (as text, each with its code point) of the page's text that the PDF does not print, and the reverse. */
  static String difference(String html, PDDocument pdf) throws IOException {
    Set<Integer> page = visible(Jsoup.parse(html).body().text());
    Set<Integer> printed = visible(new PDFTextStripper().getText(pdf));
    Set<Integer> missing = new TreeSet<>(page);
    missing.removeAll(printed);
    Set<Integer> extra = new TreeSet<>(printed);
    extra.removeAll(page);
    return missing.isEmpty() && extra.isEmpty() ? "" : "not printed " + named(missing) + ", printed but not on the page " + named(extra);
  }

  private static Set<Integer> visible(String text) {
    Set<Integer> all = new TreeSet<>();
    text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(all::add);
    return all;
  }

  private static String named(Set<Integer> codePoints) {
    StringBuilder out = new StringBuilder("[");
    for (int cp : codePoints) {
      out.append(out.length() > 1 ? ", " : "").appendCodePoint(cp).append(" U+").append(Integer.toHexString(cp).toUpperCase());
    }
    return out.append(']').toString();
  }
}
