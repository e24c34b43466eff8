package io.bizcenter.forms.font;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * Noto Sans SC Regular, the forms' font: TrueType outlines, so a PDF embeds the subset a page uses, and all of GB 2312
 * and every ideograph GB18030-2005 maps (the basic block and Extension A), so a tenant's name prints; of Extension B and
 * beyond it has only a few dozen. SIL Open Font License 1.1, its text beside the font in this jar ({@value #LICENCE}).
 */
public final class FormFont {
  /** The family the forms' stylesheet names first. */
  public static final String FAMILY = "Noto Sans SC";
  /** The font in this jar; under {@code META-INF/resources/} so a servlet container or Spring Boot serves it. */
  public static final String RESOURCE = "META-INF/resources/bizcenter/fonts/NotoSansSC-Regular.ttf";
  /** The font's licence, the SIL Open Font License 1.1 with Adobe's and Google's copyright. */
  public static final String LICENCE = "META-INF/resources/bizcenter/fonts/OFL.txt";

  private FormFont() {}

  /** The font file; the caller closes it. A jar without its font is a broken build, hence the unchecked error. */
  public static InputStream open() {
    InputStream font = FormFont.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (font == null) {
      throw new UncheckedIOException(new IOException(RESOURCE + " is missing from the class path: bizcenter-forms-font is damaged"));
    }
    return font;
  }
}
