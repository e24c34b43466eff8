package io.bizcenter.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.AuditEntry;
import java.time.Instant;

/**
 * The Jackson module of the library's own types: one-text values (ids, names, clauses) as strings, instants read and written without DateTimeFormatter, money with its
 * currency, rejections with their code, clause and messages, audit entries with typed events. Records and
 * Immutables values need the naming {@link BizCenterJson#configure} sets besides; take {@link BizCenterJson#mapper()}
 * unless you bring a mapper of your own.
 */
public final class BizCenterModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public BizCenterModule() {
    super("bizcenter");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new Writers());
    context.addDeserializers(new Readers());
  }

  private static final class Writers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (ValueRecords.isValue(raw)) {
        return new ValueRecords.Writer(raw);
      }
      if (raw == Instant.class) {
        return new InstantJson.Writer();
      }
      if (raw == Money.class) {
        return new MoneyJson.Writer();
      }
      if (Rejection.class.isAssignableFrom(raw)) {
        return new RejectionJson();
      }
      if (raw == FieldError.class) {
        return new RejectionJson.FieldErrorJson();
      }
      if (raw == AuditEntry.class) {
        return new AuditEntryJson.Writer();
      }
      return null;
    }
  }

  private static final class Readers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (ValueRecords.isValue(raw)) {
        return new ValueRecords.Reader(raw);
      }
      if (raw == Instant.class) {
        return new InstantJson.Reader();
      }
      if (raw == Money.class) {
        return new MoneyJson.Reader(false);
      }
      if (raw == AuditEntry.class) {
        return new AuditEntryJson.Reader();
      }
      return null;
    }
  }
}
