package io.bizcenter.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.bizcenter.core.Procedures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The rules that keep {@code core} pure, each defined once. {@link CoreStaysPureTest} holds the production classes
 * to them; {@link EachRuleFailsOnAFixtureThatBreaksItTest} shows each of them failing on a class that breaks it.
 * The rules about packages take the root package as an argument, so that a fixture can model core's packages
 * under a root of its own.
 */
public final class CoreRules {
  public static final String CORE = "io.bizcenter.core";

  /**
   * What a class of core may name. {@code org.immutables.value} is the one package of Immutables' annotations (and
   * the enums they take as values); its sub-packages hold the annotation processor, which must never ship. The
   * classes Immutables generates live in core's own packages.
   */
  public static final List<String> PACKAGES_CORE_MAY_DEPEND_ON =
      List.of("java..", "io.vavr..", "org.slf4j..", "org.immutables.value", CORE + "..");

  /** Core's packages that hold a procedure: those of the descriptors' case types ({@link Procedures#ALL}). */
  public static final List<String> PROCEDURE_PACKAGES =
      Procedures.packages().stream().map(p -> p.substring((CORE + ".").length())).toList();

  /**
   * Core's packages above the procedures: the reports read several procedures' stores for a manager, the import drives
   * several procedures' desks, one row at a time. They may depend on procedure packages, and no package depends on them
   * (an edge into one would make a cycle through the desks).
   */
  public static final List<String> LAYERS_ABOVE_THE_PROCEDURES = List.of("reports", "imports");

  /**
   * The allowed edges between core's packages, the one place where they are listed: a new edge is a decision
   * made here, in review. Each package may depend on itself and on the packages listed for it, on nothing else
   * in core; a package missing from the table may not exist. The root package ({@code BusinessCenter},
   * {@code Storage}, {@code NoticeRelay}) wires them all together, and no package depends on it. An edge from
   * one procedure package to another is allowed only for the ids and small query port it needs, and is listed
   * here like any other.
   */
  public static final Map<String, Set<String>> ALLOWED_EDGES = Map.ofEntries(
      entry("kernel", Set.of()),
      entry("port", Set.of("kernel")),
      entry("agenda", Set.of("kernel")),
      entry("procedure", Set.of("kernel", "port", "agenda")),
      entry("complaints", Set.of("kernel", "port", "procedure")),
      entry("services", Set.of("kernel", "port", "procedure", "agenda")),
      entry("meetings", Set.of("kernel", "port", "procedure", "agenda")),
      entry("keys", Set.of("kernel", "port", "procedure")),
      entry("contracts", Set.of("kernel", "port", "agenda", "procedure")),
      entry("tenancy", Set.of("kernel", "port", "procedure", "agenda")),
      // personal data across procedures: it reads every procedure's cases through their generic store and declaration
      entry("privacy", Set.of("kernel", "port", "procedure")),
      // the activity log across procedures: their declarations say who reads what, the event log holds the trail
      entry("activity", Set.of("kernel", "port", "procedure")),
      // the reports sit above the procedures: they read the stores of several through their ports, and no procedure
      // reads them (an edge into reports from anywhere but the root is refused, since no entry lists it)
      entry("reports", Set.of("kernel", "agenda", "procedure", "keys", "complaints", "meetings", "services")),
      // the import of a building in operation: each row becomes the import command of its procedure, sent to its desk
      entry("imports", Set.of("kernel", "port", "tenancy", "keys", "services", "contracts")));

  /**
   * Rule 1: core names nothing beyond java, vavr, slf4j, Immutables' annotations and itself. Annotations count
   * wherever they sit: ArchUnit counts those on classes, members, parameters and package-info, and the values
   * they take; the class-file condition adds type-use annotations, which ArchUnit 1.5 does not import.
   */
  public static final ArchRule CORE_DEPENDS_ONLY_ON_JAVA_VAVR_SLF4J_AND_IMMUTABLES_ANNOTATIONS =
      classes().that().resideInAPackage(CORE + "..")
          .should().onlyDependOnClassesThat(resideInAnyPackage(PACKAGES_CORE_MAY_DEPEND_ON.toArray(String[]::new)))
          .andShould(nameInTheirClassFilesOnlyTypesIn(PACKAGES_CORE_MAY_DEPEND_ON))
          .because("core depends on vavr, slf4j-api and Immutables' annotations only, and knows no SQL, HTTP, "
              + "template, framework or thread pool (README, The modules); annotations count, so no "
              + "framework annotation lands on an aggregate, command or event");

  /** Rule 2: no java.sql or javax.sql in core (rule 1 implies it; named on its own because SQL is the nearest slip). */
  public static final ArchRule NOTHING_IN_CORE_KNOWS_SQL =
      noClasses().that().resideInAPackage(CORE + "..")
          .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
          .because("nothing in core knows SQL: storage is a port, and JDBC lives in adapters-jdbc "
              + "(README, The modules)");

  /** Rule 3: core never reads the machine's clock nor draws randomness; see {@link #readTheSystemClockOrRandomness}. */
  public static final ArchRule CORE_TAKES_TIME_AND_IDS_ONLY_FROM_ITS_PORTS =
      noClasses().that().resideInAPackage(CORE + "..")
          .should().accessTargetWhere(readTheSystemClockOrRandomness())
          .because("time comes from an injected java.time.Clock and "
              + "ids from the Ids port (io.bizcenter.core.port.Ids), so that every decision can be replayed "
              + "(no Instant.now() or UUID.randomUUID() inside the domain)");

  /** Rule 4 on core's packages: kernel, port, agenda, procedure and the procedure packages form no cycle. */
  public static final ArchRule CORE_PACKAGES_ARE_FREE_OF_CYCLES = packagesFreeOfCyclesUnder(CORE);

  /** Rule 5 on core's packages: they depend on one another only along {@link #ALLOWED_EDGES}. */
  public static final ArchRule CORE_PACKAGES_DEPEND_ONLY_ALONG_THE_ALLOWED_EDGES =
      packagesDependOnlyAlongTheAllowedEdgesUnder(CORE);

  /**
   * Rule 6: the declaration's table is the only dispatch of commands; see {@link #theTableIsTheOnlyDispatchUnder}.
   */
  public static final ArchRule THE_TABLE_IS_THE_ONLY_DISPATCH = theTableIsTheOnlyDispatchUnder(CORE);

  private CoreRules() {}

  /**
   * Rule 6: no class under {@code root} casts to a procedure's command type or tests for one ({@code checkcast} and
   * {@code instanceof} in its byte code), and none is a visitor of commands: a step names the command type that
   * triggers it, so the table hands each decision and guard the command already typed (issue 18). The kernel's own
   * {@link io.bizcenter.core.kernel.Command.OnCase}, which every command on a case implements, may be tested for.
   */
  public static ArchRule theTableIsTheOnlyDispatchUnder(String root) {
    return classes().that().resideInAPackage(root + "..")
        .should(new ArchCondition<JavaClass>("neither cast to a command type nor test for one, nor visit commands") {
          @Override
          public void check(JavaClass javaClass, ConditionEvents events) {
            if (javaClass.getSimpleName().endsWith("Visitor") && javaClass.isInterface()) {
              events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is a visitor: the table dispatches"));
            }
            for (String cast : CommandCasts.in(javaClass)) {
              events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " " + cast));
            }
          }
        })
        .because("the table is the only dispatch: a step names its command type and its decision, with guards typed to "
            + "that command, so no visitor and no cast sit on top of it (docs/adding-a-procedure.md)");
  }

  /** Rule 4: the packages right under {@code root} (the root package itself is none of them) form no cycle. */
  public static ArchRule packagesFreeOfCyclesUnder(String root) {
    return slices().matching(root + ".(*)..").namingSlices("package $1")
        .should().beFreeOfCycles()
        .because("one package per procedure on top of kernel, port, agenda and procedure; "
            + "a package that reaches back into one that depends on it can no longer be read, "
            + "tested or moved alone, and the table of allowed edges would be meaningless");
  }

  /**
   * Rule 5: every package right under {@code root} is listed in {@link #ALLOWED_EDGES} and depends, within
   * {@code root}, only on itself and on the packages listed for it; no package depends on the root package.
   */
  public static ArchRule packagesDependOnlyAlongTheAllowedEdgesUnder(String root) {
    return classes().that().resideInAPackage(root + "..")
        .should(dependOnlyAlongTheAllowedEdgesUnder(root))
        .because("a procedure reaches another only through ids and a small query port, and the allowed edges are "
            + "listed in one ArchUnit test, so a new edge is a visible decision");
  }

  /**
   * The package right under {@code root} that holds {@code packageName}: {@code "kernel"} for
   * {@code root.kernel.sub}, {@code ""} for the root package itself, empty when outside {@code root}.
   */
  static Optional<String> packageUnder(String root, String packageName) {
    if (packageName.equals(root)) {
      return Optional.of("");
    }
    if (!packageName.startsWith(root + ".")) {
      return Optional.empty();
    }
    String rest = packageName.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  private static ArchCondition<JavaClass> dependOnlyAlongTheAllowedEdgesUnder(String root) {
    return new ArchCondition<>("depend, within %s, only along the allowed edges", root) {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = packageUnder(root, origin.getPackageName()).orElseThrow();
        if (from.isEmpty()) {
          return; // the root package wires everything together
        }
        if (!ALLOWED_EDGES.containsKey(from)) {
          events.add(SimpleConditionEvent.violated(origin, String.format(
              "%s resides in package %s, which the table of allowed edges does not list",
              origin.getDescription(), from)));
          return;
        }
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Optional<String> to = packageUnder(root, dependency.getTargetClass().getPackageName());
          if (to.isEmpty() || to.get().equals(from)) {
            continue;
          }
          if (to.get().isEmpty()) {
            events.add(SimpleConditionEvent.violated(dependency, String.format(
                "%s: package %s reaches the root package, which only wires packages together (%s)",
                dependency.getDescription(), from, edge(from, "(root)"))));
          } else if (!ALLOWED_EDGES.get(from).contains(to.get())) {
            String kind = PROCEDURE_PACKAGES.contains(from) && PROCEDURE_PACKAGES.contains(to.get())
                ? "a procedure reaching another procedure" : "an edge";
            events.add(SimpleConditionEvent.violated(dependency, String.format(
                "%s: %s the table does not allow (%s)", dependency.getDescription(), kind, edge(from, to.get()))));
          }
        }
      }
    };
  }

  private static String edge(String from, String to) {
    return from + " -> " + to;
  }

  /**
   * Calls and method or constructor references that read the machine's clock or draw randomness: a {@code now} or
   * {@code dateNow} of java.time that takes no Clock, a system or ticking Clock, System.currentTimeMillis and
   * nanoTime, UUID.randomUUID, Math.random, a new Random (or any RandomGenerator), ThreadLocalRandom.current()
   * and RandomGenerator's factories.
   */
  private static DescribedPredicate<JavaAccess<?>> readTheSystemClockOrRandomness() {
    return describe("read the system clock or draw randomness (a java.time now(..) without a Clock, a system "
        + "Clock, System.currentTimeMillis(), System.nanoTime(), UUID.randomUUID(), Math.random(), new Random())",
        access -> access.getTarget() instanceof CodeUnitAccessTarget target && readsTheSystemClockOrRandomness(target));
  }

  private static boolean readsTheSystemClockOrRandomness(CodeUnitAccessTarget target) {
    JavaClass owner = target.getOwner();
    String method = target.getName();
    boolean takesAClock = target.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Clock.class));
    String ownerName = owner.getName();
    if ((owner.getPackageName().equals("java.time") || owner.getPackageName().startsWith("java.time."))
        && (method.equals("now") || method.equals("dateNow")) && !takesAClock) {
      return true;
    }
    if ((ownerName.equals("java.time.Clock") || ownerName.equals("java.time.InstantSource"))
        && (method.startsWith("system") || method.startsWith("tick")) && !takesAClock) {
      return true;
    }
    if (method.equals("<init>")) {
      return owner.isAssignableTo(RandomGenerator.class);
    }
    return switch (ownerName) {
      case "java.lang.System" -> method.equals("currentTimeMillis") || method.equals("nanoTime");
      case "java.util.UUID" -> method.equals("randomUUID");
      case "java.lang.Math", "java.lang.StrictMath" -> method.equals("random");
      case "java.util.concurrent.ThreadLocalRandom" -> method.equals("current");
      case "java.util.random.RandomGenerator", "java.util.random.RandomGeneratorFactory" ->
          method.equals("of") || method.equals("getDefault");
      default -> false;
    };
  }

  /**
   * The second half of rule 1: what a class file names beyond the dependencies ArchUnit imports (type-use
   * annotations such as JSpecify's {@code @Nullable}, see {@link ConstantPool}) must lie in the same packages.
   */
  private static ArchCondition<JavaClass> nameInTheirClassFilesOnlyTypesIn(List<String> packages) {
    PackageMatchers allowed = PackageMatchers.of(packages);
    return new ArchCondition<>("name in their class files only types in %s (type-use annotations included)",
        packages) {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Set<String> seenByArchUnit = javaClass.getDirectDependenciesFromSelf().stream()
            .map(dependency -> dependency.getTargetClass().getName())
            .collect(Collectors.toSet());
        for (String type : typesNamedIn(javaClass)) {
          int dot = type.lastIndexOf('.');
          String packageName = dot < 0 ? "" : type.substring(0, dot);
          if (!allowed.test(packageName) && !seenByArchUnit.contains(type)) {
            events.add(SimpleConditionEvent.violated(javaClass, String.format(
                "%s names <%s> in its class file (a type-use annotation or another reference ArchUnit does not "
                    + "import)", javaClass.getDescription(), type)));
          }
        }
      }
    };
  }

  private static Set<String> typesNamedIn(JavaClass javaClass) {
    Source source = javaClass.getSource().orElseThrow(() -> new IllegalStateException(
        "no class file for " + javaClass.getName() + ", so what it names cannot be checked"));
    try (InputStream classFile = source.getUri().toURL().openStream()) {
      return ConstantPool.typesNamedIn(classFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class file of " + javaClass.getName(), e);
    }
  }
}
