package io.bizcenter.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The export's two formats write what an entry holds, escaped so that no value breaks a line or runs as a formula. */
@DisplayName("Activity export: JSON lines and CSV escaping")
class ActivityExportEscapingTest {
  private static AuditEntry entry(String caseId, String staff, Optional<String> from) {
    return new AuditEntry(CenterId.of("zz-tower"), "complaints", caseId, 3, CommandId.of("cmd-1"), StaffId.of(staff), Role.STAFF,
        Department.OPERATIONS, Instant.parse("2026-12-01T01:02:03.000004Z"), "FORWARD_TO_DEPARTMENT", Clause.of("CP-1.3"),
        PolicyVersion.of("p1"), from, "PHONE_FORWARDED", List.of(), List.of());
  }

  @Test
  @DisplayName("a JSON line per entry: quotes, backslashes, control characters and line separators escaped; a missing state is null")
  void jsonLines() {
    String line = ActivityFormat.JSON_LINES.line(entry("c-\"1\"\\\n\u0001\u2028", "op-7", Optional.empty()));

    assertEquals("{\"at\":\"2026-12-01T01:02:03.000004Z\",\"center\":\"zz-tower\",\"procedure\":\"complaints\","
        + "\"caseId\":\"c-\\\"1\\\"\\\\\\n\\u0001\\u2028\",\"version\":3,\"staff\":\"op-7\",\"role\":\"STAFF\",\"department\":\"OPERATIONS\","
        + "\"action\":\"FORWARD_TO_DEPARTMENT\",\"clause\":\"CP-1.3\",\"policy\":\"p1\",\"from\":null,\"to\":\"PHONE_FORWARDED\","
        + "\"commandId\":\"cmd-1\"}\n", line);
  }

  @Test
  @DisplayName("RFC 4180: a header, CRLF, cells with a comma, quote or line break quoted with quotes doubled")
  void csvQuoting() {
    String text = ActivityFormat.CSV.text(List.of(entry("a,b", "op-7", Optional.of("PHONE_RECEIVED")), entry("say \"hi\"\r\nthere", "op-7",
        Optional.empty())));

    assertEquals("at,center,procedure,caseId,version,staff,role,department,action,clause,policy,from,to,commandId\r\n"
        + "2026-12-01T01:02:03.000004Z,zz-tower,complaints,\"a,b\",3,op-7,STAFF,OPERATIONS,FORWARD_TO_DEPARTMENT,CP-1.3,p1,PHONE_RECEIVED,"
        + "PHONE_FORWARDED,cmd-1\r\n"
        + "2026-12-01T01:02:03.000004Z,zz-tower,complaints,\"say \"\"hi\"\"\r\nthere\",3,op-7,STAFF,OPERATIONS,FORWARD_TO_DEPARTMENT,CP-1.3,p1,,"
        + "PHONE_FORWARDED,cmd-1\r\n", text);
  }

  @Test
  @DisplayName("a cell a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading apostrophe")
  void csvFormulaInjection() {
    assertEquals("'=1+2", ActivityFormat.cell("=1+2"));
    assertEquals("'+cmd", ActivityFormat.cell("+cmd"));
    assertEquals("'-2", ActivityFormat.cell("-2"));
    assertEquals("'@SUM(A1)", ActivityFormat.cell("@SUM(A1)"));
    assertEquals("'\tx", ActivityFormat.cell("\tx"));
    assertEquals("\"'=A1,B1\"", ActivityFormat.cell("=A1,B1"));
    assertEquals("op-7", ActivityFormat.cell("op-7"));
  }
}
