package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.EveryCommand;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whatever a front end sends, reading answers the command or the typed {@link InvalidInput} naming the field by its JSON
 * path, as core's own checks name fields; never an exception.
 */
class BadInputTest {
  private static final String PHONE_COMPLAINT = """
      {"commandId":"c-1","center":"harbour-tower","complainant":{"name":"司马相如","company":"某某贸易","phone":"13987654321"},
       "content":"空调不制冷"}""";
  private static final Pattern PATH = Pattern.compile("\\$|([A-Za-z]+|\\*)(\\[\\d+])*(\\.([A-Za-z]+|\\*)(\\[\\d+])*)*");

  @Test
  @DisplayName("a well-formed command reads; the same command with each kind of damage is one InvalidInput naming the field")
  void eachKindOfDamageNamesItsField() {
    assertTrue(BizCenterJson.read(PHONE_COMPLAINT, RecordPhoneComplaint.class).isRight());
    assertRefused(PHONE_COMPLAINT.replace("\"空调不制冷\"", "空调不制冷"), "content", Problem.MALFORMED);
    assertRefused(PHONE_COMPLAINT.replace("\"content\"", "\"con\\\"tent<script>\""), "*", Problem.NOT_ALLOWED);
    assertRefused(PHONE_COMPLAINT.replace("\"company\"", "\"nickname\":\"阿司\",\"company\""), "complainant.nickname", Problem.NOT_ALLOWED);
    assertRefused(PHONE_COMPLAINT.replace("\"13987654321\"", "13987654321"), "complainant.phone", Problem.MALFORMED);
    assertRefused(PHONE_COMPLAINT.replace("\"空调不制冷\"", "[\"空调\"]"), "content", Problem.MALFORMED);
    assertRefused(PHONE_COMPLAINT.replace("\"空调不制冷\"", "true"), "content", Problem.MALFORMED);
    assertRefused(PHONE_COMPLAINT.replace("\"harbour-tower\"", "{\"value\":\"harbour-tower\",\"x\":1}"), "center.x", Problem.NOT_ALLOWED);
    assertRefused(PHONE_COMPLAINT.replace("\"空调不制冷\"", "\"" + "热".repeat(BizCenterJson.LONGEST_TEXT + 1) + "\""), "content", Problem.TOO_LONG);
    assertRefused(PHONE_COMPLAINT + " {}", "$", Problem.MALFORMED);
    assertRefused("", "$", Problem.MISSING);
    assertRefused("null", "$", Problem.MISSING);
    assertRefused("[]", "$", Problem.MALFORMED);
    String triage = "{\"commandId\":\"c-2\",\"center\":\"harbour-tower\",\"complaintId\":\"k-1\",\"remit\":\"%s\"}";
    assertTrue(BizCenterJson.read(triage.formatted("WITHIN"), Triage.class).isRight());
    assertEquals(List.of(FieldError.of("remit", Problem.MALFORMED)), BizCenterJson.read(triage.formatted("MAYBE"), Triage.class).getLeft().errors());
    assertEquals(List.of(FieldError.of("remit", Problem.MALFORMED)),
        BizCenterJson.read(triage.replace("\"%s\"", "0"), Triage.class).getLeft().errors(), "an enum by its name, not its number");
  }

  @Test
  @DisplayName("a field named twice in one object is refused as NOT_ALLOWED at its path, never read as the last of the two")
  void repeatedNames() {
    assertRefused(PHONE_COMPLAINT.replace("{\"commandId\":\"c-1\"", "{\"commandId\":\"c-1\",\"commandId\":\"c-2\""), "commandId",
        Problem.NOT_ALLOWED);
    assertRefused(PHONE_COMPLAINT.replace("\"phone\"", "\"phone\":\"13800138000\",\"phone\""), "complainant.phone", Problem.NOT_ALLOWED);
    assertTrue(BizCenterJson.mapper().getFactory().isEnabled(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION),
        "a front end's own copy of the mapper refuses them too");
  }

  @Test
  @DisplayName("a body of 10 MB is refused as too long before it is read, one nested past the limit as malformed")
  void oversizeBodies() {
    byte[] tenMegabytes = ("{\"content\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertEquals(Problem.TOO_LONG, BizCenterJson.read(tenMegabytes, RecordPhoneComplaint.class).getLeft().errors().get(0).problem());
    String deep = "[".repeat(BizCenterJson.DEEPEST_NESTING + 5) + "]".repeat(BizCenterJson.DEEPEST_NESTING + 5);
    String nested = PHONE_COMPLAINT.replace("\"空调不制冷\"", deep);
    // a command stops at the first list where it wants text; a tree of any shape goes down to the limit
    assertEquals(List.of(FieldError.of("content", Problem.MALFORMED)), BizCenterJson.read(nested, RecordPhoneComplaint.class).getLeft().errors());
    assertEquals(List.of(FieldError.of("$", Problem.MALFORMED)), BizCenterJson.read(deep, JsonNode.class).getLeft().errors());
    // a front end's own copy of the mapper keeps the limits
    assertEquals(BizCenterJson.LONGEST_TEXT, BizCenterJson.mapper().getFactory().streamReadConstraints().getMaxStringLength());
    assertEquals(BizCenterJson.LARGEST_DOCUMENT, BizCenterJson.mapper().getFactory().streamReadConstraints().getMaxDocumentLength());
  }

  @Test
  @DisplayName("the document's own limits are the document's: nested too deep is $ MALFORMED, over 1 MiB is $ TOO_LONG, wherever the parser stood")
  void documentLimitsAreNamedAtTheDocument() {
    int depth = BizCenterJson.DEEPEST_NESTING + 1;
    String nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    assertEquals(List.of(FieldError.of("$", Problem.MALFORMED)), BizCenterJson.read(nested, JsonNode.class).getLeft().errors());
    assertTrue(BizCenterJson.read("{\"a\":".repeat(depth - 1) + "1" + "}".repeat(depth - 1), JsonNode.class).isRight(), "at the limit it reads");
    String line = "\"" + "x".repeat(1000) + "\"";
    String large = "{\"a\":{\"b\":[" + String.join(",", java.util.Collections.nCopies(1100, line)) + "]}}";
    assertTrue(large.length() > BizCenterJson.LARGEST_DOCUMENT);
    assertEquals(List.of(FieldError.of("$", Problem.TOO_LONG, BizCenterJson.LARGEST_DOCUMENT)), BizCenterJson.read(large, JsonNode.class).getLeft().errors());
    assertEquals(List.of(FieldError.of("$", Problem.TOO_LONG, BizCenterJson.LARGEST_DOCUMENT)),
        BizCenterJson.read(large.getBytes(StandardCharsets.UTF_8), JsonNode.class).getLeft().errors(), "bytes alike");
  }

  @Test
  @DisplayName("a case whose required attributes are missing names each of them as MISSING")
  void missingAttributesOfACase() {
    InvalidInput missing = BizCenterJson.read("{\"id\":\"k-1\"}", Complaint.class).getLeft();
    assertTrue(missing.errors().contains(FieldError.of("content", Problem.MISSING)), missing.errors().toString());
    assertTrue(missing.errors().stream().allMatch(e -> e.problem() == Problem.MISSING), missing.errors().toString());
    assertTrue(BizCenterJson.read("{\"procedure\":\"complaints\",\"events\":[{\"type\":\"NoSuchEvent\",\"event\":{}}]}", AuditEntry.class).isLeft());
  }

  @Test
  @DisplayName("property: every generated command, damaged at random (a character cut, a value swapped for another type, a field added), reads or is refused with paths, never an exception")
  void damagedCommandsNeverThrow() {
    SplittableRandom random = new SplittableRandom(19);
    List<CenterId> centers = List.of(CenterId.of("harbour-tower"));
    String[] foreign = {"1", "-1.5e308", "true", "null", "[]", "{}", "\"\"", "\"\\u0000\"", "{\"value\":1}", "[[[[1]]]]"};
    int refused = 0;
    for (int i = 0; i < 3000; i++) {
      Class<? extends Command> type = EveryCommand.records().get(random.nextInt(EveryCommand.records().size()));
      String json = BizCenterJson.write(EveryCommand.arbitrary(random, type, centers, List.of("k-1")));
      if (json.length() > 20_000) {
        continue;
      }
      String damaged = switch (random.nextInt(3)) {
        case 0 -> cut(json, random);
        case 1 -> json.replaceFirst(":(\"[^\"]*\"|-?[0-9.]+|true|false|null)", ":" + foreign[random.nextInt(foreign.length)]);
        default -> json.replaceFirst("\\{", "{\"unheardOf\":1,");
      };
      Either<InvalidInput, ? extends Command> read = BizCenterJson.read(damaged, type);
      if (read.isLeft()) {
        refused++;
        assertFalse(read.getLeft().errors().isEmpty());
        for (FieldError e : read.getLeft().errors()) {
          assertTrue(PATH.matcher(e.field()).matches(), e.field() + " in " + damaged);
          assertFalse(e.message(java.util.Locale.ENGLISH).isBlank());
        }
      }
    }
    assertTrue(refused > 1000, refused + " refused");
  }

  private static String cut(String json, SplittableRandom random) {
    int at = random.nextInt(json.length());
    return json.substring(0, at) + json.substring(at + 1);
  }

  private static void assertRefused(String json, String field, Problem problem) {
    Either<InvalidInput, RecordPhoneComplaint> read = BizCenterJson.read(json, RecordPhoneComplaint.class);
    assertTrue(read.isLeft(), json);
    FieldError error = read.getLeft().errors().get(0);
    assertEquals(List.of(field, problem), List.of(error.field(), error.problem()), read.getLeft().errors().toString());
    Either<InvalidInput, RecordPhoneComplaint> asBytes = BizCenterJson.read(json.getBytes(StandardCharsets.UTF_8), RecordPhoneComplaint.class);
    assertEquals(read.getLeft().errors().stream().map(e -> e.field() + " " + e.problem()).toList(),
        asBytes.getLeft().errors().stream().map(e -> e.field() + " " + e.problem()).toList(), "text and bytes alike");
  }
}
