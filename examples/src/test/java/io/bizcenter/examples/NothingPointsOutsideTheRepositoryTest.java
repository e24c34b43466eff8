package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A vendor's clone holds this repository and nothing beside it: no document, comment or message may send a reader to
 * the briefing folder the library was written from, and every relative link in the docs lands inside the clone.
 */
class NothingPointsOutsideTheRepositoryTest {
  private static final Set<String> TEXT = Set.of("java", "md", "properties", "xml", "html", "js", "css", "sql", "mustache", "json", "txt");
  /** The briefing documents' names: the project carries its own catalogue of the rules (docs/rules.md) instead. */
  private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|\\bshared/(spec|tools)|\\bPROCEDURES\\.md|\\bARCHITECTURE\\.md|\\bSTYLE\\.md");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)\\s#]+)");

  @Test
  void noFileNamesTheBriefingFolder() {
    Path root = root();
    List<String> found = new ArrayList<>();
    for (Path file : files(root)) {
      String[] lines = read(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (OUTSIDE.matcher(lines[i]).find()) {
          found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void everyRelativeLinkOfTheDocsLandsInsideTheClone() {
    Path root = root();
    List<String> outside = new ArrayList<>();
    int links = 0;
    for (Path file : files(root)) {
      if (!file.toString().endsWith(".md")) {
        continue;
      }
      Matcher link = MARKDOWN_LINK.matcher(read(file));
      while (link.find()) {
        links++;
        Path target = file.getParent().resolve(link.group(1)).normalize();
        if (!target.startsWith(root) || !Files.exists(target)) {
          outside.add(root.relativize(file) + " -> " + link.group(1));
        }
      }
    }
    assertTrue(links > 50, "the docs link to one another: " + links + " links read");
    assertEquals(List.of(), outside);
  }

  private static Path root() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    assertTrue(Files.exists(root.resolve("README.md")) && Files.exists(root.resolve("core")), "run from the examples module: " + root);
    return root;
  }

  private static List<Path> files(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile)
          .filter(p -> root.relativize(p).toString().split("[/\\\\]").length > 0)
          .filter(p -> Stream.of(root.relativize(p).toString().split("[/\\\\]"))
              .noneMatch(part -> part.equals("target") || part.equals(".git") || part.equals("node_modules")))
          .filter(p -> TEXT.contains(extension(p)))
          // this test names what it looks for
          .filter(p -> !p.getFileName().toString().equals("NothingPointsOutsideTheRepositoryTest.java"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";   // a file that is not UTF-8 text holds no link a reader follows
    }
  }
}
