package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What a refused form says: each field with its problem, having checked every message reads in zh-CN and in en. */
public final class FieldErrors {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private FieldErrors() {}

  public static Map<String, FieldError.Problem> of(Validation<Seq<FieldError>, ? extends Form> refused, FormType type) {
    assertTrue(refused.isInvalid(), () -> "expected field errors, got " + refused);
    Map<String, FieldError.Problem> errors = new LinkedHashMap<>();
    for (FieldError e : refused.getError()) {
      errors.put(e.field(), e.problem());
      String zh = FormText.message(e, type, Messages.ZH_CN);
      String en = FormText.message(e, type, Messages.EN);
      assertTrue(HAN.matcher(zh).find(), zh);
      assertFalse(HAN.matcher(en).find(), en);
    }
    return errors;
  }
}
