package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The web desk's HTTP API under bad input: malformed JSON, wrong types, an unknown field, a 10 MB body, an unknown
 * command, procedure or case. Each is a 4xx carrying the typed rejection (code, clause, the message in zh-CN and en),
 * never a 500, and nothing is written.
 */
class WebDeskRefusesBadInputTest {
  private static final String OPERATIONS = "seat=OPERATIONS:STAFF&lang=en";
  private static final String TRIAGE = "/api/complaints/commands/ComplaintCommand.Triage?" + OPERATIONS;
  private static DeskApi desk;
  private static String complaint;

  @BeforeAll
  static void open() {
    desk = new DeskApi();
    complaint = desk.get("/api/complaints/cases?" + OPERATIONS).json().get(0).get("id").asText();
  }

  @AfterAll
  static void close() {
    desk.close();
  }

  @Test
  @DisplayName("malformed JSON is INVALID_INPUT (400), in both languages")
  void malformedJson() {
    DeskApi.Answer answer = desk.post(TRIAGE, "{\"commandId\": \"c-1\", ");
    assertRejected(answer, 400, "INVALID_INPUT");
  }

  @Test
  @DisplayName("a wrong type and an unknown field are INVALID_INPUT naming each field, and the complaint does not move")
  void wrongTypes() {
    DeskApi.Answer answer = desk.post(TRIAGE, "{\"commandId\": 17, \"center\": \"zz-tower\", \"complaintId\": \"" + complaint
        + "\", \"remit\": \"WITHIN\", \"shoeSize\": 44}");
    assertRejected(answer, 400, "INVALID_INPUT");
    String fields = answer.json().get("rejection").toString();
    assertTrue(fields.contains("commandId") || fields.contains("shoeSize"), "the field is named: " + fields);
    assertEquals("PHONE_RECEIVED", stateOf(complaint), "nothing was written");

    DeskApi.Answer badEnum = desk.post(TRIAGE, "{\"commandId\": \"c-2\", \"center\": \"zz-tower\", \"complaintId\": \"" + complaint
        + "\", \"remit\": \"SOMEWHERE\"}");
    assertRejected(badEnum, 400, "INVALID_INPUT");
    assertEquals("PHONE_RECEIVED", stateOf(complaint));
  }

  @Test
  @DisplayName("a 10 MB body is refused with 413 and the typed rejection after reading its headers, not its 10 MB")
  void tenMegabytes() throws IOException {
    try (Socket socket = new Socket("localhost", desk.server.uri().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + desk.uri(TRIAGE).getRawPath() + "?" + desk.uri(TRIAGE).getRawQuery() + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + (10 * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[8 * 1024]);
      out.flush();
      // the answer comes although 10 MB less 8 KB were never sent: the server did not wait for them
      String answer = readAnswer(socket.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
      assertTrue(answer.contains("\"code\":\"INVALID_INPUT\"") && answer.contains("TOO_LONG"), answer);
    }
  }

  @Test
  @DisplayName("a body sent in chunks without a length is cut off one byte past the limit and refused with 413")
  void chunkedPastTheLimit() throws IOException {
    try (Socket socket = new Socket("localhost", desk.server.uri().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + desk.uri(TRIAGE).getRawPath() + "?" + desk.uri(TRIAGE).getRawQuery() + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      int chunk = DeskServer.LARGEST_BODY + 1024;
      out.write((Integer.toHexString(chunk) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[chunk]);
      out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = readAnswer(socket.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }
  }

  @Test
  @DisplayName("a body a little over the limit, sent whole by an ordinary client, gets its 413 and the rejection, not a reset connection")
  void littleOverTheLimit() {
    for (int i = 0; i < 5; i++) {
      DeskApi.Answer answer = desk.post(TRIAGE, "{\"commandId\":\"" + "x".repeat(DeskServer.LARGEST_BODY + 1000 * i) + "\"}");
      assertRejected(answer, 413, "INVALID_INPUT");
    }
  }

  @Test
  @DisplayName("an unknown command, procedure, case or language is a 4xx with the typed rejection")
  void unknownNames() {
    assertRejected(desk.post("/api/complaints/commands/ComplaintCommand.Bribe?" + OPERATIONS, "{}"), 400, "INVALID_INPUT");
    assertRejected(desk.post("/api/complaints/commands/KeyCommand.Issue?" + OPERATIONS, "{}"), 400, "INVALID_INPUT");
    assertRejected(desk.get("/api/parking/cases?" + OPERATIONS), 404, "INVALID_INPUT");
    assertRejected(desk.get("/api/complaints/cases/no-such-case?" + OPERATIONS), 404, "CASE_NOT_FOUND");
    assertRejected(desk.get("/api/complaints/cases?seat=OPERATIONS:STAFF&lang=fr"), 400, "INVALID_INPUT");
    assertRejected(desk.get("/api/complaints/cases?seat=NOBODY:STAFF"), 400, "INVALID_INPUT");
    assertRejected(desk.get("/api/complaints/commands/ComplaintCommand.Bribe/schema"), 400, "INVALID_INPUT");
    DeskApi.Answer unknownCase = desk.post(TRIAGE, "{\"commandId\": \"c-3\", \"center\": \"zz-tower\", \"complaintId\": \"no-such-case\", "
        + "\"remit\": \"WITHIN\"}");
    assertRejected(unknownCase, 404, "CASE_NOT_FOUND");
  }

  @Test
  @DisplayName("none of a list of hostile bodies and paths gets a 500: each is a 4xx with a rejection")
  void never500() {
    List<String> bodies = List.of("", "null", "[]", "\"text\"", "42", "{}", "{\"commandId\":null}", "{\"commandId\":\"x\"}{}",
        "{\"commandId\":\"" + "x".repeat(70_000) + "\"}", "[".repeat(10_000), "{\"a\":" + "1".repeat(5_000) + "}",
        "{\"commandId\":\"c\",\"center\":\"zz-tower\",\"complaintId\":{\"value\":\"x\"},\"remit\":\"WITHIN\"}",
        "{\"commandId\":\"c\",\"center\":\"zz-tower\",\"complaintId\":\"" + complaint + "\",\"remit\":[\"WITHIN\"]}", "\u0000\u0001",
        "{\"commandId\":\"c\",\"center\":\"other-tower\",\"complaintId\":\"" + complaint + "\",\"remit\":\"WITHIN\"}");
    List<String> failures = new ArrayList<>();
    for (String body : bodies) {
      DeskApi.Answer answer = desk.post(TRIAGE, body);
      if (answer.status() < 400 || answer.status() >= 500 || answer.json() == null || !answer.json().has("rejection")) {
        failures.add(answer.status() + " for " + body.substring(0, Math.min(60, body.length())));
      }
    }
    for (String path : List.of("/api/", "/api/complaints", "/api/complaints/cases/%E0%A4%FF/form?" + OPERATIONS, "/nowhere",
        "/api/keys/cases/x/form?seat=BUSINESS_CENTER:CLEANER", "/api/complaints/diagram.svg?case=nope&" + OPERATIONS)) {
      DeskApi.Answer answer = desk.get(path);
      if (answer.status() < 400 || answer.status() >= 500 || answer.json() == null || !answer.json().has("rejection")) {
        failures.add(answer.status() + " for GET " + path);
      }
    }
    assertEquals(List.of(), failures);
    assertEquals("PHONE_RECEIVED", stateOf(complaint), "nothing was written");
  }

  private static String stateOf(String id) {
    return desk.get("/api/complaints/cases/" + id + "?" + OPERATIONS).json().get("case").get("state").asText();
  }

  private static void assertRejected(DeskApi.Answer answer, int status, String code) {
    assertEquals(status, answer.status(), answer.body());
    assertNotNull(answer.json(), "a JSON answer: " + answer.body());
    JsonNode rejection = answer.json().get("rejection");
    assertEquals(code, rejection.get("code").asText(), answer.body());
    assertFalse(rejection.get("clause").asText().isBlank());
    assertTrue(rejection.get("message").get("zh-CN").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "a Chinese message: " + rejection);
    assertFalse(rejection.get("message").get("en").asText().isBlank());
  }

  /** The status line, headers and body of one answer: read up to the length its headers declare, not to the connection's end. */
  private static String readAnswer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    int length = head.toString().lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
        .map(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim())).findFirst().orElse(0);
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
