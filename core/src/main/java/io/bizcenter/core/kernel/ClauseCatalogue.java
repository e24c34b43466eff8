package io.bizcenter.core.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The source's rules, carried by the library itself: every clause with its rule in English and the source's own
 * Chinese wording, the chapters with their titles in both languages, and the forms the source names. A vendor's
 * clone has nothing else to read them from; {@code docs/rules.md} is generated from this catalogue.
 *
 * <p>The tables are UTF-8, tab-separated files beside this class ({@code clauses.tsv}, {@code chapters.tsv},
 * {@code source-forms.tsv}); a malformed one fails loudly when first read, since it is the library's defect.
 */
public final class ClauseCatalogue {
  private final List<Chapter> chapters;
  private final Map<Clause, Rule> rules;
  private final List<SourceForm> forms;

  private ClauseCatalogue(List<Chapter> chapters, Map<Clause, Rule> rules, List<SourceForm> forms) {
    this.chapters = List.copyOf(chapters);
    this.rules = rules;
    this.forms = List.copyOf(forms);
  }

  /** The library's own catalogue, read once. */
  public static ClauseCatalogue source() {
    return Loaded.SOURCE;
  }

  // a holder class, so the tables are read on first use and only once, without locking
  private static final class Loaded {
    static final ClauseCatalogue SOURCE = read(resource("chapters.tsv"), resource("clauses.tsv"), resource("source-forms.tsv"));

    private static Reader resource(String name) {
      InputStream in = ClauseCatalogue.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("the clause catalogue's table " + name + " is not on the class path");
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }

  /** Reads a catalogue from its three tables, in the format of the library's own (for the library and its tests). */
  static ClauseCatalogue read(Reader chapterTable, Reader clauseTable, Reader formTable) {
    List<Chapter> chapters = new ArrayList<>();
    for (String[] f : rows(chapterTable, "chapters.tsv", 4)) {
      chapters.add(new Chapter(f[0], f[1], f[2], f[3]));
    }
    Map<Clause, Rule> rules = new LinkedHashMap<>();
    for (String[] f : rows(clauseTable, "clauses.tsv", 5)) {
      Rule rule = new Rule(Clause.of(f[0]), Basis.of(f[1]), f[2], f[3], f[4]);
      if (chapters.stream().noneMatch(c -> c.family().equals(rule.clause().family()))) {
        throw new IllegalStateException("clause " + rule.clause() + " belongs to no chapter of the catalogue");
      }
      if (rules.put(rule.clause(), rule) != null) {
        throw new IllegalStateException("clause " + rule.clause() + " is in the catalogue twice");
      }
    }
    List<SourceForm> forms = new ArrayList<>();
    for (String[] f : rows(formTable, "source-forms.tsv", 4)) {
      List<Clause> clauses = Arrays.stream(f[2].split(",")).map(String::strip).map(Clause::of).toList();
      clauses.stream().filter(c -> !rules.containsKey(c)).findFirst().ifPresent(c -> {
        throw new IllegalStateException("the form " + f[1] + " names " + c + ", which the catalogue does not hold");
      });
      forms.add(new SourceForm(f[0], f[1], clauses, f[3]));
    }
    return new ClauseCatalogue(chapters, rules, forms);
  }

  private static List<String[]> rows(Reader table, String name, int fields) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(table)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != fields) {
          throw new IllegalStateException(name + " line " + number + ": " + fields + " tab-separated fields expected, found " + f.length);
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The source's chapters in its order, the standards (GS) first. */
  public List<Chapter> chapters() {
    return chapters;
  }

  /** Every rule in the source's order. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rules of one chapter, in the source's order. */
  public List<Rule> rules(Chapter chapter) {
    return rules.values().stream().filter(r -> r.clause().family().equals(chapter.family())).toList();
  }

  /** The rule of a clause, if the catalogue holds it. */
  public Optional<Rule> find(Clause clause) {
    return Optional.ofNullable(rules.get(clause));
  }

  /** The rule of a clause the library names; a clause missing here is the library's defect, checked by its tests. */
  public Rule rule(Clause clause) {
    return find(clause).orElseThrow(() -> new IllegalStateException("clause " + clause + " is not in the clause catalogue"));
  }

  /** The forms the source names, in its order. */
  public List<SourceForm> forms() {
    return forms;
  }

  /** Chinese for a zh locale, English for any other (as the message bundles fall back to their English base). */
  private static String inLanguage(Locale locale, String english, String chinese) {
    return "zh".equals(locale.getLanguage()) ? chinese : english;
  }

  private static String required(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("the clause catalogue has no " + what);
    }
    return text.strip();
  }

  /** Whether the English restates a sentence of the source, or is our reading of the passage given in Chinese. */
  public enum Basis {
    /** The English restates the Chinese wording given. */
    SOURCE,
    /** The English is our reading; the Chinese is the nearest passage of the source, and the note says what is ours. */
    READING;

    static Basis of(String field) {
      return switch (field) {
        case "source" -> SOURCE;
        case "reading" -> READING;
        default -> throw new IllegalStateException("basis must be source or reading, not " + field);
      };
    }
  }

  /** A chapter of the source: the family of its clause ids ({@code KY}), its titles and where it stands there. */
  public record Chapter(String family, String english, String chinese, String place) {
    /** Every field is required: a chapter without a title could not be shown in one of the two languages. */
    public Chapter {
      family = required(family, "chapter family");
      english = required(english, "English title for chapter " + family);
      chinese = required(chinese, "Chinese title for chapter " + family);
      place = required(place, "place in the source for chapter " + family);
    }

    /** The chapter's title in {@code locale}. */
    public String title(Locale locale) {
      return inLanguage(locale, english, chinese);
    }
  }

  /**
   * One clause: the rule in English, the source's Chinese wording it comes from, and a note saying what in the English
   * is our reading (required when the basis is {@link Basis#READING}, optional otherwise).
   */
  public record Rule(Clause clause, Basis basis, String english, String chinese, String note) {
    /** Both texts are required (a rule the library names must be shown in either language), and a reading says why. */
    public Rule {
      english = required(english, "English rule for " + clause);
      chinese = required(chinese, "Chinese wording for " + clause);
      note = note == null ? "" : note.strip();
      if (basis == Basis.READING && note.isEmpty()) {
        throw new IllegalStateException("clause " + clause + " is our reading of the source but says not how");
      }
    }

    /** The rule in English, or the source's own Chinese wording. */
    public String text(Locale locale) {
      return inLanguage(locale, english, chinese);
    }
  }

  /** A form the source names, with the clauses that use it and the copies it goes out in, if the source says. */
  public record SourceForm(String chinese, String english, List<Clause> clauses, String copies) {
    /** Names in both languages are required; copies may be blank where the source gives no number. */
    public SourceForm {
      chinese = required(chinese, "Chinese name for a form");
      english = required(english, "English name for form " + chinese);
      clauses = List.copyOf(clauses);
      copies = copies == null ? "" : copies.strip();
    }

    /** The form's name in {@code locale}. */
    public String name(Locale locale) {
      return inLanguage(locale, english, chinese);
    }
  }
}
