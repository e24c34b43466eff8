package io.bizcenter.core.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.architecture.fixtures.foreign.UsesJspecifyNullableOnAFieldType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The class-file half of rule 1 must see what a class names, and nothing it merely says. */
class ConstantPoolTest {
  /** A class that names Map and its Entry in a signature, and mentions DataSource only in a string. */
  static class MentionsDataSourceInAString {
    Map<String, Set<Map.Entry<String, Integer>>> entries;

    String advice() {
      return "Ljavax/sql/DataSource; belongs in adapters-jdbc";
    }
  }

  @Test
  void reads_types_from_descriptors_signatures_and_type_use_annotations() throws IOException {
    assertTrue(typesNamedIn(MentionsDataSourceInAString.class)
        .containsAll(Set.of("java.util.Map", "java.util.Set", "java.util.Map$Entry", "java.lang.Integer")));
    assertTrue(typesNamedIn(UsesJspecifyNullableOnAFieldType.class).contains("org.jspecify.annotations.Nullable"));
  }

  @Test
  void ignores_what_a_string_literal_says() throws IOException {
    assertFalse(typesNamedIn(MentionsDataSourceInAString.class).contains("javax.sql.DataSource"));
  }

  private static Set<String> typesNamedIn(Class<?> type) throws IOException {
    try (InputStream classFile = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
      return ConstantPool.typesNamedIn(classFile);
    }
  }
}
