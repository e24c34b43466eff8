package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.forms.services.FeeReceiptForm;
import io.bizcenter.json.BizCenterJson;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each form's fields as a JSON Schema (draft 2020-12), generated from the form's record")
class FormSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @Test
  @DisplayName("every schema is valid JSON and a valid draft 2020-12 schema, in both languages")
  void validSchemas() throws Exception {
    Schema meta = registry.getSchema(SchemaLocation.of(FormSchema.DIALECT));
    for (FormType type : Forms.ALL) {
      for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
        JsonNode parsed = JSON.readTree(FormSchema.json(type, locale));
        assertEquals(FormSchema.DIALECT, parsed.get("$schema").asText());
        List<Error> errors = meta.validate(parsed);
        assertEquals(List.of(), errors.stream().map(Error::getMessage).toList(), type.name() + " against the meta-schema");
        assertEquals(type.title(locale), parsed.get("title").asText());
      }
    }
  }

  @Test
  @DisplayName("required lists every field but the optional ones, at every level; what the case gives is read-only")
  void requiredFields() throws Exception {
    for (FormType type : Forms.ALL) {
      JsonNode schema = JSON.readTree(FormSchema.json(type, Messages.EN));
      assertRequired(type.name(), type.model(), schema);
    }
    JsonNode receipt = JSON.readTree(FormSchema.json(FeeReceiptForm.TYPE, Messages.ZH_CN));
    assertTrue(names(receipt.get("required")).containsAll(List.of("number", "client", "total", "filled")));
    assertFalse(names(receipt.get("required")).contains("company"), "a client may have no company");
    JsonNode filled = receipt.get("properties").get("filled");
    assertEquals(List.of("payer"), names(filled.get("required")), "the payer is required, the remarks are not");
    assertEquals("付款人", filled.get("properties").get("payer").get("title").asText());
    assertEquals(50, filled.get("properties").get("payer").get("maxLength").asInt(), "the kernel's limit for a name");
    assertEquals(200, filled.get("properties").get("remarks").get("maxLength").asInt());
    assertFalse(filled.has("readOnly"), "the clerk fills it in");
    assertTrue(receipt.get("properties").get("total").get("readOnly").asBoolean(), "the total comes from the case");
    assertEquals("CNY", receipt.get("properties").get("total").get("x-bizcenter-currency").asText());
    assertTrue(receipt.get("properties").get("client").get("x-bizcenter-personal-data").asBoolean());
    assertEquals(List.of("SV-2.4"), names(receipt.get("x-bizcenter-form").get("clauses")));
    assertEquals(List.of("财务部", "客人", "存档"), names(receipt.get("x-bizcenter-form").get("copies")));
  }

  @Test
  @DisplayName("every real form's values, as bizcenter-json writes them, satisfy its schema; a receipt without its payer does not")
  void realFormsSatisfyTheirSchema() throws Exception {
    for (FormType type : Forms.ALL) {
      Schema schema = registry.getSchema(FormSchema.json(type, Messages.EN));
      ObjectNode values = (ObjectNode) BizCenterJson.tree(Samples.of(type));
      assertEquals(List.of(), schema.validate(values).stream().map(Error::getMessage).toList(), type.name());
    }
    Schema receipt = registry.getSchema(FormSchema.json(FeeReceiptForm.TYPE, Messages.EN));
    ObjectNode values = (ObjectNode) BizCenterJson.tree(Samples.of(FeeReceiptForm.TYPE));
    ((ObjectNode) values.get("filled")).remove("payer");
    assertFalse(receipt.validate(values).isEmpty(), "a missing payer breaks the schema");
    ObjectNode floating = (ObjectNode) BizCenterJson.tree(Samples.of(FeeReceiptForm.TYPE));
    floating.put("total", 120.0);
    assertFalse(receipt.validate(floating).isEmpty(), "money is never a JSON number");
  }

  private static void assertRequired(String where, Class<?> record, JsonNode schema) {
    List<String> expected = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getType() != Optional.class) {
        expected.add(c.getName());
      }
      JsonNode property = schema.get("properties").get(c.getName());
      if (c.getType().isRecord() && c.getType().getPackageName().startsWith("io.bizcenter.forms")) {
        assertRequired(where + "." + c.getName(), c.getType(), property);
      }
    }
    assertEquals(expected, names(schema.get("required")), where);
    assertFalse(schema.get("additionalProperties").asBoolean(), where);
  }

  private static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
