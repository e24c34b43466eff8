package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.ClauseCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed diagrams, traceability table and rules are what the code generates today, and every clause link lands
 * on a clause of the rules; otherwise the build fails.
 */
class ProcedureDocsAreCurrentTest {
  private static final String REGENERATE =
      "generated docs are stale: run `mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.bizcenter.examples.ProcedureDocs` and commit docs/";

  @Test
  @DisplayName("GS-2 GS-6 every procedure's diagram, the clause traceability table and the rules are up to date")
  void committedDocsAreCurrent() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Map<Path, String> expected = new ProcedureDocs(root).documents();
    assertTrue(expected.size() >= 4, "a page per procedure, an index, the traceability table and the rules");
    assertTrue(expected.containsKey(root.resolve("docs/rules.md")), "the rules are generated from core's clause catalogue");
    for (Map.Entry<Path, String> doc : expected.entrySet()) {
      Path file = doc.getKey();
      assertTrue(Files.exists(file), REGENERATE + " (missing " + root.relativize(file) + ")");
      assertEquals(doc.getValue(), Files.readString(file, StandardCharsets.UTF_8), REGENERATE + " (" + root.relativize(file) + ")");
    }
  }

  @Test
  @DisplayName("GS-1 every clause link of the generated documents lands on a heading of docs/rules.md, as GitHub anchors it")
  void clauseLinksLandOnTheRules() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Map<Path, String> docs = new ProcedureDocs(root).documents();
    Set<String> anchors = new HashSet<>();
    Matcher heading = Pattern.compile("(?m)^#+ (.+)$").matcher(docs.get(root.resolve("docs/rules.md")));
    while (heading.find()) {
      anchors.add(githubAnchor(heading.group(1)));
    }
    int links = 0;
    for (String doc : docs.values()) {
      Matcher link = Pattern.compile("\\]\\((?:\\.\\./)?(?:rules\\.md)?#([^)]+)\\)").matcher(doc);
      while (link.find()) {
        links++;
        assertTrue(anchors.contains(link.group(1)), "a link to #" + link.group(1) + " that docs/rules.md has no heading for");
      }
    }
    assertTrue(links > 81, "the traceability table alone links every clause: " + links);
  }

  @Test
  @DisplayName("GS-6 every clause of docs/rules.md is named by the library's code and by a test")
  void everyClauseIsImplementedAndTested(@TempDir Path emptyProject) {
    assertEquals(Map.of(), new ProcedureDocs(Path.of("..").toAbsolutePath().normalize()).coverageGaps());
    // fixture: a project without sources has every clause missing, so the check is seen to fail
    Map<String, String> gaps = new ProcedureDocs(emptyProject).coverageGaps();
    assertEquals(ClauseCatalogue.source().rules().size(), gaps.size());
    assertTrue(gaps.values().stream().allMatch("no code and no test"::equals), gaps.toString());
  }

  @Test
  @DisplayName("fixture: the anchor check tells a clause heading's anchor from a near miss")
  void anchorsAreGitHubs() {
    assertEquals("ky-11", githubAnchor("KY-1.1"));
    assertEquals("gs-1", githubAnchor("GS-1"));
    assertFalse("ky-1.1".equals(githubAnchor("KY-1.1")));
  }

  /** GitHub's anchor for a heading: lower case, punctuation other than hyphens dropped, spaces to hyphens. */
  private static String githubAnchor(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
  }
}
