package io.bizcenter.examples;

import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.forms.Form;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.FormType;
import io.bizcenter.forms.Forms;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints every form the forms module lists ({@link Forms#ALL}) from the day's cases, in zh-CN and en, as HTML and text,
 * into one folder. Nothing here names a form: each form type's record has a static {@code of(case, trail, ...)}, and
 * every case of the day whose type fits is offered to it, so a form added to the module (the move-in and move-out
 * forms, say) is printed here as soon as it is listed. A form that cannot be filled from a case yet (a Fee Receipt
 * before the receipt is written) answers field errors and is simply not printed for that case.
 */
final class FormsOfTheDay {
  /**
   * One case of the day as a form is built from it: the case, its audit trail, and anything else a form of it asks
   * for (the device an internal use ran on).
   */
  record Paper(String caseId, Object kase, List<AuditEntry> trail, List<Object> beside) {
    Paper {
      trail = List.copyOf(trail);
      beside = List.copyOf(beside);
    }
  }

  /** What happened to one form type: the files printed, or why none was. */
  record Outcome(FormType type, List<Path> files, String unprinted) {}

  private static final List<Locale> LANGUAGES = List.of(Messages.ZH_CN, Messages.EN);

  private final FormPrinter printer = FormPrinter.defaults();
  /** What a clerk types into a form beside what the case holds, by the type of the form's input record. */
  private final Map<Class<?>, Object> clerkInput;

  FormsOfTheDay(Map<Class<?>, Object> clerkInput) {
    this.clerkInput = Map.copyOf(clerkInput);
  }

  List<Outcome> print(List<Paper> papers, Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (FormType type : Forms.ALL) {
      List<Path> files = new ArrayList<>();
      List<String> unfit = new ArrayList<>();
      for (Method of : builders(type)) {
        for (Paper paper : papers) {
          Optional<Object[]> arguments = arguments(of, paper);
          if (arguments.isEmpty()) {
            if (of.getParameterTypes()[0].isInstance(paper.kase())) {
              unfit.add("its builder asks for more than a " + of.getParameterTypes()[0].getSimpleName() + " and its trail: "
                  + Arrays.stream(of.getParameterTypes()).map(Class::getSimpleName).toList());
            }
            continue;
          }
          Validation<Seq<FieldError>, ? extends Form> form = build(of, arguments.get());
          if (form.isValid()) {
            files.addAll(write(form.get(), paper.caseId(), folder));
          }
        }
      }
      outcomes.add(new Outcome(type, files, files.isEmpty()
          ? unfit.stream().findFirst().orElse("no case of the day is in a state this form prints")
          : ""));
    }
    return outcomes;
  }

  /** The form type's static builders: {@code of(...)} methods answering a validated form. */
  private static List<Method> builders(FormType type) {
    return Arrays.stream(type.model().getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getName().equals("of") && Validation.class.equals(m.getReturnType())
            && m.getParameterCount() > 0)
        .toList();
  }

  /**
   * The builder's arguments from the paper, each matched by its type: the paper's case (which the builder must take,
   * so one paper never prints another case's form), its trail, the clerk's input and what lies beside it.
   */
  private Optional<Object[]> arguments(Method of, Paper paper) {
    Class<?>[] types = of.getParameterTypes();
    Type[] generic = of.getGenericParameterTypes();
    Object[] arguments = new Object[types.length];
    boolean takesTheCase = false;
    for (int i = 0; i < types.length; i++) {
      Class<?> wanted = types[i];
      if (wanted.isInstance(paper.kase()) && !takesTheCase) {
        arguments[i] = paper.kase();
        takesTheCase = true;
      } else if (isTrail(generic[i])) {
        arguments[i] = paper.trail();
      } else if (clerkInput.containsKey(wanted)) {
        arguments[i] = clerkInput.get(wanted);
      } else {
        Optional<Object> beside = paper.beside().stream().filter(wanted::isInstance).findFirst();
        if (beside.isEmpty()) {
          return Optional.empty();
        }
        arguments[i] = beside.get();
      }
    }
    return takesTheCase ? Optional.of(arguments) : Optional.empty();
  }

  private static boolean isTrail(Type type) {
    return type instanceof ParameterizedType p && p.getRawType().equals(List.class)
        && Arrays.asList(p.getActualTypeArguments()).contains(AuditEntry.class);
  }

  @SuppressWarnings("unchecked")
  private static Validation<Seq<FieldError>, ? extends Form> build(Method of, Object[] arguments) {
    try {
      return (Validation<Seq<FieldError>, ? extends Form>) of.invoke(null, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("a form builder is not public: " + of, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("a form builder failed: " + of, e.getCause());
    }
  }

  /** The form in both languages and both outputs: {@code fee-receipt.R1-20.zh.html} and its three siblings. */
  private List<Path> write(Form form, String caseId, Path folder) {
    List<Path> written = new ArrayList<>();
    for (Locale language : LANGUAGES) {
      for (FormPrinter.Output output : FormPrinter.Output.values()) {
        Path file = folder.resolve(form.type().name() + "." + caseId + "." + language.getLanguage() + "." + output.extension());
        try {
          Files.writeString(file, printer.print(form, language, output), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        written.add(file);
      }
    }
    return written;
  }
}
