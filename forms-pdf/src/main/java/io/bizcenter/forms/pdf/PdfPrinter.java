package io.bizcenter.forms.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.font.FormFont;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints a form as PDF from its HTML page ({@link FormPrinter}, so the same templates, a vendor's own included): A4,
 * one page per copy, Noto Sans SC embedded as the subset the document uses, so it prints the same on a server with no
 * Chinese font. Nothing outside the page is read: no image, stylesheet or font is fetched from a URL. A heading asks
 * for bold and gets the regular weight (one font file of 10 MB, not two). openhtmltopdf logs through java.util.logging
 * under {@code com.openhtmltopdf}; its warnings on flexbox properties are expected (the stylesheet has a table layout
 * for it). Thread-safe; build one and share it.
 */
public final class PdfPrinter {
  private static final int REGULAR = 400;
  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");

  private final FormPrinter pages;
  private final byte[] font;

  private PdfPrinter(FormPrinter pages, byte[] font) {
    this.pages = pages;
    this.font = font;
  }

  /** Prints the pages of {@code pages} (its zone, its vendor templates); reads the font once. */
  public static PdfPrinter of(FormPrinter pages) {
    Objects.requireNonNull(pages, "pages");
    try (InputStream in = FormFont.open()) {
      return new PdfPrinter(pages, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + FormFont.RESOURCE, e);
    }
  }

  /** The form, every copy of it, as a PDF document in {@code locale} (zh-CN or en). */
  public byte[] pdf(Form form, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf(form, locale, out);
    return out.toByteArray();
  }

  /** Writes the PDF to {@code out}, which the caller closes; a failing stream is the caller's broken infrastructure. */
  public void pdf(Form form, Locale locale, OutputStream out) {
    Objects.requireNonNull(out, "out");
    String html = pages.html(form, locale);
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .useDefaultPageSize(210, 297, PageSizeUnits.MM)
        .withProducer("BizCenter forms")
        .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .withW3cDocument(new W3CDom().fromJsoup(withoutFontFaces(Jsoup.parse(html))), null)
        .toStream(out);
    builder.useFont(() -> new ByteArrayInputStream(font), FormFont.FAMILY, REGULAR, FontStyle.NORMAL, true);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("printing " + form + " to PDF", e);
    }
  }

  /**
   * The page without its {@code @font-face} rules: they point a browser at a URL, and openhtmltopdf would let such a
   * rule, unloadable here, stand for the family in place of the font we give it from the jar.
   */
  private static Document withoutFontFaces(Document page) {
    for (Element style : page.select("style")) {
      style.text(FONT_FACE.matcher(style.data()).replaceAll(""));
    }
    return page;
  }
}
