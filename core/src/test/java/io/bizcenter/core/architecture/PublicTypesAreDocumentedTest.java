package io.bizcenter.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every public type of core, nested ones included, has a Javadoc comment: a vendor reads the library through its
 * Javadoc (the javadoc build itself fails on any other doclint warning). Checked on the sources with the JDK's own
 * parser, and shown to fail on a fixture that breaks it.
 */
class PublicTypesAreDocumentedTest {
  @Test
  @DisplayName("every public type of core has Javadoc")
  void everyPublicTypeOfCoreHasJavadoc() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      assertEquals(List.of(), undocumented(javac, files.getJavaFileObjectsFromPaths(sources)), "public types without Javadoc");
    }
  }

  @Test
  @DisplayName("the check finds an undocumented public type, nested or not, and passes a documented one")
  void theCheckFailsOnAFixtureThatBreaksIt() {
    JavaFileObject fixture = source("Fixture", """
        package fixture;
        /** Documented. */
        public class Fixture {
          public record Undocumented(String value) {}
          /** Documented too. */
          public enum Documented { A }
          record PackagePrivate() {}
        }
        public interface Bare {}
        """);
    assertEquals(List.of("Fixture.Undocumented", "Bare"), undocumented(ToolProvider.getSystemJavaCompiler(), List.of(fixture)));
  }

  private static List<String> undocumented(JavaCompiler javac, Iterable<? extends JavaFileObject> units) {
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null, units);
    DocTrees docs = DocTrees.instance(task);
    List<String> missing = new ArrayList<>();
    try {
      for (CompilationUnitTree unit : task.parse()) {
        new TreePathScanner<Void, String>() {
          @Override
          public Void visitClass(ClassTree type, String outer) {
            String name = outer.isEmpty() ? type.getSimpleName().toString() : outer + "." + type.getSimpleName();
            boolean visible = type.getModifiers().getFlags().contains(Modifier.PUBLIC) || inInterface(getCurrentPath());
            if (!visible) {
              return null;
            }
            if (docs.getDocCommentTree(getCurrentPath()) == null) {
              missing.add(name);
            }
            return super.visitClass(type, name);
          }
        }.scan(unit, "");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return missing;
  }

  /** A member type of an interface is public even without the word. */
  private static boolean inInterface(TreePath path) {
    TreePath parent = path.getParentPath();
    return parent != null && parent.getLeaf() instanceof ClassTree owner
        && (owner.getKind() == com.sun.source.tree.Tree.Kind.INTERFACE || owner.getKind() == com.sun.source.tree.Tree.Kind.ANNOTATION_TYPE);
  }

  private static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
