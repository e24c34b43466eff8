package io.bizcenter.forms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * A form's values as JSON, in the shape its {@link FormSchema} describes (a front end shows them, or prefills an input
 * screen): an empty {@code Optional} is left out, money is a decimal string, enums are their names. Personal data is
 * included, as on the printed form: the vendor's screen decides who sees it.
 */
public final class FormJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FormJson() {}

  public static ObjectNode of(Form form) {
    return object((Record) form);
  }

  private static ObjectNode object(Record record) {
    ObjectNode node = JSON.objectNode();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = FormInput.value(component, record);
      if (value instanceof Optional<?> optional) {
        value = optional.orElse(null);
      }
      if (value != null) {
        node.set(component.getName(), value(value));
      }
    }
    return node;
  }

  private static com.fasterxml.jackson.databind.JsonNode value(Object value) {
    if (value instanceof String s) {
      return JSON.textNode(s);
    }
    if (value instanceof PersonName n) {
      return JSON.textNode(n.value());
    }
    if (value instanceof PhoneNumber p) {
      return JSON.textNode(p.value());
    }
    if (value instanceof IdentityNumber i) {
      return JSON.textNode(i.value());
    }
    if (value instanceof Money m) {
      return JSON.textNode(m.amount().toPlainString());
    }
    if (value instanceof BigDecimal d) {
      return JSON.textNode(d.stripTrailingZeros().toPlainString());
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return JSON.textNode(value.toString());
    }
    if (value instanceof Integer i) {
      return JSON.numberNode(i);
    }
    if (value instanceof Long l) {
      return JSON.numberNode(l);
    }
    if (value instanceof Boolean b) {
      return JSON.booleanNode(b);
    }
    if (value instanceof Enum<?> e) {
      return JSON.textNode(e.name());
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = JSON.arrayNode();
      items.forEach(i -> array.add(value(i)));
      return array;
    }
    if (value instanceof Record r) {
      return object(r);
    }
    throw new IllegalArgumentException("a form holds text, numbers, money, times, enums, records and lists, not " + value.getClass().getName());
  }
}
