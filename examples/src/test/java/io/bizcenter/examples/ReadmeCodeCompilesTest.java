package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guides rot unless they are run: every {@code java} block of the README is compiled as the README shows
 * it, against exactly the modules its Maven section names (their classes and run-time dependencies, nothing of this
 * module's class path), and the Quick start is run in a JVM of its own on that class path.
 *
 * <p>A block that declares a public class is compiled as it stands. Any other block is a fragment: it is compiled as
 * the body of a method, with every package of the named modules imported, and each placeholder the README names
 * ({@code yourPooledDataSource}) declared as a parameter of the type {@link #PLACEHOLDERS} gives it. Run it with
 * {@code -am}: it reads each named module's {@code target/classes} and {@code target/runtime.classpath}.
 */
class ReadmeCodeCompilesTest {
  /** What a README placeholder stands for; a new placeholder must be added here, or the test names it. */
  private static final Map<String, String> PLACEHOLDERS = Map.of(
      "yourPooledDataSource", "javax.sql.DataSource",
      "yourDataSource", "javax.sql.DataSource",
      "yourForm", "io.bizcenter.forms.Form");

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
  private static final Pattern PUBLIC_CLASS = Pattern.compile("public (?:final )?class (\\w+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\byour[A-Z]\\w*");

  @Test
  @DisplayName("every Java block of the README compiles against the modules its Maven section names, and the Quick start runs")
  void theReadmesCodeCompilesAndTheQuickStartRuns(@TempDir Path out) throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> modules = modulesTheMavenSectionNames(readme);
    assertTrue(modules.contains("core"), "the Maven section names bizcenter-core: " + modules);
    List<String> classPath = classPathOf(modules);

    List<Snippet> units = new ArrayList<>();
    List<String> mains = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    for (int n = 1; block.find(); n++) {
      String code = block.group(1);
      int line = (int) readme.substring(0, block.start()).lines().count() + 2;   // the block's first code line
      Matcher publicClass = PUBLIC_CLASS.matcher(code);
      if (publicClass.find()) {
        units.add(new Snippet(publicClass.group(1), line, 0, code));
        if (code.contains("public static void main(String[] args)")) {
          mains.add(publicClass.group(1));
        }
      } else {
        String wrapped = fragment("ReadmeFragment" + n, code, modules);
        int header = (int) wrapped.substring(0, wrapped.indexOf(code)).lines().count();
        units.add(new Snippet("ReadmeFragment" + n, line, header, wrapped));
      }
    }
    assertFalse(units.isEmpty(), "the README shows no Java");
    assertEquals(List.of("QuickStart"), mains, "the README's one program is the Quick start");

    compile(units, classPath, out);

    String output = run(mains.get(0), out, classPath);
    assertTrue(output.contains(" may now: "), "the Quick start records a complaint and lists its actions:\n" + output);
  }

  /** The bizcenter modules in the README's {@code <dependencies>}, test scope left out: the Quick start is main code. */
  private static List<String> modulesTheMavenSectionNames(String readme) {
    Matcher xml = XML_BLOCK.matcher(readme);
    List<String> modules = new ArrayList<>();
    while (xml.find()) {
      String section = xml.group(1);
      int dependencies = section.indexOf("</dependencyManagement>");
      Matcher dependency = DEPENDENCY.matcher(dependencies < 0 ? section : section.substring(dependencies));
      while (dependency.find()) {
        String d = dependency.group(1);
        if (d.contains("<groupId>io.bizcenter</groupId>") && !d.contains("<scope>test</scope>")) {
          String artifact = d.replaceAll("(?s).*<artifactId>bizcenter-([a-z-]+)</artifactId>.*", "$1");
          assertTrue(Files.isDirectory(ROOT.resolve(artifact)), "no module folder for bizcenter-" + artifact);
          modules.add(artifact);
        }
      }
    }
    return modules;
  }

  /** Each module's classes and its run-time dependencies, as its build wrote them (target/runtime.classpath). */
  private static List<String> classPathOf(List<String> modules) throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    for (String module : modules) {
      Path target = ROOT.resolve(module).resolve("target");
      Path runtime = target.resolve("runtime.classpath");
      assertTrue(Files.isRegularFile(runtime), runtime + " is missing: build with -am (e.g. ./mvnw -pl examples -am verify)");
      entries.add(target.resolve("classes").toString());
      for (String entry : Files.readString(runtime, StandardCharsets.UTF_8).trim().split(Pattern.quote(File.pathSeparator))) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return List.copyOf(entries);
  }

  /** A fragment as a method body: the named modules' packages imported, its placeholders declared as parameters. */
  private static String fragment(String name, String code, List<String> modules) throws IOException {
    Set<String> placeholders = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(code);
    while (placeholder.find()) {
      placeholders.add(placeholder.group());
    }
    List<String> parameters = new ArrayList<>();
    for (String p : placeholders) {
      String type = PLACEHOLDERS.get(p);
      if (type == null) {
        fail("the README's placeholder " + p + " has no type: add it to ReadmeCodeCompilesTest.PLACEHOLDERS");
      }
      parameters.add(type + " " + p);
    }
    StringBuilder unit = new StringBuilder();
    for (String pkg : packagesOf(modules)) {
      unit.append("import ").append(pkg).append(".*;\n");
    }
    return unit.append("class ").append(name).append(" {\n  void run(").append(String.join(", ", parameters))
        .append(") throws Exception {\n").append(code).append("  }\n}\n").toString();
  }

  private static Set<String> packagesOf(List<String> modules) throws IOException {
    Set<String> packages = new TreeSet<>();
    for (String module : modules) {
      Path classes = ROOT.resolve(module).resolve("target/classes");
      try (Stream<Path> files = Files.walk(classes)) {
        packages.addAll(files.filter(f -> f.toString().endsWith(".class"))
            .map(f -> classes.relativize(f.getParent()).toString().replace(File.separatorChar, '.'))
            .collect(Collectors.toSet()));
      }
    }
    return packages;
  }

  /** One Java block of the README as javac sees it; {@code header} lines were put before the README's code. */
  private static final class Snippet extends SimpleJavaFileObject {
    private final int readmeLine;
    private final int header;
    private final String code;

    Snippet(String className, int readmeLine, int header, String code) {
      super(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE);
      this.readmeLine = readmeLine;
      this.header = header;
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }

    long readmeLineOf(long line) {
      return readmeLine + line - 1 - header;
    }
  }

  private static void compile(List<Snippet> units, List<String> classPath, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
        "-classpath", String.join(File.pathSeparator, classPath), "-d", out.toString());
    boolean compiled = javac.getTask(new StringWriter(), null, diagnostics, options, null, units).call();
    String errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> (d.getSource() instanceof Snippet snippet ? "README.md:" + snippet.readmeLineOf(d.getLineNumber()) : "javac")
            + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
    assertTrue(compiled, "the README's Java no longer compiles:\n" + errors);
  }

  /** Runs in a JVM of its own, so nothing of this module's class path can help it. */
  private static String run(String mainClass, Path out, List<String> classPath) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = out + File.pathSeparator + String.join(File.pathSeparator, classPath);
    Process process = new ProcessBuilder(java, "-cp", cp, mainClass).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the Quick start did not end");
    assertEquals(0, process.exitValue(), "the Quick start failed:\n" + output);
    return output;
  }
}
