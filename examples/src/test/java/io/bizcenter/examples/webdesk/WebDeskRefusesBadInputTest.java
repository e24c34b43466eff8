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
      out.write(("POST " + desk.uri(TRIAGE).getRawPath() + "?" + desk.uri(TRIAGE).getRawQuery() + " HTTP/1.1\r\nHost: localhost:" + port() + "\r\n"
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
      out.write(("POST " + desk.uri(TRIAGE).getRawPath() + "?" + desk.uri(TRIAGE).getRawQuery() + " HTTP/1.1\r\nHost: localhost:" + port() + "\r\n"
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

  @Test
  @DisplayName("a command a page on another site could send (text/plain, a plain form, another Origin) is refused and opens no case")
  void crossSite() {
    String record = "/api/complaints/commands/ComplaintCommand.RecordPhoneComplaint?" + OPERATIONS;
    int before = desk.get("/api/complaints/cases?" + OPERATIONS).json().size();
    assertRejected(desk.post(record, phoneComplaint("csrf-1"), "Content-Type", "text/plain", "Origin", "http://evil.example"),
        403, "INVALID_INPUT");
    assertRejected(desk.post(record, phoneComplaint("csrf-2"), "Content-Type", "text/plain;charset=UTF-8"), 415, "INVALID_INPUT");
    assertRejected(desk.post(record, phoneComplaint("csrf-3"), "Content-Type", "application/x-www-form-urlencoded"), 415, "INVALID_INPUT");
    assertRejected(desk.post(record, phoneComplaint("csrf-4"), new String[0]), 415, "INVALID_INPUT");
    DeskApi.Answer elsewhere = desk.post(record, phoneComplaint("csrf-5"), "Content-Type", "application/json", "Origin", "http://evil.example");
    assertRejected(elsewhere, 403, "INVALID_INPUT");
    assertTrue(elsewhere.body().contains("Origin"), elsewhere.body());
    assertRejected(desk.post(record, phoneComplaint("csrf-6"), "Content-Type", "application/json", "Origin", "null"), 403, "INVALID_INPUT");
    assertRejected(desk.get("/api/complaints/cases?" + OPERATIONS, "Origin", "http://evil.example"), 403, "INVALID_INPUT");
    assertEquals(before, desk.get("/api/complaints/cases?" + OPERATIONS).json().size(), "no case was opened");

    DeskApi.Answer ownPage = desk.post(record, phoneComplaint("csrf-7"), "Content-Type", "application/json; charset=utf-8",
        "Origin", "http://localhost:" + port());
    assertEquals(200, ownPage.status(), "the desk's own page is still answered: " + ownPage.body());
    assertEquals(before + 1, desk.get("/api/complaints/cases?" + OPERATIONS).json().size());
  }

  @Test
  @DisplayName("a request naming another host (a rebound DNS name) is refused with 421, reading or writing; the desk's own names are answered")
  void anotherHost() throws IOException {
    String cases = "/api/complaints/cases?" + OPERATIONS;
    for (String host : List.of("evil.example", "evil.example:" + port(), "localhost", "localhost:1", "127.0.0.1.evil.example:" + port())) {
      String answer = raw("GET " + cases + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 421") && answer.contains("\"code\":\"INVALID_INPUT\"") && answer.contains("Host"), host + ": " + answer);
    }
    String write = raw("POST /api/complaints/commands/ComplaintCommand.RecordPhoneComplaint?" + OPERATIONS + " HTTP/1.1\r\nHost: evil.example\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + phoneComplaint("rebound-1").getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n" + phoneComplaint("rebound-1"));
    assertTrue(write.startsWith("HTTP/1.1 421"), write);
    for (String host : List.of("localhost:" + port(), "LOCALHOST:" + port(), "127.0.0.1:" + port())) {
      String answer = raw("GET " + cases + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 200"), host + ": " + answer);
    }
  }

  @Test
  @DisplayName("a path whose escapes are not UTF-8 is INVALID_INPUT naming the path, and + in a path is not a space")
  void badEscapes() {
    DeskApi.Answer answer = desk.get("/api/complaints/cases/%E0%A4%FF?" + OPERATIONS);
    assertRejected(answer, 400, "INVALID_INPUT");
    assertEquals("path", answer.json().get("rejection").get("errors").get(0).get("field").asText(), answer.body());
    assertEquals("MALFORMED", answer.json().get("rejection").get("errors").get(0).get("problem").asText(), answer.body());
    assertEquals(List.of("", "api", "a+b c"), DeskServer.segments("/api/a+b%20c").orElseThrow());
    assertTrue(DeskServer.segments("/api/%C3").isEmpty());
  }

  @Test
  @DisplayName("a case id in a URL that is empty or longer than any case id is INVALID_INPUT naming caseId, the id not echoed")
  void caseIdsInUrls() {
    String huge = "q".repeat(5_000);
    for (String path : List.of("/api/complaints/cases/" + huge + "?" + OPERATIONS, "/api/complaints/cases/" + huge + "/form?" + OPERATIONS,
        "/api/complaints/diagram.svg?case=" + huge + "&" + OPERATIONS)) {
      DeskApi.Answer answer = desk.get(path);
      assertRejected(answer, 400, "INVALID_INPUT");
      assertFalse(answer.body().contains("q".repeat(DeskServer.LONGEST_CASE_ID)), "the id is not echoed");
      assertTrue(answer.body().length() < 2_000, answer.body());
      assertTrue(answer.json().get("rejection").get("errors").get(0).get("field").asText().startsWith("case"), answer.body());
      assertEquals("TOO_LONG", answer.json().get("rejection").get("errors").get(0).get("problem").asText(), answer.body());
    }
    DeskApi.Answer empty = desk.get("/api/complaints/cases/?" + OPERATIONS);
    assertRejected(empty, 400, "INVALID_INPUT");
    assertEquals("caseId", empty.json().get("rejection").get("errors").get(0).get("field").asText(), empty.body());
    assertRejected(desk.get("/api/complaints/cases/" + "q".repeat(DeskServer.LONGEST_CASE_ID) + "?" + OPERATIONS), 404, "CASE_NOT_FOUND");
  }

  private static String phoneComplaint(String commandId) {
    return "{\"commandId\":\"" + commandId + "\",\"center\":\"zz-tower\",\"complainant\":{\"name\":\"李四\",\"company\":\"某公司\","
        + "\"phone\":\"13912345678\"},\"content\":\"电梯异响\"}";
  }

  private static int port() {
    return desk.server.uri().getPort();
  }

  /** One request written as it is, headers and all (HttpClient will not send another Host), and the answer. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return readAnswer(socket.getInputStream());
    }
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
