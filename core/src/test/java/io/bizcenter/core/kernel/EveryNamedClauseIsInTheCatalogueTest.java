package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Transition;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every clause the library names is in its own catalogue, with the rule in English and the source's Chinese wording:
 * a vendor's clone has no other place to read the rule a rejection or a step cites. Shown to fail on fixtures.
 */
class EveryNamedClauseIsInTheCatalogueTest {
  // a clause id written as a Java string literal, the way declarations, guards and rejections name their clause
  private static final Pattern CLAUSE_LITERAL = Pattern.compile("\"((GS|MI|MO|MR|KY|CS|SV|CP)-\\d+(\\.\\d+)?)\"");

  private static final String CHAPTERS = "KY\tKey control\t钥匙管理规程\t第3篇\n";

  @Test
  @DisplayName("every clause of every step, guard and state of every declared procedure is in the catalogue")
  void declaredClausesAreCatalogued() {
    Set<Clause> declared = declaredClauses();
    assertTrue(declared.size() > 50, "the declarations name their clauses: " + declared);
    assertEquals(Set.of(), notIn(ClauseCatalogue.source(), declared));
  }

  @Test
  @DisplayName("every clause core's code names as a literal (rejections, tasks, documents, guards) is in the catalogue")
  void clausesNamedByTheCodeAreCatalogued() throws IOException {
    Set<Clause> named = clausesNamedBy(Path.of("src/main/java"));
    assertTrue(named.containsAll(declaredClauses()), "the declarations' clauses are literals of core's code too");
    assertEquals(Set.of(), notIn(ClauseCatalogue.source(), named));
  }

  @Test
  @DisplayName("every catalogued rule has its English rule and the source's Chinese wording, and every chapter both titles")
  void everyRuleHasBothTexts() {
    ClauseCatalogue catalogue = ClauseCatalogue.source();
    assertEquals(8, catalogue.chapters().size(), "the standards and the source's seven procedures");
    for (ClauseCatalogue.Rule rule : catalogue.rules()) {
      assertFalse(rule.text(Messages.EN).isBlank(), rule.clause() + " in English");
      assertFalse(rule.text(Messages.ZH_CN).isBlank(), rule.clause() + " in Chinese");
      assertTrue(rule.text(Messages.ZH_CN).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          rule.clause() + "'s wording is the source's Chinese");
    }
    for (ClauseCatalogue.Chapter chapter : catalogue.chapters()) {
      assertFalse(catalogue.rules(chapter).isEmpty(), chapter.family() + " has rules");
      assertFalse(chapter.title(Messages.ZH_CN).equals(chapter.title(Messages.EN)), chapter.family() + " titles in two languages");
    }
    catalogue.forms().forEach(f -> assertFalse(f.clauses().isEmpty(), f.english() + " names its clauses"));
  }

  @Test
  @DisplayName("a clause reads as its rule in English and as the source's own Chinese")
  void aClauseReadsInBothLanguages() {
    assertTrue(Clause.of("KY-1.4").text(Messages.EN).contains("master keys is fixed"));
    assertTrue(Clause.of("KY-1.4").text(Messages.ZH_CN).contains("万能钥匙的数量要保持一个定数"));
    assertEquals(ClauseCatalogue.Basis.READING, ClauseCatalogue.source().rule(Clause.of("MO-3.3")).basis());
  }

  @Test
  @DisplayName("fixture: a catalogue that lacks clauses the code names is caught, and so is each clause it lacks")
  void aCatalogueMissingClausesFails() {
    ClauseCatalogue onlyOne = ClauseCatalogue.read(new StringReader(CHAPTERS),
        new StringReader("KY-1.4\tsource\tThe number of master keys is fixed.\t万能钥匙的数量要保持一个定数\t\n"), new StringReader(""));
    Set<Clause> missing = notIn(onlyOne, declaredClauses());
    assertFalse(missing.isEmpty());
    assertTrue(missing.contains(Clause.of("KY-1.1")), "a clause the key procedure declares but the fixture lacks: " + missing);
    assertFalse(missing.contains(Clause.of("KY-1.4")));
    assertThrows(IllegalStateException.class, () -> onlyOne.rule(Clause.of("KY-1.1")));
  }

  @Test
  @DisplayName("fixture: a rule without its Chinese wording, or a reading that does not say what is ours, is refused on reading")
  void aRuleWithoutBothTextsFails() {
    assertThrows(IllegalStateException.class, () -> ClauseCatalogue.read(new StringReader(CHAPTERS),
        new StringReader("KY-1.4\tsource\tThe number of master keys is fixed.\t \t\n"), new StringReader("")));
    assertThrows(IllegalStateException.class, () -> ClauseCatalogue.read(new StringReader(CHAPTERS),
        new StringReader("KY-1.4\treading\tThe number of master keys is fixed.\t万能钥匙的数量要保持一个定数\t\n"), new StringReader("")));
    assertThrows(IllegalStateException.class, () -> ClauseCatalogue.read(new StringReader(CHAPTERS),
        new StringReader("KY-1.4\tsource\tThe number of master keys is fixed.\n"), new StringReader("")));
  }

  @Test
  @DisplayName("fixture: a clause literal in code is found by the scan, so an uncatalogued one would be caught")
  void theScanFindsLiterals(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Fixture.java"), "class Fixture { Object c = Clause.of(\"KY-1.1\"); String s = \"KY-1.x\"; }");
    assertEquals(Set.of(Clause.of("KY-1.1")), clausesNamedBy(dir));
  }

  private static Set<Clause> notIn(ClauseCatalogue catalogue, Set<Clause> named) {
    Set<Clause> missing = new TreeSet<>((a, b) -> a.id().compareTo(b.id()));
    named.stream().filter(c -> catalogue.find(c).isEmpty()).forEach(missing::add);
    return missing;
  }

  /** Runs every declaration, as a built {@code BusinessCenter} lists them: steps, their guards and the states' clauses. */
  private static Set<Clause> declaredClauses() {
    BusinessCenter center = BusinessCenter.builder()
        .storage(unused(Storage.class)).notifier(notice -> {}).ids(unused(Ids.class)).clock(Clock.systemUTC())
        .build();
    Set<Clause> clauses = new TreeSet<>((a, b) -> a.id().compareTo(b.id()));
    for (ProcedureDefinition<?, ?, ?, ?> p : center.procedures()) {
      collect(p, clauses);
    }
    return clauses;
  }

  private static <S extends Enum<S>> void collect(ProcedureDefinition<S, ?, ?, ?> p, Set<Clause> clauses) {
    for (Transition<S, ?, ?, ?> t : p.transitions()) {
      clauses.add(t.clause());
      t.guards().forEach(g -> clauses.add(g.clause()));
    }
    p.states().forEach(s -> clauses.add(p.clauseOf(s)));
  }

  private static Set<Clause> clausesNamedBy(Path sources) throws IOException {
    Set<Clause> named = new TreeSet<>((a, b) -> a.id().compareTo(b.id()));
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CLAUSE_LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          named.add(Clause.of(m.group(1)));
        }
      }
    }
    return named;
  }

  /**
   * A port the declarations never touch: building a {@code BusinessCenter} only hands its stores to the desks, and
   * any call would fail this test loudly rather than pass it on nothing. A store answers its sub-ports the same way.
   */
  @SuppressWarnings("unchecked")
  private static <T> T unused(Class<T> port) {
    return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("toString") ? "unused " + port.getSimpleName() : method.getName().equals("hashCode")
            ? System.identityHashCode(proxy) : proxy == args[0];
      }
      if (port == Storage.class && method.getReturnType().isInterface()) {
        return unused(method.getReturnType());
      }
      throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName() + " is not used to list the declarations");
    });
  }
}
