package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import io.bizcenter.testkit.EveryCommand;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each command's JSON Schema against core's own check: generated commands that core takes satisfy their schema, and a
 * command made too long, left without a required field or given a value outside an enum is refused by both, naming the
 * same field.
 */
class CommandSchemaTest {
  private static final List<CenterId> CENTERS = List.of(CenterId.of("harbour-tower"));
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<Class<?>, Schema> schemas = new HashMap<>();

  @Test
  @DisplayName("every command has a valid draft 2020-12 schema in zh-CN and en, titled in each, every property titled")
  void validSchemas() {
    Schema meta = registry.getSchema(SchemaLocation.of(CommandSchema.DIALECT));
    for (Class<? extends Command> command : EveryCommand.records()) {
      for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
        ObjectNode schema = CommandSchema.of(command, locale);
        assertEquals(List.of(), meta.validate(schema).stream().map(Error::getMessage).toList(), command.getName());
        assertFalse(schema.get("title").asText().isBlank(), command.getName());
        assertEquals(schema.get("title"), schema.get("x-bizcenter-titles").get(locale.toLanguageTag()));
        schema.get("properties").forEach(p -> assertTrue(p.has("title"), command.getName()));
      }
    }
    JsonNode phone = CommandSchema.of(RecordPhoneComplaint.class, Messages.ZH_CN);
    assertEquals("记录电话投诉", phone.get("title").asText());
    assertEquals(List.of("commandId", "center", "complainant", "content"), names(phone.get("required")));
    JsonNode content = phone.get("properties").get("content");
    assertEquals(2000, content.get("maxLength").asInt(), "ComplaintCommand.CONTENT, as core checks it");
    assertEquals("complainant.phone", phone.get("properties").get("complainant").get("properties").get("phone").get("x-bizcenter-field").asText());
  }

  @Test
  @DisplayName("the schemas' id, line and text patterns take exactly the characters core's Field checks take, each of the BMP beside a letter")
  void patternsAgreeWithCore() {
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String one = String.valueOf((char) c);
      String inLine = "a" + one + "a";
      // beside a letter: an id or a text of invisible characters alone is BLANK to core, which no pattern here says
      if (Field.id("f", inLine, 10).isValid() != java.util.regex.Pattern.matches(SchemaWriter.ID, inLine)) {
        disagreements.add("id U+" + Integer.toHexString(c));
      }
      if (Field.line("f", inLine, 10).isValid() != java.util.regex.Pattern.matches(SchemaWriter.LINE, inLine)) {
        disagreements.add("line U+" + Integer.toHexString(c));
      }
      if (Field.text("f", inLine, 10).isValid() != java.util.regex.Pattern.matches(SchemaWriter.TEXT, inLine)) {
        disagreements.add("text U+" + Integer.toHexString(c));
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  @DisplayName("every generated command that core's check takes satisfies its schema")
  void acceptedCommandsSatisfyTheirSchema() {
    SplittableRandom random = new SplittableRandom(19);
    int accepted = 0;
    for (Class<? extends Command> type : EveryCommand.records()) {
      for (int i = 0; i < 30; i++) {
        Command command = EveryCommand.arbitrary(random, type, CENTERS, List.of("k-1"));
        if (check(command).isEmpty()) {
          JsonNode json = BizCenterJson.tree(command);
          assertEquals(List.of(), schema(type).validate(json).stream().map(Error::getMessage).toList(), json.toString());
          accepted++;
        }
      }
    }
    assertTrue(accepted > 300, accepted + " commands core took");
  }

  @Test
  @DisplayName("a text one longer than its limit, a required field left out, a value outside an enum: both the schema and core refuse, naming the same field")
  void mutatedCommandsAreRefusedByBoth() {
    SplittableRandom random = new SplittableRandom(23);
    int mutations = 0;
    for (Class<? extends Command> type : EveryCommand.records()) {
      ObjectNode valid = null;
      for (int i = 0; i < 200 && valid == null; i++) {
        Command command = EveryCommand.arbitrary(random, type, CENTERS, List.of("k-1"));
        valid = check(command).isEmpty() ? (ObjectNode) BizCenterJson.tree(command) : null;
      }
      if (valid == null) {
        continue;
      }
      mutations += mutate(type, valid, valid, CommandSchema.of(type, Messages.EN));
    }
    assertTrue(mutations > 200, mutations + " mutations");
  }

  /**
   * Mutates each field of {@code object} (the command itself, or an object inside it, changed in place on a copy of
   * {@code command}) as its schema allows: over-long texts at any depth; at the top, required fields left out and enums
   * given a value outside them. Answers how many mutations were checked.
   */
  private int mutate(Class<? extends Command> type, ObjectNode command, ObjectNode object, JsonNode schema) {
    int mutations = 0;
    boolean top = command == object;
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String name = property.getKey();
      JsonNode rule = property.getValue();
      JsonNode value = object.get(name);
      if (rule.has("maxLength") && value != null && value.isTextual()) {
        String before = value.asText();
        object.put(name, "长".repeat(rule.get("maxLength").asInt() + 1));
        assertRefusedByBoth(type, command.deepCopy(), rule.get("x-bizcenter-field").asText(), FieldError.Problem.TOO_LONG);
        object.put(name, before);
        mutations++;
      }
      if (value != null && value.isObject() && rule.has("properties")) {
        mutations += mutate(type, command, (ObjectNode) value, rule);
      }
      if (!top) {
        continue;
      }
      if (names(schema.get("required")).contains(name) && !rule.get("type").asText().equals("integer") && !rule.get("type").asText().equals("boolean")) {
        ObjectNode without = command.deepCopy();
        without.remove(name);
        assertRefusedByBoth(type, without, name, FieldError.Problem.MISSING);
        mutations++;
      }
      if (rule.has("enum") && value != null && value.isTextual()) {
        ObjectNode outside = command.deepCopy();
        outside.set(name, TextNode.valueOf("NO_SUCH_VALUE"));
        assertRefusedByBoth(type, outside, name, FieldError.Problem.MALFORMED);
        mutations++;
      }
    }
    return mutations;
  }

  private void assertRefusedByBoth(Class<? extends Command> type, ObjectNode json, String field, FieldError.Problem problem) {
    List<Error> bySchema = schema(type).validate(json);
    assertFalse(bySchema.isEmpty(), type.getSimpleName() + " schema took " + json);
    String pointer = "/" + field.replace('.', '/');
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    String last = field.substring(field.lastIndexOf('.') + 1);
    // the schema names a too-long or malformed field at its own place, a missing one at its parent's, by its name
    assertTrue(bySchema.stream().anyMatch(e -> e.getInstanceLocation().toString().equals(pointer)
            || e.getInstanceLocation().toString().equals(parent) && e.getMessage().contains(last)),
        type.getSimpleName() + " " + field + ": " + bySchema.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
    Either<InvalidInput, ? extends Command> read = BizCenterJson.read(json, type);
    List<FieldError> byCore = read.isLeft() ? read.getLeft().errors() : check(read.get());
    assertTrue(byCore.stream().anyMatch(e -> e.field().equals(field) && e.problem() == problem),
        type.getSimpleName() + " " + field + " " + problem + ": " + byCore);
  }

  private Schema schema(Class<? extends Command> type) {
    return schemas.computeIfAbsent(type, t -> registry.getSchema(CommandSchema.of(type, Messages.EN)));
  }

  /**
   * Core's own check of a command, as every desk makes it: the command id and center first (CasePath), then the command's
   * own fields; its field errors, none if it passes.
   */
  static List<FieldError> check(Command command) {
    try {
      Validation<?, ?> checked = (Validation<?, ?>) command.getClass().getMethod("check").invoke(command);
      List<FieldError> errors = new ArrayList<>();
      Validation<FieldError, String> id = command.commandId() == null ? Validation.invalid(FieldError.of("commandId", FieldError.Problem.MISSING))
          : Field.id("commandId", command.commandId().value(), Command.COMMAND_ID_LENGTH);
      Validation<FieldError, String> center = command.center() == null ? Validation.invalid(FieldError.of("center", FieldError.Problem.MISSING))
          : Field.id("center", command.center().value(), Command.CENTER_LENGTH);
      id.swap().forEach(errors::add);
      center.swap().forEach(errors::add);
      if (checked.isInvalid()) {
        ((Iterable<?>) checked.getError()).forEach(e -> errors.add((FieldError) e));
      }
      return errors;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }
}
