package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.forms.FormPrinter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The printed forms name their font at {@link FormPrinter#FONT_URL}; the desk serves it, started as a vendor starts it. */
class WebDeskServesTheFormsFontTest {
  @Test
  @DisplayName("the forms' font answers 200 with a TrueType body")
  void fontIsServed() {
    try (DeskApi desk = new DeskApi()) {
      HttpResponse<byte[]> font = desk.bytes(FormPrinter.FONT_URL);
      assertEquals(200, font.statusCode());
      assertEquals("font/ttf", font.headers().firstValue("Content-Type").orElse(""));
      // a TrueType file opens with the version 1.0 tag, and Noto Sans SC is megabytes
      assertArrayEquals(new byte[] {0, 1, 0, 0}, Arrays.copyOf(font.body(), 4));
      assertTrue(font.body().length > 1_000_000, "bytes: " + font.body().length);
    }
  }

  @Test
  @DisplayName("the font's jar is on the desk's runtime class path, not only the tests' (mvn exec:java runs without test scope)")
  void fontJarIsARuntimeDependency() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList dependencies = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getElementsByTagName("dependency");
    Optional<String> scope = Optional.empty();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (text(dependency, "artifactId").equals("bizcenter-forms-font")) {
        scope = Optional.of(text(dependency, "scope"));
      }
    }
    assertTrue(scope.isPresent(), "examples/pom.xml names bizcenter-forms-font");
    assertTrue(scope.get().isEmpty() || scope.get().equals("compile") || scope.get().equals("runtime"), "scope: " + scope.get());
  }

  private static String text(Element element, String child) {
    NodeList found = element.getElementsByTagName(child);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
  }
}
