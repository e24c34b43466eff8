package io.bizcenter.core.architecture;

import static io.bizcenter.core.architecture.CoreRules.ALLOWED_EDGES;
import static io.bizcenter.core.architecture.CoreRules.CORE;
import static io.bizcenter.core.architecture.CoreRules.PROCEDURE_PACKAGES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Core's production classes, held to {@link CoreRules}. */
class CoreStaysPureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(CORE);
  }

  @Test
  void the_import_holds_core_and_none_of_the_test_fixtures() {
    assertTrue(core.contain("io.bizcenter.core.BusinessCenter"));
    assertTrue(core.stream().noneMatch(javaClass -> javaClass.getPackageName().startsWith(CORE + ".architecture")),
        "the production import must not hold the architecture tests or their fixtures");
  }

  @Test
  void core_depends_only_on_java_vavr_slf4j_and_immutables_annotations() {
    CoreRules.CORE_DEPENDS_ONLY_ON_JAVA_VAVR_SLF4J_AND_IMMUTABLES_ANNOTATIONS.check(core);
  }

  @Test
  void nothing_in_core_knows_sql() {
    CoreRules.NOTHING_IN_CORE_KNOWS_SQL.check(core);
  }

  @Test
  void core_takes_time_from_the_injected_clock_and_ids_from_the_ids_port() {
    CoreRules.CORE_TAKES_TIME_AND_IDS_ONLY_FROM_ITS_PORTS.check(core);
  }

  @Test
  void the_table_is_the_only_dispatch_of_commands() {
    CoreRules.THE_TABLE_IS_THE_ONLY_DISPATCH.check(core);
  }

  @Test
  void core_packages_are_free_of_cycles() {
    CoreRules.CORE_PACKAGES_ARE_FREE_OF_CYCLES.check(core);
  }

  @Test
  void core_packages_depend_on_one_another_only_along_the_allowed_edges() {
    CoreRules.CORE_PACKAGES_DEPEND_ONLY_ALONG_THE_ALLOWED_EDGES.check(core);
  }

  /** An edge the table allows but no class uses is a permission nobody decided on: the table is the code's map. */
  @Test
  void the_table_of_allowed_edges_lists_exactly_the_edges_core_has() {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (JavaClass origin : core) {
      String from = CoreRules.packageUnder(CORE, origin.getPackageName()).orElseThrow();
      if (from.isEmpty()) {
        continue;
      }
      edges.computeIfAbsent(from, ignored -> new TreeSet<>());
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        Optional<String> to = CoreRules.packageUnder(CORE, dependency.getTargetClass().getPackageName());
        if (to.isPresent() && !to.get().isEmpty() && !to.get().equals(from)) {
          edges.get(from).add(to.get());
        }
      }
    }
    assertEquals(new TreeMap<>(ALLOWED_EDGES), edges);
  }

  @Test
  void nothing_depends_on_a_layer_above_the_procedures() {
    ALLOWED_EDGES.forEach((from, targets) -> assertTrue(targets.stream().noneMatch(CoreRules.LAYERS_ABOVE_THE_PROCEDURES::contains),
        () -> from + " may not depend on " + CoreRules.LAYERS_ABOVE_THE_PROCEDURES + ", which read the procedures from above: " + targets));
  }

  @Test
  void the_shared_packages_reach_no_procedure_package() {
    ALLOWED_EDGES.forEach((from, targets) -> {
      if (!PROCEDURE_PACKAGES.contains(from) && !CoreRules.LAYERS_ABOVE_THE_PROCEDURES.contains(from)) {
        assertTrue(targets.stream().noneMatch(PROCEDURE_PACKAGES::contains),
            () -> from + " is shared by every procedure, so it may not depend on one of them: " + targets);
      }
    });
  }
}
