package io.bizcenter.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter on an H2 file, opened the way adapters-jdbc requires. */
class H2StarterTest extends StarterContract {
  static final String URL = "jdbc:h2:file:" + folder().resolve("reception") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";

  private static Path folder() {
    try {
      return Files.createTempDirectory("bc-boot-h2");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }

  @Override
  String url() {
    return URL;
  }
}
