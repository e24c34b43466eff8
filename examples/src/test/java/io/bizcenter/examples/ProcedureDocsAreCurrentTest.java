package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The committed diagrams and traceability table are what the code generates today; otherwise the build fails. */
class ProcedureDocsAreCurrentTest {
  private static final String REGENERATE =
      "generated docs are stale: run `mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.bizcenter.examples.ProcedureDocs` and commit docs/";

  @Test
  @DisplayName("GS-2 GS-6 every procedure's diagram and the clause traceability table are up to date")
  void committedDocsAreCurrent() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Map<Path, String> expected = new ProcedureDocs(root).documents();
    assertTrue(expected.size() >= 3, "a page per procedure, an index and the traceability table");
    for (Map.Entry<Path, String> doc : expected.entrySet()) {
      Path file = doc.getKey();
      assertTrue(Files.exists(file), REGENERATE + " (missing " + root.relativize(file) + ")");
      assertEquals(doc.getValue(), Files.readString(file, StandardCharsets.UTF_8), REGENERATE + " (" + root.relativize(file) + ")");
    }
  }
}
