package io.bizcenter.testkit.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.activity.ActivityFormat;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.ActivityOrder;
import io.bizcenter.core.port.ActivityPage;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A manager asks who did what in the tower (GS-6): the desk checks the question, shows only what the seat reads (GS-5)
 * and exports every page. Bad input is a rejection naming the field, never an exception.
 */
@DisplayName("Reading the center's activity: checks, readers and export")
class ReadingTheCentersActivityTest {
  private static final CenterId TOWER = CenterId.of("zz-tower");
  private static final CenterId ELSEWHERE = CenterId.of("yy-tower");
  private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
  private static final Actor OPERATIONS = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, TOWER);
  private static final Actor SERVICE = Actor.of("sv-03", Role.STAFF, Department.SERVICE, TOWER);

  private final InMemoryStorage storage = new InMemoryStorage();
  private final BusinessCenter center = BusinessCenter.builder().storage(storage).notifier(notice -> { }).ids(new SequentialIds("a"))
      .clock(new ManualClock(T0)).build();
  private final List<AuditEntry> written = new ArrayList<>();

  ReadingTheCentersActivityTest() {
    for (int i = 0; i < 6; i++) {
      write(TOWER, i % 2 == 0 ? "complaints" : "meetings", i, i == 4 ? "=HYPERLINK(\"http://x\",\"a, b\")" : "op-07");
    }
    write(ELSEWHERE, "complaints", 9, "op-07");
  }

  private void write(CenterId at, String procedure, int i, String staff) {
    AuditEntry e = new AuditEntry(at, procedure, "c-" + i, 1, CommandId.of("cmd-" + i), StaffId.of(staff), Role.STAFF, Department.OPERATIONS,
        T0.plus(Duration.ofMinutes(i)), "STEP", Clause.of("GS-6"), PolicyVersion.of("p1"), Optional.empty(), "DONE", List.of(), List.of());
    storage.transactions().inTransaction(() -> {
      storage.eventLog().append(e);
      return Either.right(e);
    });
    if (at.equals(TOWER)) {
      written.add(e);
    }
  }

  private static ActivityQuery day() {
    return ActivityQuery.of(TOWER, T0, T0.plus(Duration.ofDays(1)));
  }

  private List<String> cases(Either<Rejection, ActivityPage> answer) {
    return answer.get().entries().stream().map(e -> e.procedure() + "/" + e.caseId()).toList();
  }

  @Test
  @DisplayName("GS-5 a seat sees the procedures it reads, newest first; another procedure named is NOT_A_READER")
  void aSeatSeesWhatItReads() {
    assertEquals(List.of("complaints/c-4", "complaints/c-2", "complaints/c-0"), cases(center.activity().log(OPERATIONS, day())));
    assertEquals(List.of("meetings/c-1", "meetings/c-3", "meetings/c-5"),
        cases(center.activity().log(SERVICE, day().withOrder(ActivityOrder.OLDEST_FIRST))));

    Rejection refused = center.activity().log(SERVICE, day().withProcedure("complaints")).getLeft();
    assertEquals("NOT_A_READER", refused.code());
    assertEquals(Clause.of("GS-5"), refused.clause());
  }

  @Test
  @DisplayName("GS-5 a center the actor does not work for is NOT_IN_YOUR_CENTER")
  void anotherCenter() {
    ActivityQuery elsewhere = ActivityQuery.of(ELSEWHERE, T0, T0.plus(Duration.ofDays(1)));

    assertEquals("NOT_IN_YOUR_CENTER", center.activity().log(OPERATIONS, elsewhere).getLeft().code());
  }

  private static List<FieldError> errors(Either<Rejection, ActivityPage> answer) {
    assertTrue(answer.isLeft(), () -> "refused: " + answer);
    Rejection.InvalidInput invalid = (Rejection.InvalidInput) answer.getLeft();
    assertTrue(!invalid.message(Messages.ZH_CN).isBlank() && !invalid.message(Messages.EN).isBlank());
    return invalid.errors();
  }

  private static FieldError error(String field, FieldError.Problem problem) {
    return FieldError.of(field, problem);
  }

  @Test
  @DisplayName("GS-1 missing fields, a reversed range and a page size out of bounds are INVALID_INPUT, every field named")
  void badQueries() {
    assertEquals(List.of(error("actor", FieldError.Problem.MISSING), error("query", FieldError.Problem.MISSING)),
        errors(center.activity().log(null, null)));
    ActivityQuery reversed = new ActivityQuery(TOWER, T0, T0.minusSeconds(1), null, Optional.empty(), Optional.empty(), Optional.empty(),
        null, 0, Optional.empty());
    assertEquals(List.of(error("order", FieldError.Problem.MISSING), error("procedure", FieldError.Problem.MISSING),
        error("until", FieldError.Problem.NOT_ALLOWED), error("pageSize", FieldError.Problem.NOT_ALLOWED)),
        errors(center.activity().log(OPERATIONS, reversed)));
    assertEquals(List.of(error("pageSize", FieldError.Problem.NOT_ALLOWED)),
        errors(center.activity().log(OPERATIONS, day().withPageSize(ActivityQuery.MAX_PAGE_SIZE + 1))));
    assertEquals(List.of(error("until", FieldError.Problem.NOT_ALLOWED)),
        errors(center.activity().log(OPERATIONS, ActivityQuery.of(TOWER, T0, T0))));
    assertEquals(List.of(error("procedure", FieldError.Problem.NOT_ALLOWED)),
        errors(center.activity().log(OPERATIONS, day().withProcedure("parking"))));
    assertEquals(List.of(error("staff", FieldError.Problem.MALFORMED)),
        errors(center.activity().log(OPERATIONS, day().withStaff(StaffId.of("a b")))));
  }

  @Test
  @DisplayName("GS-1 a malformed cursor, one edited by hand, and one of another query are INVALID_INPUT on the cursor")
  void badCursors() {
    ActivityQuery paged = day().withPageSize(1);
    String next = center.activity().log(OPERATIONS, paged).get().next().orElseThrow();
    String edited = next.substring(0, 8) + (next.charAt(8) == 'A' ? 'B' : 'A') + next.substring(9);

    assertEquals(List.of(error("cursor", FieldError.Problem.MALFORMED)),
        errors(center.activity().log(OPERATIONS, paged.after(Optional.of("page-2")))));
    assertEquals(List.of(error("cursor", FieldError.Problem.MALFORMED)),
        errors(center.activity().log(OPERATIONS, paged.after(Optional.of(edited)))));
    assertEquals(List.of(error("cursor", FieldError.Problem.NOT_ALLOWED)),
        errors(center.activity().log(OPERATIONS, paged.withOrder(ActivityOrder.OLDEST_FIRST).after(Optional.of(next)))));
    assertEquals(List.of("complaints/c-2"), cases(center.activity().log(OPERATIONS, paged.withPageSize(1).after(Optional.of(next)))));
  }

  @Test
  @DisplayName("GS-6 the export writes every page the seat reads: a CSV header, then one escaped line per entry")
  void exportsEveryPage() {
    StringBuilder csv = new StringBuilder();

    assertEquals(3L, center.activity().export(OPERATIONS, day().withPageSize(1), ActivityFormat.CSV, csv).get());

    String[] lines = csv.toString().split("\r\n");
    assertEquals(4, lines.length, csv.toString());
    assertEquals(String.join(",", ActivityFormat.COLUMNS), lines[0]);
    assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\","), lines[1]);
    StringBuilder json = new StringBuilder();
    center.activity().export(OPERATIONS, day(), ActivityFormat.JSON_LINES, json);
    assertEquals(ActivityFormat.JSON_LINES.text(List.of(written.get(4), written.get(2), written.get(0))), json.toString());
    assertEquals("INVALID_INPUT", center.activity().export(OPERATIONS, day().withPageSize(0), ActivityFormat.CSV, new StringBuilder())
        .getLeft().code());
    // no format or nowhere to write: a rejection, not a NullPointerException
    assertEquals("INVALID_INPUT", center.activity().export(OPERATIONS, day(), null, new StringBuilder()).getLeft().code());
    assertEquals("INVALID_INPUT", center.activity().export(OPERATIONS, day(), ActivityFormat.CSV, null).getLeft().code());
  }
}
