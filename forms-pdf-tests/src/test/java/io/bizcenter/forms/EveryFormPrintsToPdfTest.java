package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.forms.font.FormFont;
import io.bizcenter.forms.pdf.PdfPrinter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@DisplayName("Every form prints to PDF in zh-CN and en, with every character drawn by the embedded font, on a machine with no Chinese font")
class EveryFormPrintsToPdfTest {
  // where the page shown in forms/README.md is written, to be looked at and copied there by hand
  static final Path SCREENSHOT = Path.of("target", "fee-receipt.zh.page-1.png");
  // -Dbizcenter.pdf.keep=true keeps every PDF printed, under target/pdf/, to be opened and read
  static final Path KEPT = Boolean.getBoolean("bizcenter.pdf.keep") ? Path.of("target", "pdf") : null;
  private static final FormPrinter PRINTER_HTML = FormPrinter.defaults();
  private static final PdfPrinter PRINTER = PdfPrinter.of(PRINTER_HTML);
  private static CmapLookup font;

  @BeforeAll
  static void readTheFont() throws IOException {
    try (InputStream in = FormFont.open()) {
      font = new TTFParser().parse(new RandomAccessReadBuffer(in)).getUnicodeCmapLookup();
    }
  }

  @TestFactory
  @DisplayName("each form and language: A4, one page per copy, rasterised with ink on it, no missing glyph, text as its golden file")
  Stream<DynamicTest> eachFormAndLanguage() {
    Map<FormType, Supplier<Form>> samples = Samples.all(Samples.CLIENT);
    List<DynamicTest> tests = new ArrayList<>();
    for (FormType type : Forms.ALL) {
      Form form = samples.get(type).get();
      for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
        String file = type.name() + "." + locale.getLanguage() + ".pdf.txt";
        tests.add(DynamicTest.dynamicTest(type.name() + " " + locale, () -> {
          byte[] printed = PRINTER.pdf(form, locale);
          if (KEPT != null) {
            Files.createDirectories(KEPT);
            Files.write(KEPT.resolve(type.name() + "." + locale.getLanguage() + ".pdf"), printed);
          }
          try (PDDocument pdf = Loader.loadPDF(printed)) {
            assertEquals(form.copies().count(), pdf.getNumberOfPages(), "one A4 page per copy");
            StringBuilder text = new StringBuilder();
            PDFRenderer raster = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
              PDPage page = pdf.getPage(i);
              assertA4(page.getMediaBox());
              String pageText = drawnText(pdf, i);
              assertFontsEmbedded(page, i);
              text.append("--- page ").append(i + 1).append(" ---\n").append(pageText);
              BufferedImage image = raster.renderImageWithDPI(i, 36);
              assertTrue(inked(image) > 0.002, "page " + (i + 1) + " has print on it");
            }
            assertTrue(text.toString().contains(type.title(locale)), "the title, in the text layer");
            assertEquals("", PrintedCharacters.difference(PRINTER_HTML.html(form, locale), pdf), "the PDF prints what the page says");
            Golden.assertMatches(file, text.toString());
          }
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  @DisplayName("the fee receipt's first Chinese page, rasterised for forms/README.md")
  Stream<DynamicTest> screenshot() throws IOException {
    return Stream.of(DynamicTest.dynamicTest("fee-receipt zh page 1", () -> {
      Form receipt = Samples.all(Samples.CLIENT).get(io.bizcenter.forms.services.FeeReceiptForm.TYPE).get();
      try (PDDocument pdf = Loader.loadPDF(PRINTER.pdf(receipt, Messages.ZH_CN))) {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
        Files.createDirectories(SCREENSHOT.getParent());
        assertTrue(ImageIO.write(page, "png", SCREENSHOT.toFile()), "a PNG writer");
      }
    }));
  }

  private static void assertA4(PDRectangle box) {
    // A4 is 210 × 297 mm, 595.3 × 841.9 points
    assertEquals(595.3, box.getWidth(), 0.5, "A4 width");
    assertEquals(841.9, box.getHeight(), 0.5, "A4 height");
  }

  /** Every font the page uses is embedded, and is a subset of ours: no PDF viewer's or printer's own font stands in. */
  private static void assertFontsEmbedded(PDPage page, int index) throws IOException {
    for (COSName name : page.getResources().getFontNames()) {
      PDFont used = page.getResources().getFont(name);
      assertTrue(used.isEmbedded(), "page " + (index + 1) + ": " + used.getName() + " embedded");
      assertTrue(used.getName().matches("[A-Z]{6}\\+NotoSansSC-Regular"), "page " + (index + 1) + ": a subset of Noto Sans SC, not " + used.getName());
    }
  }

  /**
   * The page's text as PDFBox extracts it, after checking each glyph drawn: not the font's missing glyph (.notdef), and
   * a character our font has, so what prints is what the form says.
   */
  private static String drawnText(PDDocument pdf, int index) throws IOException {
    List<String> missing = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void showGlyph(Matrix matrix, PDFont used, int code, Vector displacement) throws IOException {
        String unicode = used.toUnicode(code);
        if (!(used instanceof PDVectorFont vector && vector.hasGlyph(code)) || unicode == null || unicode.codePoints().anyMatch(cp -> font.getGlyphId(cp) == 0)) {
          missing.add(code + "=" + unicode);
        }
        super.showGlyph(matrix, used, code, displacement);
      }
    };
    stripper.setStartPage(index + 1);
    stripper.setEndPage(index + 1);
    stripper.setSortByPosition(true);
    String text = stripper.getText(pdf);
    assertEquals(List.of(), missing, "page " + (index + 1) + ": glyphs the font does not have");
    assertTrue(new TreeSet<>(text.codePoints().boxed().toList()).size() > 20, "page " + (index + 1) + " has text");
    return text;
  }

  /** The share of the page's pixels that are not white. */
  private static double inked(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    return (double) dark / (image.getWidth() * (long) image.getHeight());
  }
}
