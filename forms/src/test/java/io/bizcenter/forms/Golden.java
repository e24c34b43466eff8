package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reviewed golden files under {@code src/test/resources/golden/}: a printed form is compared with its file, byte for
 * byte. To regenerate them after a deliberate change, run
 * {@code mvn -pl forms -am verify -Dtest='EveryFormPrintsTest' -Dsurefire.failIfNoSpecifiedTests=false -Dbizcenter.golden.update=true}
 * and read the diff before committing it: a golden file is only worth what its review was.
 */
final class Golden {
  static final Path FOLDER = Path.of("src", "test", "resources", "golden");
  static final boolean UPDATE = Boolean.getBoolean("bizcenter.golden.update");

  private Golden() {}

  static void assertMatches(String file, String printed) {
    Path path = FOLDER.resolve(file);
    try {
      if (UPDATE) {
        Files.createDirectories(FOLDER);
        Files.writeString(path, printed, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(path)) {
        throw new AssertionError("no golden file " + path.toAbsolutePath() + ": print it with -Dbizcenter.golden.update=true and review it");
      }
      assertEquals(Files.readString(path, StandardCharsets.UTF_8), printed, "printed " + file + " differs from its golden file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
