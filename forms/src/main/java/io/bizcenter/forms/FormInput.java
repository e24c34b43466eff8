package io.bizcenter.forms;

import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what a clerk filled in on a form, as declared by {@link Filled} on the components of the form's input record:
 * every field is checked and every error kept (GS-1: the clerk sees all there is to fix at once), with the kernel's
 * {@link Field} checks, so a form refuses exactly what a command would.
 */
public final class FormInput {
  private FormInput() {}

  /** The input itself when every filled field is acceptable, else every field error; a null input is one error. */
  public static <I extends Record> Validation<Seq<FieldError>, I> check(String field, I input) {
    if (input == null) {
      return Validation.invalid(io.vavr.collection.List.of(FieldError.of(field, FieldError.Problem.MISSING)));
    }
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    for (RecordComponent component : input.getClass().getRecordComponents()) {
      Filled filled = component.getAnnotation(Filled.class);
      if (filled != null) {
        checks.add(checkOne(component.getName(), value(component, input), component.getGenericType(), filled));
      }
    }
    @SuppressWarnings("unchecked")
    Validation<FieldError, ?>[] all = checks.toArray(Validation[]::new);
    return Field.all(input, all);
  }

  /**
   * The form cannot be filled from the case yet: {@code field} of the case is still missing (a receipt not written,
   * a contract not printed). Reported as a field error beside the errors of the input, never as a half-empty page.
   */
  @SafeVarargs
  public static <T> Validation<Seq<FieldError>, T> missing(String field, Validation<Seq<FieldError>, ?>... inputs) {
    Seq<FieldError> errors = io.vavr.collection.List.of(FieldError.of(field, FieldError.Problem.MISSING));
    for (Validation<Seq<FieldError>, ?> input : inputs) {
      if (input.isInvalid()) {
        errors = errors.appendAll(input.getError());
      }
    }
    return Validation.invalid(errors);
  }

  private static Validation<FieldError, ?> checkOne(String name, Object value, Type type, Filled filled) {
    if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      if (value == null || ((Optional<?>) value).isEmpty()) {
        return Validation.valid("");
      }
      return checkOne(name, ((Optional<?>) value).get(), p.getActualTypeArguments()[0], filled);
    }
    if (type == PersonName.class) {
      return Field.name(name, (PersonName) value);
    }
    if (type == PhoneNumber.class) {
      return Field.phone(name, (PhoneNumber) value);
    }
    if (type == String.class) {
      return filled.multiline() ? Field.text(name, (String) value, filled.max()) : Field.line(name, (String) value, filled.max());
    }
    throw new IllegalArgumentException("a filled field is text, a name or a phone number: " + name + " is " + type);
  }

  static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
    }
  }
}
