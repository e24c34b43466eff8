package io.bizcenter.forms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.forms.FormSchema;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON Schemas of the move-in and move-out forms, generated like every other form's")
class TenancySchemaTest {
  @Test
  @DisplayName("MI-6.1: the clerk fills in the move's contact and phone (required, personal data, the kernel's limits) and may add remarks")
  void registrationInput() {
    ObjectNode schema = FormSchema.of(ClientMoveRegistrationForm.TYPE, Messages.ZH_CN);

    JsonNode filled = schema.get("properties").get("filled");
    assertEquals(List.of("contact", "phone"), names(filled.get("required")));
    assertEquals("搬迁负责人", filled.get("properties").get("contact").get("title").asText());
    assertTrue(filled.get("properties").get("phone").get("x-bizcenter-personal-data").asBoolean());
    assertEquals(20, filled.get("properties").get("phone").get("maxLength").asInt());
    assertEquals(200, filled.get("properties").get("remarks").get("maxLength").asInt());
    assertTrue(schema.get("properties").get("elevator").get("readOnly").asBoolean(), "the booking comes from the case");
  }

  @Test
  @DisplayName("MO-2.2, MI-3.1, MI-6.3: the copies each form declares; the client file's identity number is masked text, not personal data")
  void copiesAndPersonalData() {
    assertEquals(List.of("工程部", "服务部"),
        names(FormSchema.of(MoveOutMeterReadingForm.TYPE, Messages.ZH_CN).get("x-bizcenter-form").get("copies")));
    assertEquals(List.of("Tenant", "Client file"),
        names(FormSchema.of(ManagementAgreementForm.TYPE, Messages.EN).get("x-bizcenter-form").get("copies")));
    JsonNode identity = FormSchema.of(ClientFileForm.TYPE, Messages.EN).get("properties").get("identity").get("properties");
    assertTrue(identity.get("holder").get("x-bizcenter-personal-data").asBoolean());
    assertFalse(identity.get("maskedNumber").has("x-bizcenter-personal-data"));
    JsonNode clientFile = FormSchema.of(ClientFileForm.TYPE, Messages.EN).get("x-bizcenter-form");
    assertEquals(List.of("MI-6.3", "MO-3.1"), names(clientFile.get("clauses")));
  }

  private static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
