package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A vendor imports one BOM for every module: a new published module that the BOM forgets fails the build. */
class BomListsEveryModuleTest {
  /** Programs and measurements, not libraries a vendor depends on. */
  private static final Set<String> NOT_PUBLISHED = Set.of("bizcenter-examples", "bizcenter-examples-spring-boot", "bizcenter-benchmarks",
      "bizcenter-bom", "bizcenter-forms-pdf-tests");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(bizcenter-[a-z-]+)</artifactId>");

  @Test
  @DisplayName("the BOM manages every published module of the reactor, and nothing else")
  void bomListsEveryPublishedModule() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String parent = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
    Set<String> published = new TreeSet<>();
    Matcher module = Pattern.compile("<module>([a-z-]+)</module>").matcher(parent);
    while (module.find()) {
      String pom = Files.readString(root.resolve(module.group(1)).resolve("pom.xml"), StandardCharsets.UTF_8);
      String own = pom.substring(pom.indexOf("</parent>") + 1);
      Matcher artifact = ARTIFACT.matcher(pom.contains("</parent>") ? own : pom);
      if (artifact.find() && !NOT_PUBLISHED.contains(artifact.group(1))) {
        published.add(artifact.group(1));
      }
    }
    Set<String> inBom = new TreeSet<>();
    Matcher managed = ARTIFACT.matcher(Files.readString(root.resolve("bom/pom.xml"), StandardCharsets.UTF_8));
    while (managed.find()) {
      inBom.add(managed.group(1));
    }
    inBom.remove("bizcenter-bom");
    assertEquals(published, inBom);
  }
}
