package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.testkit.EveryCommand;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * JSON Schema 2020-12 patterns are ECMA-262 regular expressions, and Ajv compiles them with the {@code u} flag: every
 * pattern a command schema holds must be valid there and mean what it means to java.util.regex (without {@code u},
 * {@code \p{L}} is the text "p{L}").
 */
class SchemaPatternsTest {
  /** ECMA-262's syntax characters, the only ones a unicode-mode pattern may escape as themselves (and {@code -} in a class). */
  private static final String SYNTAX = "^$\\.*+?()[]{}|/";
  private static final List<String> SAMPLES = List.of("投诉-1", "p{L}", "c-1", "a_b.c:d/e@f#g+h", "harbour-tower", "a b", "a\"b", "e\u0301",
      "١٢٣", "ⅻ", "120.00", "-5.50", "1.5", "2026-03-02T10:00", "2026-03-02T10:00:30.5", "138 0013 8000", "(+86)138-0013", "a\tb",
      "a\nb", "a\r\nb", "a\u2028b", "a\u202Eb", "a\u0085b", "a\u0000b", "", "a\\b", "\\p", "a]b", "a^b", "A-Z", "₂", "c-1\n");

  @Test
  @DisplayName("every pattern of every command schema is a valid ECMA-262 unicode-mode pattern: no identity escape but of a syntax character")
  void patternsAreValidInUnicodeMode() {
    List<String> patterns = patterns();
    assertTrue(patterns.size() >= 5, patterns.toString());
    List<String> invalid = patterns.stream().filter(p -> unicodeModeProblem(p).isPresent())
        .map(p -> p + ": " + unicodeModeProblem(p).orElseThrow()).toList();
    assertEquals(List.of(), invalid);
  }

  @Test
  @DisplayName("the unicode-mode rule refuses the identity escapes Ajv refuses and takes the escapes it takes")
  void theRuleKnowsUnicodeMode() {
    assertTrue(unicodeModeProblem("^[\\p{L}\\-\\_\\.\\:]+$").isPresent(), "\\_ is an identity escape");
    assertTrue(unicodeModeProblem("^a\\-b$").isPresent(), "\\- outside a class");
    assertTrue(unicodeModeProblem("^\\#$").isPresent());
    assertFalse(unicodeModeProblem("^[\\p{L}\\p{Nd}\\-_.:/@#+]+$").isPresent());
    assertFalse(unicodeModeProblem("^[^\\u0000-\\u001F\\u2028]*$").isPresent());
    assertFalse(unicodeModeProblem("^-?[0-9]+(\\.[0-9]+)?$").isPresent());
  }

  @Test
  @DisplayName("node's new RegExp(p, \"u\") compiles every schema pattern and takes exactly the samples java.util.regex takes")
  void nodeAgreesWithJava() throws Exception {
    Optional<File> node = onPath("node");
    Assumptions.assumeTrue(node.isPresent(), "node is not on the PATH: the ECMA-262 comparison is skipped, the syntax rule still runs");
    List<String> patterns = patterns();
    ObjectMapper json = new ObjectMapper();
    String script = "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        + "console.log(JSON.stringify(input.patterns.map(p => { try { const r = new RegExp(p, 'u');"
        + " return input.samples.map(s => r.test(s)); } catch (e) { return String(e.message); } })));";
    Process process = new ProcessBuilder(node.orElseThrow().getPath(), "-e", script).redirectErrorStream(true).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(json.writeValueAsBytes(Map.of("patterns", patterns, "samples", SAMPLES)));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node did not finish");
    assertEquals(0, process.exitValue(), out);
    JsonNode answers = json.readTree(out);
    List<String> disagreements = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      JsonNode answer = answers.get(p);
      if (!answer.isArray()) {
        disagreements.add(patterns.get(p) + " does not compile: " + answer.asText());
        continue;
      }
      Pattern java = Pattern.compile(patterns.get(p));
      for (int s = 0; s < SAMPLES.size(); s++) {
        // the patterns are anchored: ECMA's test is a whole match, as core's and java's matches()
        if (java.matcher(SAMPLES.get(s)).matches() != answer.get(s).asBoolean()) {
          disagreements.add(patterns.get(p) + " on " + json.writeValueAsString(SAMPLES.get(s)));
        }
      }
    }
    assertEquals(List.of(), disagreements);
  }

  private static List<String> patterns() {
    TreeSet<String> patterns = new TreeSet<>();
    for (Class<? extends Command> command : EveryCommand.records()) {
      for (Locale locale : Labels.LANGUAGES) {
        collect(CommandSchema.of(command, locale), patterns);
      }
    }
    return List.copyOf(patterns);
  }

  private static void collect(JsonNode node, TreeSet<String> patterns) {
    if (node.isObject() && node.path("pattern").isTextual()) {
      patterns.add(node.get("pattern").asText());
    }
    node.forEach(child -> collect(child, patterns));
  }

  /** What makes {@code pattern} invalid in ECMA-262 unicode mode as far as escapes go, or nothing. */
  static Optional<String> unicodeModeProblem(String pattern) {
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '[' && !inClass) {
        inClass = true;
      } else if (c == ']' && inClass) {
        inClass = false;
      } else if (c == '\\') {
        if (i + 1 == pattern.length()) {
          return Optional.of("a trailing \\");
        }
        char e = pattern.charAt(++i);
        String rest = pattern.substring(i + 1);
        boolean valid = SYNTAX.indexOf(e) >= 0 || (e == '-' && inClass) || "dDsSwWfnrtv".indexOf(e) >= 0
            || (e == 'b' || (e == 'B' && !inClass)) || (e == '0' && !rest.matches("(?s)[0-9].*"))
            || (e == 'c' && rest.matches("(?s)[A-Za-z].*")) || (e == 'x' && rest.matches("(?s)[0-9A-Fa-f]{2}.*"))
            || (e == 'u' && rest.matches("(?s)([0-9A-Fa-f]{4}|\\{[0-9A-Fa-f]{1,6}}).*"))
            || ((e == 'p' || e == 'P') && rest.matches("(?s)\\{[A-Za-z_=]+}.*")) || (e >= '1' && e <= '9' && !inClass);
        if (!valid) {
          return Optional.of("\\" + e + " at " + (i - 1) + (inClass ? " in a class" : ""));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<File> onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File file = new File(dir, program);
      if (!dir.isEmpty() && file.isFile() && file.canExecute()) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }
}
