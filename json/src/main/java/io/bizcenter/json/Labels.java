package io.bizcenter.json;

import io.bizcenter.core.Procedures;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.ProcedureName;
import io.bizcenter.core.kernel.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * What a screen shows for the library's names, in zh-CN or en: procedures, states, actions, departments, roles (and any
 * other enum of core, such as a remit or a channel), the fields of commands and rejection codes. The texts are core's
 * own message bundles; the fields' labels are this module's. A name without a label is a defect of the library
 * ({@code IllegalStateException}), never shown as its internal name: a test asks for every label in both languages. A
 * front end that may meet codes or fields of a newer library asks {@link #hasRejection} or {@link #hasField} first.
 */
public final class Labels {
  /** The packages of core whose bundles hold rejection messages: the kernel first, then every procedure's, then privacy. */
  private static final List<String> PACKAGES = Stream.of(List.of("io.bizcenter.core.kernel"), Procedures.packages(),
      List.of("io.bizcenter.core.privacy")).flatMap(List::stream).toList();
  private static final String FIELDS = "io.bizcenter.json.fields";
  private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Labels() {}

  /** The languages labels exist in: zh-CN and en. */
  public static final List<Locale> LANGUAGES = List.of(Messages.ZH_CN, Messages.EN);

  /** A state, action, department, role or any other enum of core, such as 营运招商部 for {@code OPERATIONS}. */
  public static String of(Enum<?> value, Locale locale) {
    return Messages.label(value, supported(locale));
  }

  /** A procedure by its declared name, such as 投诉 for {@code "complaints"}. */
  public static String procedure(String procedure, Locale locale) {
    if (ProcedureTypes.of(procedure).isEmpty()) {
      throw new IllegalArgumentException("no procedure " + procedure);
    }
    return new ProcedureName(procedure).label(supported(locale));
  }

  /**
   * A field of a command by its name or path ({@code content}, {@code complainant.phone}: the last part names it, or the
   * last two where one name means two things: {@code lock.name} is a lock's name, {@code complainant.name} a person's), as
   * core's field errors and the command schemas name fields.
   */
  public static String field(String field, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(FIELDS, supported(locale), Labels.class.getClassLoader(), CONTROL);
    return key(field, bundle).map(bundle::getString)
        .orElseThrow(() -> new IllegalStateException("no label for the field " + lastPart(field) + " (" + locale + ")"));
  }

  /** Whether the field has a label in {@code locale}: ask first for a field a newer library may have added. */
  public static boolean hasField(String field, Locale locale) {
    return key(field, ResourceBundle.getBundle(FIELDS, supported(locale), Labels.class.getClassLoader(), CONTROL)).isPresent();
  }

  private static Optional<String> key(String field, ResourceBundle bundle) {
    String[] parts = field.replaceAll("\\[\\d+]", "").split("\\.");
    String last = parts[parts.length - 1];
    if (parts.length > 1 && bundle.containsKey(parts[parts.length - 2] + "." + last)) {
      return Optional.of(parts[parts.length - 2] + "." + last);
    }
    return bundle.containsKey(last) ? Optional.of(last) : Optional.empty();
  }

  private static String lastPart(String field) {
    return field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
  }

  /**
   * A rejection code as a heading, such as "The step is not allowed in this state" for {@code ACTION_NOT_ALLOWED}: its
   * message with the arguments left out ({@code …}); the rejection itself says the whole message.
   */
  public static String rejection(String code, Locale locale) {
    return rejectionMessage(code, locale).map(m -> m.replaceAll("\\{\\d+[^}]*}", "…").replace("''", "'"))
        .orElseThrow(() -> new IllegalStateException("no label for the rejection " + code + " (" + locale + ")"));
  }

  /**
   * Whether the rejection code has a label in {@code locale}: a front end built against an older library than the one
   * answering it may meet a newer code, and asks first (or shows the rejection's own message).
   */
  public static boolean hasRejection(String code, Locale locale) {
    return rejectionMessage(code, locale).isPresent();
  }

  private static Optional<String> rejectionMessage(String code, Locale locale) {
    String key = "rejection." + code;
    for (String p : PACKAGES) {
      ResourceBundle bundle = ResourceBundle.getBundle(p + ".messages", supported(locale), Messages.class.getClassLoader(), CONTROL);
      if (bundle.containsKey(key)) {
        return Optional.of(bundle.getString(key));
      }
    }
    return Optional.empty();
  }

  /**
   * Every label a screen needs in {@code locale}, keyed {@code procedure.complaints}, {@code state.ComplaintState.HARD_CASE},
   * {@code action.ComplaintAction.TELL_FIX}, {@code department.OPERATIONS}, {@code role.CLEANER}: one document for a
   * front end to load.
   */
  public static Map<String, String> all(Locale locale) {
    Map<String, String> all = new LinkedHashMap<>();
    for (ProcedureTypes p : ProcedureTypes.ALL) {
      all.put("procedure." + p.procedure(), procedure(p.procedure(), locale));
    }
    for (ProcedureTypes p : ProcedureTypes.ALL) {
      for (Enum<?> s : p.states().getEnumConstants()) {
        all.put("state." + p.states().getSimpleName() + "." + s.name(), of(s, locale));
      }
      for (Enum<?> a : p.actions().getEnumConstants()) {
        all.put("action." + p.actions().getSimpleName() + "." + a.name(), of(a, locale));
      }
    }
    for (Department d : Department.values()) {
      all.put("department." + d.name(), of(d, locale));
    }
    for (Role r : Role.values()) {
      all.put("role." + r.name(), of(r, locale));
    }
    return all;
  }

  private static Locale supported(Locale locale) {
    for (Locale l : LANGUAGES) {
      if (l.getLanguage().equals(locale.getLanguage())) {
        return l;
      }
    }
    throw new IllegalArgumentException("labels are in zh-CN and en, not " + locale);
  }
}
