package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The HTTP API a front end uses, step by step as the page takes it: seat, agenda, case, schema, command, diagram, form. */
class WebDeskAnswersAClerkTest {
  private static final String OPERATIONS = "seat=OPERATIONS:STAFF&lang=en";
  private static DeskApi desk;

  @BeforeAll
  static void open() {
    desk = new DeskApi();
  }

  @AfterAll
  static void close() {
    desk.close();
  }

  @Test
  @DisplayName("a phone complaint recorded and triaged through the API: agenda, schema, new state, trail, diagram and printed record")
  void complaintThroughTheApi() {
    JsonNode seats = desk.get("/api/seats?lang=zh-CN").json();
    assertTrue(texts(seats, "seat").containsAll(List.of("OPERATIONS:STAFF", "BUSINESS_CENTER:CUSTOMER_SERVICE_SUPERVISOR", "SERVICE:STAFF")));
    assertTrue(texts(seats, "label").contains("营运招商部 · 员工"), seats.toString());

    JsonNode agenda = desk.get("/api/agenda?" + OPERATIONS).json();
    assertTrue(agenda.size() > 0 && texts(agenda, "procedure").stream().allMatch("complaints"::equals),
        "the day opened with a complaint to triage: " + agenda);

    JsonNode opening = desk.get("/api/complaints/opening?" + OPERATIONS).json();
    assertTrue(texts(opening, "command").contains("ComplaintCommand.RecordPhoneComplaint"), opening.toString());
    JsonNode schema = desk.get("/api/complaints/commands/ComplaintCommand.RecordPhoneComplaint/schema?lang=en").json();
    assertTrue(schema.get("properties").has("complainant") && schema.get("properties").has("content"), schema.toString());

    DeskApi.Answer recorded = desk.post("/api/complaints/commands/ComplaintCommand.RecordPhoneComplaint?" + OPERATIONS,
        "{\"commandId\":\"api-1\",\"center\":\"zz-tower\",\"complainant\":{\"name\":\"李四\",\"company\":\"<b>某某</b> & Co\","
            + "\"phone\":\"13912345678\"},\"content\":\"电梯异响\"}");
    assertEquals(200, recorded.status(), recorded.body());
    String id = recorded.json().get("case").get("id").asText();
    assertEquals("PHONE_RECEIVED", recorded.json().get("case").get("state").asText());

    JsonNode view = desk.get("/api/complaints/cases/" + id + "?" + OPERATIONS).json();
    assertEquals(1, view.get("trail").size());
    assertEquals("RECORD_PHONE_COMPLAINT", view.get("trail").get(0).get("action").asText());
    assertTrue(texts(view.get("actions"), "action").contains("TRIAGE_WITHIN_REMIT"), view.get("actions").toString());

    DeskApi.Answer triaged = desk.post("/api/complaints/commands/ComplaintCommand.Triage?" + OPERATIONS,
        "{\"commandId\":\"api-2\",\"center\":\"zz-tower\",\"complaintId\":\"" + id + "\",\"remit\":\"WITHIN\"}");
    assertEquals("PHONE_WITHIN_REMIT", triaged.json().get("case").get("state").asText(), triaged.body());

    String svg = desk.get("/api/complaints/diagram.svg?case=" + id + "&" + OPERATIONS).body();
    Matcher marked = Pattern.compile("class=\"state[^\"]* current\" data-state=\"([A-Z_]+)\"").matcher(svg);
    assertTrue(marked.find(), svg);
    assertEquals("PHONE_WITHIN_REMIT", marked.group(1));
    assertTrue(!marked.find(), "one state is marked");
    String mermaid = desk.get("/api/complaints/diagram.mmd?lang=en").body();
    assertTrue(mermaid.startsWith("stateDiagram-v2") && mermaid.contains("PHONE_RECEIVED --> PHONE_WITHIN_REMIT"), mermaid);

    DeskApi.Answer form = desk.get("/api/complaints/cases/" + id + "/form?seat=OPERATIONS:STAFF&lang=zh-CN");
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("&lt;b&gt;某某&lt;/b&gt;"), "the company printed as text, escaped");
  }

  @Test
  @DisplayName("refusals come typed, with their HTTP status and the message in Chinese: a seat that may not, a step not from this state")
  void refusals() {
    String id = desk.post("/api/complaints/commands/ComplaintCommand.RecordPhoneComplaint?" + OPERATIONS,
        "{\"commandId\":\"api-6\",\"center\":\"zz-tower\",\"complainant\":{\"name\":\"赵六\",\"company\":\"某公司\","
            + "\"phone\":\"13912345679\"},\"content\":\"走廊灯不亮\"}").json().get("case").get("id").asText();
    DeskApi.Answer notYourStep = desk.post("/api/complaints/commands/ComplaintCommand.Triage?seat=SERVICE:STAFF&lang=zh-CN",
        "{\"commandId\":\"api-3\",\"center\":\"zz-tower\",\"complaintId\":\"" + id + "\",\"remit\":\"WITHIN\"}");
    assertTrue(List.of(403, 404).contains(notYourStep.status()), notYourStep.body());

    String triage = "{\"commandId\":\"api-4\",\"center\":\"zz-tower\",\"complaintId\":\"" + id + "\",\"remit\":\"HARD_CASE\"}";
    assertEquals(200, desk.post("/api/complaints/commands/ComplaintCommand.Triage?" + OPERATIONS, triage).status());
    DeskApi.Answer again = desk.post("/api/complaints/commands/ComplaintCommand.Triage?" + OPERATIONS,
        triage.replace("api-4", "api-5"));
    assertEquals(409, again.status(), again.body());
    JsonNode rejection = again.json().get("rejection");
    assertEquals("ACTION_NOT_ALLOWED", rejection.get("code").asText());
    assertTrue(rejection.get("message").get("zh-CN").asText().contains("不能进行"), rejection.toString());
  }

  @Test
  @DisplayName("a master key cut for a contractor's cleaner is refused under KY-1.1 in Chinese; for the center's own cleaner it is held")
  void masterKeyThroughTheApi() {
    String supervisor = "seat=BUSINESS_CENTER:CUSTOMER_SERVICE_SUPERVISOR&lang=zh-CN";
    String cut = "{\"commandId\":\"api-k1\",\"center\":\"zz-tower\",\"lock\":{\"category\":\"MASTER\",\"room\":null,"
        + "\"furniture\":null,\"name\":null},\"to\":{\"kind\":\"STAFF\",\"id\":\"bc-cln-9\",\"role\":\"CLEANER\","
        + "\"department\":\"BUSINESS_CENTER\",\"employer\":\"CONTRACTOR\"}}";
    DeskApi.Answer refused = desk.post("/api/keys/commands/KeyCommand.CutKey?" + supervisor, cut);
    assertEquals(422, refused.status(), refused.body());
    assertEquals("KY-1.1", refused.json().get("rejection").get("clause").asText());
    assertTrue(refused.json().get("rejection").get("message").get("zh-CN").asText().contains("万能钥匙"), refused.body());

    DeskApi.Answer held = desk.post("/api/keys/commands/KeyCommand.CutKey?" + supervisor,
        cut.replace("api-k1", "api-k2").replace("CONTRACTOR", "CENTER_STAFF"));
    assertEquals(200, held.status(), held.body());
    assertEquals("HELD", held.json().get("case").get("state").asText());
  }

  @Test
  @DisplayName("the page's script sets text, never HTML: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval")
  void pageSetsTextOnly() throws IOException {
    String script;
    try (InputStream in = DeskServer.class.getResourceAsStream("desk.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")) {
      assertTrue(!script.contains(sink), "desk.js uses " + sink);
    }
    assertTrue(script.contains("textContent"));
    assertEquals(200, desk.get("/desk.js").status());
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
  }
}
