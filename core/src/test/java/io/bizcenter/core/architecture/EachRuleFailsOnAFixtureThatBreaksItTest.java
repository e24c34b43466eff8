package io.bizcenter.core.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.bizcenter.core.architecture.fixtures.foreign.CallsJunitAssertions;
import io.bizcenter.core.architecture.fixtures.foreign.NamesAForeignClassInAnAnnotation;
import io.bizcenter.core.architecture.fixtures.foreign.UsesJspecifyNullableOnAFieldType;
import io.bizcenter.core.architecture.fixtures.foreign.UsesJspecifyNullableOnALocalVariable;
import io.bizcenter.core.architecture.fixtures.foreign.UsesJunitAnnotationOnAField;
import io.bizcenter.core.architecture.fixtures.foreign.UsesJunitAnnotationOnAMethod;
import io.bizcenter.core.architecture.fixtures.foreign.UsesJunitAnnotationOnAParameter;
import io.bizcenter.core.architecture.fixtures.foreign.UsesJunitAnnotationOnTheClass;
import io.bizcenter.core.architecture.fixtures.foreign.UsesTheImmutablesProcessorAtRunTime;
import io.bizcenter.core.architecture.fixtures.sql.UsesDataSource;
import io.bizcenter.core.architecture.fixtures.sql.UsesJdbcConnection;
import io.bizcenter.core.architecture.fixtures.timeandids.TakesTimeFromAnInjectedClock;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesATickingSystemClock;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesChronologyDateNow;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesCurrentTimeMillis;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesInstantNow;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesInstantNowAsAMethodReference;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesLocalDateNow;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesLocalDateTimeNow;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesLocalDateTimeNowInAZone;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesMathRandom;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesNanoTime;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesNewRandom;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesNewRandomAsAConstructorReference;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesNewSecureRandom;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesRandomUuid;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesTheDefaultRandomGenerator;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesTheSystemClock;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesThreadLocalRandom;
import io.bizcenter.core.architecture.fixtures.timeandids.UsesZonedDateTimeNowInAZone;
import io.bizcenter.core.architecture.fixtures.dispatch.DoorCommand;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * A rule that cannot fail guards nothing: each rule of {@link CoreRules} is applied, as the very same object,
 * to a fixture that breaks it, and must fail naming the fixture and what it broke.
 */
class EachRuleFailsOnAFixtureThatBreaksItTest {
  private static final String FIXTURES = "io.bizcenter.core.architecture.fixtures";

  @Nested
  class CoreDependsOnlyOnJavaVavrSlf4jAndImmutablesAnnotations {
    private final ArchRule rule = CoreRules.CORE_DEPENDS_ONLY_ON_JAVA_VAVR_SLF4J_AND_IMMUTABLES_ANNOTATIONS;

    static Stream<Arguments> fixtures() {
      return Stream.of(
          Arguments.of(CallsJunitAssertions.class, "org.junit.jupiter.api.Assertions"),
          Arguments.of(UsesJunitAnnotationOnTheClass.class, "org.junit.jupiter.api.Tag"),
          Arguments.of(UsesJunitAnnotationOnAMethod.class, "org.junit.jupiter.api.Test"),
          Arguments.of(UsesJunitAnnotationOnAField.class, "org.junit.jupiter.api.io.TempDir"),
          Arguments.of(UsesJunitAnnotationOnAParameter.class, "org.junit.jupiter.api.io.TempDir"),
          Arguments.of(NamesAForeignClassInAnAnnotation.class, "ch.qos.logback.classic.Logger"),
          Arguments.of(UsesJspecifyNullableOnAFieldType.class, "org.jspecify.annotations.Nullable"),
          Arguments.of(UsesJspecifyNullableOnALocalVariable.class, "org.jspecify.annotations.Nullable"),
          Arguments.of(UsesTheImmutablesProcessorAtRunTime.class, "org.immutables.value.internal"));
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource("fixtures")
    void fails_on_a_foreign_class_or_annotation_wherever_it_is_named(Class<?> fixture, String foreign) {
      assertFailsNaming(rule, new ClassFileImporter().importClasses(fixture), fixture.getName(), foreign);
    }

    @Test
    void fails_on_a_foreign_annotation_on_a_package_info() {
      String fixture = FIXTURES + ".foreign.nullmarked";
      assertFailsNaming(rule, new ClassFileImporter().importPackages(fixture),
          fixture + ".package-info", "org.jspecify.annotations.NullMarked");
    }
  }

  @Nested
  class NothingInCoreKnowsSql {
    @Test
    void fails_on_a_jdbc_connection() {
      assertFailsNaming(CoreRules.NOTHING_IN_CORE_KNOWS_SQL, new ClassFileImporter().importClasses(UsesJdbcConnection.class),
          UsesJdbcConnection.class.getName(), "java.sql.Connection");
    }

    @Test
    void fails_on_a_data_source() {
      assertFailsNaming(CoreRules.NOTHING_IN_CORE_KNOWS_SQL, new ClassFileImporter().importClasses(UsesDataSource.class),
          UsesDataSource.class.getName(), "javax.sql.DataSource");
    }
  }

  @Nested
  class CoreTakesTimeAndIdsOnlyFromItsPorts {
    private final ArchRule rule = CoreRules.CORE_TAKES_TIME_AND_IDS_ONLY_FROM_ITS_PORTS;

    static Stream<Arguments> fixtures() {
      return Stream.of(
          Arguments.of(UsesInstantNow.class, "java.time.Instant.now()"),
          Arguments.of(UsesLocalDateTimeNow.class, "java.time.LocalDateTime.now()"),
          Arguments.of(UsesLocalDateTimeNowInAZone.class, "java.time.LocalDateTime.now(java.time.ZoneId)"),
          Arguments.of(UsesLocalDateNow.class, "java.time.LocalDate.now()"),
          Arguments.of(UsesZonedDateTimeNowInAZone.class, "java.time.ZonedDateTime.now(java.time.ZoneId)"),
          Arguments.of(UsesInstantNowAsAMethodReference.class, "java.time.Instant.now()"),
          Arguments.of(UsesChronologyDateNow.class, "java.time.chrono.IsoChronology.dateNow()"),
          Arguments.of(UsesTheSystemClock.class, "java.time.Clock.systemUTC()"),
          Arguments.of(UsesATickingSystemClock.class, "java.time.Clock.tickSeconds(java.time.ZoneId)"),
          Arguments.of(UsesCurrentTimeMillis.class, "java.lang.System.currentTimeMillis()"),
          Arguments.of(UsesNanoTime.class, "java.lang.System.nanoTime()"),
          Arguments.of(UsesRandomUuid.class, "java.util.UUID.randomUUID()"),
          Arguments.of(UsesNewRandom.class, "java.util.Random.<init>()"),
          Arguments.of(UsesNewRandomAsAConstructorReference.class, "java.util.Random.<init>()"),
          Arguments.of(UsesNewSecureRandom.class, "java.security.SecureRandom.<init>()"),
          Arguments.of(UsesMathRandom.class, "java.lang.Math.random()"),
          Arguments.of(UsesThreadLocalRandom.class, "java.util.concurrent.ThreadLocalRandom.current()"),
          Arguments.of(UsesTheDefaultRandomGenerator.class, "java.util.random.RandomGenerator.getDefault()"));
    }

    @ParameterizedTest(name = "{0} calls {1}")
    @MethodSource("fixtures")
    void fails_on_reading_the_system_clock_or_drawing_randomness(Class<?> fixture, String call) {
      assertFailsNaming(rule, new ClassFileImporter().importClasses(fixture), fixture.getName(), call);
    }

    @Test
    void lets_time_taken_from_an_injected_clock_pass() {
      assertDoesNotThrow(() -> rule.check(new ClassFileImporter().importClasses(TakesTimeFromAnInjectedClock.class)));
    }
  }

  @Nested
  class CorePackagesAreFreeOfCycles {
    @Test
    void fails_on_two_packages_that_depend_on_each_other() {
      String root = FIXTURES + ".cycle";
      assertFailsNaming(CoreRules.packagesFreeOfCyclesUnder(root), new ClassFileImporter().importPackages(root),
          "Cycle detected: package a ->", root + ".a.Tenant.key", root + ".b.Key.holder");
    }
  }

  @Nested
  class CorePackagesDependOnlyAlongTheAllowedEdges {
    @Test
    void fails_when_kernel_reaches_a_procedure() {
      String root = FIXTURES + ".edges.kernelreachesaprocedure";
      assertFailsNaming(CoreRules.packagesDependOnlyAlongTheAllowedEdgesUnder(root),
          new ClassFileImporter().importPackages(root), root + ".kernel.CaseNumber", "(kernel -> complaints)");
    }

    @Test
    void fails_on_an_edge_between_shared_packages_that_the_table_does_not_list() {
      String root = FIXTURES + ".edges.sharedpackagesedge";
      assertFailsNaming(CoreRules.packagesDependOnlyAlongTheAllowedEdgesUnder(root),
          new ClassFileImporter().importPackages(root), root + ".port.Notifications", "(port -> agenda)");
    }

    @Test
    void fails_when_a_procedure_reaches_another_procedure_package() {
      String root = FIXTURES + ".edges.procedurereachesaprocedure";
      assertFailsNaming(CoreRules.packagesDependOnlyAlongTheAllowedEdgesUnder(root),
          new ClassFileImporter().importPackages(root), root + ".complaints.Complaint",
          "a procedure reaching another procedure", "(complaints -> tenancy)");
    }

    @Test
    void fails_when_a_procedure_reaches_up_into_the_reports_and_lets_the_reports_read_it() {
      String root = FIXTURES + ".edges.procedurereachesthereports";
      AssertionError failure = assertFailsNaming(CoreRules.packagesDependOnlyAlongTheAllowedEdgesUnder(root),
          new ClassFileImporter().importPackages(root), root + ".keys.KeyDesk", "(keys -> reports)");
      assertFalse(failure.getMessage().contains("(reports -> keys)"), failure::getMessage);
    }

    @Test
    void fails_when_a_package_reaches_the_root_package() {
      String root = FIXTURES + ".edges.reachestheroot";
      assertFailsNaming(CoreRules.packagesDependOnlyAlongTheAllowedEdgesUnder(root),
          new ClassFileImporter().importPackages(root), root + ".port.Notices", "(port -> (root))");
    }

    @Test
    void fails_on_a_package_the_table_does_not_list() {
      String root = FIXTURES + ".edges.unlistedpackage";
      assertFailsNaming(CoreRules.packagesDependOnlyAlongTheAllowedEdgesUnder(root),
          new ClassFileImporter().importPackages(root), root + ".gadgets.Gadget",
          "package gadgets, which the table of allowed edges does not list");
    }
  }

  @Nested
  class TheTableIsTheOnlyDispatch {
    private final String root = FIXTURES + ".dispatch";

    @Test
    void fails_on_a_cast_to_a_command_an_instanceof_test_and_a_visitor() {
      assertFailsNaming(CoreRules.theTableIsTheOnlyDispatchUnder(root), new ClassFileImporter().importPackages(root),
          root + ".CastsACommand casts to " + root + ".DoorCommand$Lock in bolt()",
          root + ".TestsForACommand tests for " + root + ".DoorCommand$Open in action()",
          root + ".DoorVisitor is a visitor");
    }

    @Test
    void lets_the_commands_themselves_pass() {
      CoreRules.theTableIsTheOnlyDispatchUnder(root).check(new ClassFileImporter().importClasses(DoorCommand.class, DoorCommand.Lock.class));
    }
  }

  /** The rule fails, and its report names everything expected: it failed on the fixture, for the right reason. */
  private static AssertionError assertFailsNaming(ArchRule rule, JavaClasses fixture, String... expected) {
    assertTrue(fixture.size() > 0, "the fixture import found no classes");
    AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(fixture),
        () -> "the rule should have failed on " + fixture);
    for (String text : expected) {
      assertTrue(failure.getMessage().contains(text),
          () -> "the report should name " + text + ", but it reads:\n" + failure.getMessage());
    }
    return failure;
  }
}
