package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.COMPLAINTS;
import static io.bizcenter.testkit.contract.Samples.MEETINGS;
import static io.bizcenter.testkit.contract.Samples.POLICY;
import static io.bizcenter.testkit.contract.Samples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.port.ActivityOrder;
import io.bizcenter.core.port.ActivityPage;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code EventLog.activity}: a center's audit trail across cases (GS-6), filtered, in either order by
 * decision time and then by the order of writing, paged after the last entry shown. Every store answers the same for
 * the same entries; the expected answers are computed here from the entries as appended, not read from a store.
 */
public abstract class ActivityLogContract extends PortContract {
  private static final Set<String> BOTH = Set.of(COMPLAINTS, MEETINGS);
  // decision minutes in the order of writing: out of time order, and with ties that only the order of writing breaks
  private static final int[] MINUTES = {5, 1, 3, 3, 0, 2, 5, 4, 1, 0, 2, 4};

  /** Center A's entries in the order appended; center B has entries at the same times with the same case ids. */
  private final List<AuditEntry> appendedToA = new ArrayList<>();

  private static AuditEntry entry(CenterId center, int i, Instant at) {
    boolean even = i % 2 == 0;
    return new AuditEntry(center, even ? COMPLAINTS : MEETINGS, "c-" + i, 1, CommandId.of("cmd-" + center.value() + "-" + i),
        StaffId.of(i % 3 == 0 ? "sec-2" : "ops-1"), Role.STAFF, i % 4 < 2 ? Department.OPERATIONS : Department.SECURITY, at,
        even ? "FORWARD_TO_DEPARTMENT" : "CONFIRM", Clause.of(i % 3 == 1 ? "CP-1.3" : "MR-2.1"), POLICY,
        i % 5 == 0 ? Optional.empty() : Optional.of("BEFORE"), "AFTER", List.of(), List.of());
  }

  private void appended(AuditEntry e) {
    committed(() -> storage.eventLog().append(e));
  }

  @BeforeEach
  final void twoCentersWithActivity() {
    for (int i = 0; i < MINUTES.length; i++) {
      AuditEntry a = entry(CENTER_A, i, at(MINUTES[i]));
      appended(a);
      appendedToA.add(a);
      if (i % 4 == 0) {
        appended(entry(CENTER_B, i, at(MINUTES[i])));
      }
    }
  }

  private static ActivityQuery all(ActivityOrder order) {
    return ActivityQuery.of(CENTER_A, at(0), at(60)).withOrder(order).withPageSize(ActivityQuery.MAX_PAGE_SIZE);
  }

  /** What the store must answer: center A's entries that pass, by decision time, ties in the order appended. */
  private List<AuditEntry> expected(ActivityOrder order, Predicate<AuditEntry> passes) {
    Comparator<AuditEntry> oldestFirst = Comparator.comparing(AuditEntry::at).thenComparingInt(appendedToA::indexOf);
    return appendedToA.stream().filter(passes)
        .sorted(order == ActivityOrder.NEWEST_FIRST ? oldestFirst.reversed() : oldestFirst).toList();
  }

  private ActivityPage page(ActivityQuery query) {
    return storage.eventLog().activity(query, BOTH);
  }

  /** Every page from the first, each checked to be full but the last; the entries in the order shown. */
  private List<AuditEntry> everyPage(ActivityQuery query) {
    List<AuditEntry> shown = new ArrayList<>();
    ActivityQuery next = query;
    for (int pages = 0; pages < 100; pages++) {
      ActivityPage page = page(next);
      shown.addAll(page.entries());
      if (page.next().isEmpty()) {
        return shown;
      }
      assertEquals(query.pageSize(), page.entries().size(), "a page with a next one is full");
      next = next.after(page.next());
    }
    throw new AssertionError("more than 100 pages: the cursor does not move on");
  }

  @Test
  @DisplayName("GS-6 the center's entries by decision time, ties in the order written, on one page and nothing after it")
  void everyEntryInOrder() {
    for (ActivityOrder order : ActivityOrder.values()) {
      everyEntryInOrder(order);
    }
  }

  private void everyEntryInOrder(ActivityOrder order) {
    ActivityPage page = page(all(order));

    assertEquals(expected(order, e -> true), page.entries());
    assertEquals(Optional.empty(), page.next());
  }

  @Test
  @DisplayName("GS-6 paging five at a time shows every entry exactly once, in order, and the last page has no cursor")
  void pagingShowsEveryEntryOnce() {
    for (ActivityOrder order : ActivityOrder.values()) {
      pagingShowsEveryEntryOnce(order);
    }
  }

  private void pagingShowsEveryEntryOnce(ActivityOrder order) {
    assertEquals(expected(order, e -> true), everyPage(all(order).withPageSize(5)));
    assertEquals(expected(order, e -> true), everyPage(all(order).withPageSize(1)));
  }

  @Test
  @DisplayName("GS-6 a page exactly as long as what is left has no cursor after it")
  void anExactPageIsTheLast() {
    ActivityPage first = page(all(ActivityOrder.OLDEST_FIRST).withPageSize(6));
    ActivityPage second = page(all(ActivityOrder.OLDEST_FIRST).withPageSize(6).after(first.next()));

    assertEquals(6, second.entries().size());
    assertEquals(Optional.empty(), second.next());
  }

  @Test
  @DisplayName("GS-6 filters by procedure, member of staff, department, clause and time range, alone and together, also when paged")
  void filters() {
    for (ActivityOrder order : ActivityOrder.values()) {
      filters(order);
    }
  }

  private void filters(ActivityOrder order) {
    ActivityQuery q = all(order);
    assertEquals(expected(order, e -> e.procedure().equals(MEETINGS)), page(q.withProcedure(MEETINGS)).entries());
    assertEquals(expected(order, e -> e.staff().value().equals("sec-2")), page(q.withStaff(StaffId.of("sec-2"))).entries());
    assertEquals(expected(order, e -> e.department() == Department.SECURITY), page(q.withDepartment(Department.SECURITY)).entries());
    assertEquals(expected(order, e -> e.clause().id().equals("CP-1.3")), page(q.withClause(Clause.of("CP-1.3"))).entries());
    Predicate<AuditEntry> range = e -> !e.at().isBefore(at(1)) && e.at().isBefore(at(4));
    ActivityQuery ranged = ActivityQuery.of(CENTER_A, at(1), at(4)).withOrder(order).withPageSize(2);
    assertEquals(expected(order, range), everyPage(ranged));
    Predicate<AuditEntry> together = range.and(e -> e.procedure().equals(COMPLAINTS));
    assertEquals(expected(order, together), everyPage(ranged.withProcedure(COMPLAINTS)));
    assertEquals(expected(order, together.and(e -> e.clause().id().equals("CP-1.3")).and(e -> e.department() == Department.SECURITY)),
        everyPage(ranged.withProcedure(COMPLAINTS).withClause(Clause.of("CP-1.3")).withDepartment(Department.SECURITY)));
    assertTrue(expected(order, together).size() >= 2, "the fixture leaves something to find");
    assertEquals(List.of(), page(q.withStaff(StaffId.of("nobody"))).entries());
  }

  @Test
  @DisplayName("GS-5 only the procedures the store is given: none gives nothing")
  void onlyTheProceduresGiven() {
    ActivityQuery q = all(ActivityOrder.OLDEST_FIRST);
    assertEquals(expected(ActivityOrder.OLDEST_FIRST, e -> e.procedure().equals(COMPLAINTS)),
        storage.eventLog().activity(q, Set.of(COMPLAINTS)).entries());
    assertEquals(List.of(), storage.eventLog().activity(q.withProcedure(MEETINGS), Set.of(COMPLAINTS)).entries());
    assertEquals(ActivityPage.empty(), storage.eventLog().activity(q, Set.of()));
  }

  @Test
  @DisplayName("GS-6 another center's entries are never shown, though they share times and case ids")
  void anotherCenterNeverShows() {
    ActivityPage b = page(ActivityQuery.of(CENTER_B, at(0), at(60)).withOrder(ActivityOrder.OLDEST_FIRST));

    assertEquals(3, b.entries().size());
    assertTrue(b.entries().stream().allMatch(e -> e.center().equals(CENTER_B)), b.entries().toString());
    assertTrue(page(all(ActivityOrder.NEWEST_FIRST)).entries().stream().allMatch(e -> e.center().equals(CENTER_A)));
  }

  @Test
  @DisplayName("GS-6 entries written while paging move nothing: no entry repeats or is skipped, as an offset would")
  void pagingStaysPutWhileEntriesAreWritten() {
    for (ActivityOrder order : ActivityOrder.values()) {
      pagingStaysPutWhileEntriesAreWritten(order);
    }
  }

  private void pagingStaysPutWhileEntriesAreWritten(ActivityOrder order) {
    ActivityQuery q = all(order).withPageSize(4);
    ActivityPage first = page(q);
    List<AuditEntry> before = expected(order, e -> true);
    assertEquals(before.subList(0, 4), first.entries());
    // one entry before the page's end and one after it, in order: an offset would repeat or skip an entry
    AuditEntry early = entry(CENTER_A, 100 + 2 * order.ordinal(), order == ActivityOrder.OLDEST_FIRST ? at(0) : at(6));
    AuditEntry late = entry(CENTER_A, 101 + 2 * order.ordinal(), order == ActivityOrder.OLDEST_FIRST ? at(6) : at(0));
    appended(early);
    appended(late);
    appendedToA.add(early);
    appendedToA.add(late);

    List<AuditEntry> rest = everyPageAfter(q, first.next());

    // what follows the page's last entry in the order of every entry now written: the late one, never the early one
    List<AuditEntry> now = expected(order, e -> true);
    assertEquals(now.subList(now.indexOf(first.entries().get(3)) + 1, now.size()), rest);
    assertTrue(rest.contains(late) && !rest.contains(early), "the late entry shows, the early one does not");
  }

  private List<AuditEntry> everyPageAfter(ActivityQuery q, Optional<String> cursor) {
    List<AuditEntry> shown = new ArrayList<>();
    ActivityQuery next = q.after(cursor);
    while (true) {
      ActivityPage page = page(next);
      shown.addAll(page.entries());
      if (page.next().isEmpty()) {
        return shown;
      }
      next = next.after(page.next());
    }
  }

  @Test
  @DisplayName("GS-6 a cursor of another query is refused by the store, loudly, rather than show a page of that query")
  void aCursorOfAnotherQuery() {
    ActivityPage first = page(all(ActivityOrder.OLDEST_FIRST).withPageSize(3));
    ActivityQuery other = all(ActivityOrder.OLDEST_FIRST).withPageSize(3).withStaff(StaffId.of("ops-1")).after(first.next());

    assertThrows(IllegalArgumentException.class, () -> page(other));
  }
}
