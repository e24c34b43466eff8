package io.bizcenter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A rejection as a front end shows it: {@code {"code":"ACTION_NOT_ALLOWED","clause":...,"arguments":[...],
 * "message":{"zh-CN":"...","en":"..."}}}, and for bad input each field error with its own message. Written, never read:
 * a rejection is the library's answer, not something a front end sends.
 */
final class RejectionJson extends StdSerializer<Rejection> {
  private static final long serialVersionUID = 1L;

  RejectionJson() {
    super(Rejection.class);
  }

  @Override
  public void serialize(Rejection rejection, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeStartObject();
    out.writeStringField("code", rejection.code());
    out.writeStringField("clause", rejection.clause().id());
    out.writeFieldName("arguments");
    provider.defaultSerializeValue(rejection.arguments(), out);
    messages(out, rejection.message(Messages.ZH_CN), rejection.message(Messages.EN));
    if (rejection instanceof Rejection.InvalidInput invalid) {
      out.writeArrayFieldStart("errors");
      for (FieldError error : invalid.errors()) {
        write(error, out, provider);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  static void write(FieldError error, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeStartObject();
    out.writeStringField("field", error.field());
    out.writeStringField("problem", error.problem().name());
    out.writeFieldName("arguments");
    provider.defaultSerializeValue(error.arguments(), out);
    messages(out, error.message(Messages.ZH_CN), error.message(Messages.EN));
    out.writeEndObject();
  }

  private static void messages(JsonGenerator out, String zh, String en) throws IOException {
    out.writeObjectFieldStart("message");
    out.writeStringField(tag(Messages.ZH_CN), zh);
    out.writeStringField(tag(Messages.EN), en);
    out.writeEndObject();
  }

  static String tag(Locale locale) {
    return locale.toLanguageTag();
  }

  /** A field error on its own, as inside a rejection. */
  static final class FieldErrorJson extends StdSerializer<FieldError> {
    private static final long serialVersionUID = 1L;

    FieldErrorJson() {
      super(FieldError.class);
    }

    @Override
    public void serialize(FieldError error, JsonGenerator out, SerializerProvider provider) throws IOException {
      write(error, out, provider);
    }
  }

  static final List<String> LANGUAGES = List.of(tag(Messages.ZH_CN), tag(Messages.EN));
}
