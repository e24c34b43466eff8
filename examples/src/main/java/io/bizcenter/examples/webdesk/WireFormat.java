package io.bizcenter.examples.webdesk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.json.BizCenterJson;
import io.bizcenter.json.CommandSchema;
import io.bizcenter.json.Labels;
import io.bizcenter.json.ProcedureTypes;
import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The web desk's JSON edge: the library's own wire format ({@code bizcenter-json}) for commands, cases, rejections,
 * audit entries and agenda items, with the labels a screen shows beside each name. Nothing here maps a type of the
 * library by hand; it only adds the labels of the page's language.
 */
final class WireFormat {
  private final ObjectMapper json = BizCenterJson.mapper();

  ObjectNode object() {
    return json.createObjectNode();
  }

  ArrayNode array() {
    return json.createArrayNode();
  }

  String write(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** A command of {@code type} from a request body: malformed JSON, an unknown field or a wrong type is {@code INVALID_INPUT}. */
  <M extends Command> Either<Rejection, M> command(Class<M> type, byte[] body) {
    return BizCenterJson.read(body, type).mapLeft(Function.identity());
  }

  /** The JSON Schema (2020-12) the page draws a command's form from, its titles in {@code locale}. */
  ObjectNode schema(Class<? extends Command> type, Locale locale) {
    return CommandSchema.of(type, locale);
  }

  /** A rejection: code, clause, arguments, the message in zh-CN and en, and for bad input each field's error. */
  ObjectNode rejection(Rejection rejection) {
    return (ObjectNode) BizCenterJson.tree(rejection);
  }

  /** A case: its id, its state and the state's label, and the case itself in the wire format. */
  ObjectNode caseOf(Case<?, ?> c, Locale locale) {
    ObjectNode out = json.createObjectNode();
    out.put("id", c.id().value());
    out.put("state", c.state().name());
    out.put("stateLabel", Labels.of(c.state(), locale));
    out.set("document", BizCenterJson.tree(c));
    return out;
  }

  /** The trail in the wire format, each entry with the labels of its seat, step and state. */
  ArrayNode trail(List<AuditEntry> trail, Locale locale) {
    ArrayNode out = json.createArrayNode();
    for (AuditEntry entry : trail) {
      ObjectNode one = (ObjectNode) BizCenterJson.tree(entry);
      ObjectNode labels = one.putObject("labels");
      labels.put("role", Labels.of(entry.role(), locale));
      labels.put("department", Labels.of(entry.department(), locale));
      labels.put("action", label(entry.procedure(), ProcedureTypes::actions, entry.action(), locale));
      labels.put("to", label(entry.procedure(), ProcedureTypes::states, entry.to(), locale));
      out.add(one);
    }
    return out;
  }

  /** Agenda items in the wire format, each with the labels of its procedure, actions and seat. */
  ArrayNode agenda(List<AgendaItem> items, Locale locale) {
    ArrayNode out = json.createArrayNode();
    for (AgendaItem item : items) {
      ObjectNode one = (ObjectNode) BizCenterJson.tree(item);
      ObjectNode labels = one.putObject("labels");
      labels.put("procedure", Labels.procedure(item.procedure(), locale));
      labels.put("seat", seat(item.seat(), locale));
      labels.put("state", label(item.procedure(), ProcedureTypes::states, item.state(), locale));
      ArrayNode actions = labels.putArray("actions");
      item.actions().forEach(action -> actions.add(label(item.procedure(), ProcedureTypes::actions, action, locale)));
      out.add(one);
    }
    return out;
  }

  /** The label of a state or action a stored entry names as text, found among its procedure's names. */
  private static String label(String procedure, Function<ProcedureTypes, Class<? extends Enum<?>>> names, String name, Locale locale) {
    return ProcedureTypes.of(procedure).stream().flatMap(types -> Stream.of(names.apply(types).getEnumConstants()))
        .filter(constant -> constant.name().equals(name)).findFirst().map(constant -> Labels.of(constant, locale)).orElse(name);
  }

  private static String seat(Seat seat, Locale locale) {
    return String.join(" · ", Stream.of(seat.department().map(d -> Labels.of(d, locale)), seat.role().map(r -> Labels.of(r, locale)))
        .flatMap(Optional::stream).toList());
  }
}
