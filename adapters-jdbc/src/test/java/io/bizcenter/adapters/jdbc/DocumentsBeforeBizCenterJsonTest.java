package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.json.BizCenterJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rows stored before bizcenter-json (ids as {@code {"value":...}}, clauses as {@code {"id":...}}, money as {@code {"amount":150.00}},
 * decimals as numbers) still read: every document of the scripted day as the
 * adapter then wrote it on H2, kept in {@code documents-before-bizcenter-json.json}. Each reads to a value whose document
 * in today's format says the same thing field by field, and reads back to an equal value.
 */
class DocumentsBeforeBizCenterJsonTest {
  private static final ObjectMapper TREES = BizCenterJson.storageMapper();
  private final Documents documents = new Documents();

  @Test
  @DisplayName("every case, event list, answer, notice's arguments and agenda's actions stored before bizcenter-json still reads, losing nothing")
  void documentsStoredBeforeStillRead() throws IOException {
    JsonNode stored = stored();
    int read = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = stored.get("cases").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> procedure = it.next();
      List<JsonNode> documents = new ArrayList<>();
      procedure.getValue().forEach(documents::add);
      stored.get("answers").get(procedure.getKey()).forEach(documents::add);
      assertFalse(documents.isEmpty(), procedure.getKey());
      for (JsonNode document : documents) {
        Object value = this.documents.readCase(procedure.getKey(), document.asText());
        String today = this.documents.write(value);
        assertSame(TREES.readTree(document.asText()), TREES.readTree(today), procedure.getKey() + ": " + today);
        assertEquals(value, this.documents.readCase(procedure.getKey(), today));
        read++;
      }
      for (JsonNode events : stored.get("events").get(procedure.getKey())) {
        List<DomainEvent> value = this.documents.readEvents(procedure.getKey(), events.asText());
        String today = this.documents.writeEvents(value);
        assertSame(TREES.readTree(events.asText()), TREES.readTree(today), procedure.getKey() + ": " + today);
        assertEquals(value, this.documents.readEvents(procedure.getKey(), today));
        read++;
      }
    }
    for (String lists : List.of("noticeArguments", "agendaActions")) {
      for (JsonNode list : stored.get(lists)) {
        List<String> value = documents.readStrings(list.asText());
        assertEquals(TREES.readTree(list.asText()), TREES.readTree(documents.write(value)));
        read++;
      }
    }
    int kept = 0;
    for (String part : List.of("cases", "events", "answers")) {
      for (JsonNode documents : stored.get(part)) {
        kept += documents.size();
      }
    }
    assertEquals(kept + stored.get("noticeArguments").size() + stored.get("agendaActions").size(), read, "every document kept was read");
    assertTrue(read > 200, "the scripted day's documents: " + read);
  }

  @Test
  @DisplayName("the comparison is not blind: a document that lost a field or changed an id does not say the same thing")
  void comparisonSeesALostField() throws IOException {
    JsonNode stored = stored();
    String complaint = stored.get("cases").get("complaints").get(0).asText();
    JsonNode today = TREES.readTree(documents.write(documents.readCase("complaints", complaint)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) today).remove("content");
    assertFalse(same(TREES.readTree(complaint), today));
    JsonNode renamed = TREES.readTree(documents.write(documents.readCase("complaints", complaint)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) renamed).put("id", "another-id");
    assertFalse(same(TREES.readTree(complaint), renamed));
  }

  private static JsonNode stored() throws IOException {
    try (InputStream in = DocumentsBeforeBizCenterJsonTest.class.getResourceAsStream("documents-before-bizcenter-json.json")) {
      return TREES.readTree(in);
    }
  }

  private static void assertSame(JsonNode before, JsonNode today, String where) {
    String difference = difference(before, today, "$");
    assertTrue(difference == null, "differs at " + difference + " in " + where);
  }

  static boolean same(JsonNode before, JsonNode today) {
    return difference(before, today, "$") == null;
  }

  /**
   * Where a document as stored before says something else than today's, or null: a one-text object ({"value":"ui-4711"},
   * {"id":"CP-1.2"}) is its text, {"amount":150.00} is {"amount":"150.00","currency":"CNY"}, a decimal number is the same
   * decimal as a string.
   */
  static String difference(JsonNode before, JsonNode today, String path) {
    if (before.isObject() && before.size() == 1 && today.isTextual()) {
      JsonNode only = before.elements().next();
      String name = before.fieldNames().next();
      return (name.equals("value") || name.equals("id")) && only.isTextual() && only.asText().equals(today.asText()) ? null : path;
    }
    if (before.isObject() && before.size() == 1 && before.has("amount") && before.get("amount").isNumber() && today.isObject()) {
      return today.size() == 2 && "CNY".equals(today.path("currency").asText()) && today.get("amount").isTextual()
          && new BigDecimal(today.get("amount").asText()).equals(before.get("amount").decimalValue()) ? null : path;
    }
    if (before.isNumber() && !before.isIntegralNumber() && today.isTextual()) {
      return new BigDecimal(today.asText()).equals(before.decimalValue()) ? null : path;
    }
    if (before.isObject() && today.isObject()) {
      if (before.size() != today.size()) {
        return path + " " + before.size() + " fields, now " + today.size();
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!today.has(field.getKey())) {
          return path + "." + field.getKey();
        }
        String inside = difference(field.getValue(), today.get(field.getKey()), path + "." + field.getKey());
        if (inside != null) {
          return inside;
        }
      }
      return null;
    }
    if (before.isArray() && today.isArray()) {
      if (before.size() != today.size()) {
        return path + " " + before.size() + " items, now " + today.size();
      }
      if (names(before) != null && names(today) != null) {
        // a set of enums: Jackson writes it in the set's own order, which is not kept
        return names(before).equals(names(today)) ? null : path + " " + before + " now " + today;
      }
      for (int i = 0; i < before.size(); i++) {
        String inside = difference(before.get(i), today.get(i), path + "[" + i + "]");
        if (inside != null) {
          return inside;
        }
      }
      return null;
    }
    return before.equals(today) ? null : path + " " + before + " now " + today;
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        return null;
      }
      names.add(item.asText());
    }
    names.sort(null);
    return names;
  }
}
