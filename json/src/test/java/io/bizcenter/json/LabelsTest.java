package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A screen finds a zh-CN and an en label for every name the library shows it; a missing one fails here. */
class LabelsTest {
  @Test
  @DisplayName("every procedure, state, action, department and role has a label in zh-CN and en, never its internal name")
  void everyNameHasALabel() {
    for (Locale locale : Labels.LANGUAGES) {
      Map<String, String> all = Labels.all(locale);
      int expected = ProcedureTypes.ALL.size() + Department.values().length + Role.values().length
          + ProcedureTypes.ALL.stream().mapToInt(p -> p.states().getEnumConstants().length + p.actions().getEnumConstants().length).sum();
      assertEquals(expected, all.size());
      all.forEach((key, label) -> {
        assertFalse(label.isBlank(), key);
        assertNotEquals(key.substring(key.lastIndexOf('.') + 1), label, key + " shows its internal name");
      });
    }
    assertNotEquals(Labels.all(Messages.ZH_CN), Labels.all(Messages.EN));
    assertEquals("营运招商部", Labels.of(Department.OPERATIONS, Messages.ZH_CN));
  }

  @Test
  @DisplayName("every field of every command, at every depth, has a label in zh-CN and en")
  void everyFieldHasALabel() {
    Set<String> fields = new TreeSet<>();
    for (ProcedureTypes p : ProcedureTypes.ALL) {
      for (Class<? extends Command> command : p.commandRecords()) {
        collect(command, fields);
      }
    }
    assertTrue(fields.size() > 100, fields.toString());
    List<String> missing = new ArrayList<>();
    for (String field : fields) {
      for (Locale locale : Labels.LANGUAGES) {
        if (!Labels.hasField(field, locale)) {
          missing.add(field + " (" + locale + ")");
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals("电话", Labels.field("complainant.phone", Messages.ZH_CN));
    // one name, two meanings: a lock's name is not a person's
    assertEquals("锁名", Labels.field("lock.name", Messages.ZH_CN));
    assertEquals("姓名", Labels.field("contacts[1].name", Messages.ZH_CN));
    assertEquals("名称", Labels.field("name", Messages.ZH_CN));
    assertThrows(IllegalStateException.class, () -> Labels.field("noSuchField", Messages.EN), "a missing label is a defect, not a fallback");
    assertThrows(IllegalStateException.class, () -> Labels.field("nope.x", Messages.EN));
    assertFalse(Labels.hasField("nope.x", Messages.EN), "asked first, no exception");
  }

  @Test
  @DisplayName("every rejection code of core, found in its classes, has a label in zh-CN and en")
  void everyRejectionCodeHasALabel() throws Exception {
    Set<String> codes = new TreeSet<>();
    for (Class<?> type : coreClasses()) {
      if (Rejection.class.isAssignableFrom(type) && type.isRecord() && !Modifier.isAbstract(type.getModifiers())) {
        codes.add(((Rejection) plain(type)).code());
      }
    }
    assertTrue(codes.size() > 80, codes.toString());
    for (String code : codes) {
      for (Locale locale : Labels.LANGUAGES) {
        assertTrue(Labels.hasRejection(code, locale), code + " " + locale);
        String label = Labels.rejection(code, locale);
        assertFalse(label.isBlank() || label.contains("{"), code + " " + label);
      }
      assertNotEquals(Labels.rejection(code, Messages.ZH_CN), Labels.rejection(code, Messages.EN), code);
    }
    assertThrows(IllegalStateException.class, () -> Labels.rejection("NO_SUCH_CODE", Messages.EN));
    // a front end on an older library asks first, without catching a defect's exception
    assertFalse(Labels.hasRejection("NO_SUCH_CODE", Messages.EN));
    assertFalse(Labels.hasRejection("NO_SUCH_CODE", Messages.ZH_CN));
  }

  private static void collect(Class<?> record, Set<String> fields) {
    for (RecordComponent c : record.getRecordComponents()) {
      fields.add(c.getName());
      for (Class<?> inner : inner(c.getGenericType())) {
        if (inner.isRecord() && !ValueRecords.isValue(inner) && inner.getPackageName().startsWith("io.bizcenter.core")) {
          collect(inner, fields);
        }
      }
    }
  }

  private static List<Class<?>> inner(Type type) {
    if (type instanceof ParameterizedType p) {
      return Stream.of(p.getActualTypeArguments()).filter(Class.class::isInstance).<Class<?>>map(Class.class::cast).toList();
    }
    return List.of((Class<?>) type);
  }

  /** A record built with plain values for its components, to ask it its code. */
  private static Object plain(Class<?> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    Object built = Probe.build(type, null, null, null);
    if (built != null) {
      return built;
    }
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = types[i] == List.class ? List.of() : types[i].isPrimitive() ? (types[i] == boolean.class ? false : 0) : null;
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return canonical.newInstance(arguments);
  }

  /** Every class of core, read from where core's classes are: a new rejection anywhere is found without a list to keep. */
  private static List<Class<?>> coreClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Rejection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
          classes.add(Class.forName(name, false, LabelsTest.class.getClassLoader()));
        }
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
        for (var entries = jar.entries(); entries.hasMoreElements(); ) {
          String name = entries.nextElement().getName();
          if (name.endsWith(".class") && name.startsWith("io/bizcenter/")) {
            classes.add(Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""), false, LabelsTest.class.getClassLoader()));
          }
        }
      }
    }
    return classes;
  }
}
