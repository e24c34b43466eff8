package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.adapters.jdbc.JdbcStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.port.TimeOrderedIds;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, run twice on one H2 file as a newcomer would run it. */
class ADayAtTheBusinessCenterTest {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  @DisplayName("the quarter runs to its end on H2 with every procedure taking part and every form printed; a second run on the same file finds the first's data")
  void twiceOnOneH2File(@TempDir Path folder) throws IOException {
    Path database = folder.resolve("day");
    Set<String> declared = BusinessCenter.builder().storage(new InMemoryStorage()).notifier(n -> {})
        .ids(new TimeOrderedIds(Clock.systemUTC(), new SecureRandom())).clock(Clock.systemUTC()).build().procedures().stream().map(d -> d.name()).collect(Collectors.toSet());

    ByteArrayOutputStream firstConsole = new ByteArrayOutputStream();
    ADayAtTheBusinessCenter.Result first;
    try (HikariDataSource h2 = h2(database)) {
      first = ADayAtTheBusinessCenter.run(migrated(h2), folder, new PrintStream(firstConsole, true, StandardCharsets.UTF_8));
    }

    assertEquals(1, first.run());
    assertFalse(first.earlier().any(), "a new file holds nothing");
    assertEquals(declared, first.procedures(), "every declared procedure took part, as the audit entries printed show");
    assertTrue(first.steps() > 100, "a quarter's worth of steps: " + first.steps());
    String told = firstConsole.toString(StandardCharsets.UTF_8);
    assertEquals(2, first.rejections());
    assertBothLanguages(told, "refused KY_MASTER_KEY_HOLDER_NOT_AUTHORIZED [KY-1.1]");
    assertBothLanguages(told, "refused MO_KEYS_STILL_HELD [MO-3.3]");
    assertTrue(told.contains("agenda at 08:30 (GS-7), per department:"), "the mornings' agendas are printed");
    assertTrue(told.contains(first.forms().toAbsolutePath().toString()), "the forms folder is named on the console");
    assertFormsPrinted(first.forms());

    // a second `mvn exec:java`: a new pool on the same file
    ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
    ADayAtTheBusinessCenter.Result second;
    List<MoveIn> moveIns;
    try (HikariDataSource h2 = h2(database)) {
      JdbcStorage storage = migrated(h2);
      second = ADayAtTheBusinessCenter.run(storage, folder, new PrintStream(secondConsole, true, StandardCharsets.UTF_8));
      moveIns = storage.moveIns().all(ADayAtTheBusinessCenter.TOWER);
    }

    assertEquals(2, second.run());
    assertEquals(new ADayAtTheBusinessCenter.Earlier(1, 1, 2, 2, 1, 4, 1, 1), second.earlier(), "what the first run left");
    String toldAgain = secondConsole.toString(StandardCharsets.UTF_8);
    assertTrue(toldAgain.contains("The data of earlier runs survived"), toldAgain.lines().limit(5).collect(Collectors.joining("\n")));
    assertTrue(toldAgain.contains("found move-in " + moveIns.get(0).id()), "the first run's move-in is named");
    assertEquals(List.of("R1", "R2"), moveIns.stream().map(m -> m.id().value().substring(0, 2)).toList(), "both runs' move-ins, ids apart");
    assertEquals(declared, second.procedures());
    assertFormsPrinted(second.forms());
    assertFalse(second.forms().equals(first.forms()), "each run prints into a folder of its own");
  }

  private static HikariDataSource h2(Path database) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl("jdbc:h2:file:" + database + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
    return new HikariDataSource(pool);
  }

  private static JdbcStorage migrated(HikariDataSource h2) {
    JdbcStorage storage = JdbcStorage.on(h2);
    storage.migrate();
    return storage;
  }

  /** A refusal is told with its code and clause, then in Chinese and in English. */
  private static void assertBothLanguages(String told, String refusal) {
    List<String> lines = told.lines().toList();
    int at = lines.indexOf(lines.stream().filter(l -> l.contains(refusal)).findFirst().orElseThrow(() -> new AssertionError("not told: " + refusal)));
    String chinese = lines.get(at + 1);
    String english = lines.get(at + 2);
    assertTrue(chinese.trim().startsWith("zh-CN") && HAN.matcher(chinese).find(), chinese);
    assertTrue(english.trim().startsWith("en") && !HAN.matcher(english).find(), english);
  }

  /** Every form the forms module lists, in zh and en, as HTML and text, none of them empty. */
  private static void assertFormsPrinted(Path forms) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(forms)) {
      files = listed.toList();
    }
    assertFalse(files.isEmpty(), "the forms folder has files");
    for (FormType type : Forms.ALL) {
      for (String ending : List.of(".zh.html", ".zh.txt", ".en.html", ".en.txt")) {
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith(type.name() + ".") && f.toString().endsWith(ending)),
            () -> type.name() + ending + " was not printed: give the day a case this form is built from");
      }
    }
    for (Path f : files) {
      assertTrue(Files.size(f) > 200, () -> f + " is nearly empty");
    }
  }
}
