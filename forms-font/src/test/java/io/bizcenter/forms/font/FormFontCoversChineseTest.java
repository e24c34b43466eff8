package io.bizcenter.forms.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The forms' font covers the Chinese a tenant's name or an amount can be written in")
class FormFontCoversChineseTest {
  private static CmapLookup cmap;
  private static TrueTypeFont font;

  @BeforeAll
  static void readTheFont() throws IOException {
    try (InputStream in = FormFont.open()) {
      font = new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
    cmap = font.getUnicodeCmapLookup();
  }

  @Test
  @DisplayName("TrueType outlines (glyf), which PDFBox embeds as a subset, and the family the stylesheet names")
  void isTrueTypeNamedAsTheStylesheetSays() throws IOException {
    assertTrue(font.getGlyph() != null, "a glyf table");
    assertEquals(FormFont.FAMILY, font.getNaming().getFontFamily());
  }

  @Test
  @DisplayName("every character of GB 2312, and every ideograph GB18030-2005 maps: U+4E00 to U+9FA5 and Extension A, U+3400 to U+4DB5")
  void coversGb2312AndGb18030sIdeographs() {
    List<String> missing = new ArrayList<>();
    for (int cp : gb2312()) {
      if (cmap.getGlyphId(cp) == 0) {
        missing.add(Integer.toHexString(cp));
      }
    }
    for (int[] block : new int[][] {{0x4E00, 0x9FA5}, {0x3400, 0x4DB5}}) {
      for (int cp = block[0]; cp <= block[1]; cp++) {
        if (cmap.getGlyphId(cp) == 0) {
          missing.add(Integer.toHexString(cp));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  @DisplayName("the capitals, ¥, full-width punctuation and Latin a form prints")
  void coversWhatTheFormsPrint() {
    String printed = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整负人民币（大写）：¥·—，。、“”《》 ABCxyz0123456789.,:;()/-m²×";
    printed.codePoints().forEach(cp -> assertTrue(cmap.getGlyphId(cp) != 0, Character.getName(cp)));
  }

  /** Every character GB 2312 encodes: rows 0xA1 to 0xF7, cells 0xA1 to 0xFE, decoded by the JDK's own table. */
  private static List<Integer> gb2312() {
    CharsetDecoder decoder = Charset.forName("GB2312").newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Integer> all = new ArrayList<>();
    for (int row = 0xA1; row <= 0xF7; row++) {
      for (int cell = 0xA1; cell <= 0xFE; cell++) {
        try {
          CharBuffer c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) row, (byte) cell}));
          all.add(Character.codePointAt(c, 0));
        } catch (CharacterCodingException unassigned) {
          // a cell GB 2312 leaves empty
        }
      }
    }
    assertTrue(all.size() > 7400, "GB 2312 has 7,445 characters, decoded " + all.size());
    return all;
  }
}
