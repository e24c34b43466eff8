package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.COMPLAINTS;
import static io.bizcenter.testkit.contract.Samples.at;
import static io.bizcenter.testkit.contract.Samples.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.agenda.AgendaItems;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of the stored agenda ({@code AgendaItems}, GS-7): what each case owes, replaced whole, and what a
 * department of a center owes by a time, earliest first.
 */
public abstract class AgendaItemsContract extends PortContract {
  private static final Seat OPERATIONS = Seat.in(Department.OPERATIONS);
  private static final Seat OPERATIONS_MANAGER = Seat.of(Department.OPERATIONS, Role.OPERATIONS_MANAGER);
  private static final Seat MANAGEMENT = Seat.in(Department.MANAGEMENT);

  private AgendaItems agenda() {
    return storage.agenda();
  }

  private void replaced(CenterId center, String caseId, List<AgendaItem> items) {
    committed(() -> agenda().replace(center, COMPLAINTS, caseId, items));
  }

  /** The port promises no order for one case's items, so they are compared as a collection. */
  private static void assertSameItems(List<AgendaItem> expected, List<AgendaItem> actual) {
    assertEquals(expected.size(), actual.size(), () -> "expected " + expected + " but was " + actual);
    assertEquals(new HashSet<>(expected), new HashSet<>(actual));
  }

  @Test
  @DisplayName("GS-7 a case with no agenda owes nothing, and nothing is due")
  void anEmptyAgenda() {
    assertEquals(List.of(), agenda().forCase(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(), agenda().due(CENTER_A, Department.OPERATIONS, at(10_000)));
  }

  @Test
  @DisplayName("GS-7 replace then forCase returns the case's items")
  void replaceThenForCase() {
    List<AgendaItem> owed = List.of(item(CENTER_A, "c-1", OPERATIONS, at(60)), item(CENTER_A, "c-1", MANAGEMENT, at(60)));

    replaced(CENTER_A, "c-1", owed);

    assertSameItems(owed, agenda().forCase(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(), agenda().forCase(CENTER_A, COMPLAINTS, "c-2"));
  }

  @Test
  @DisplayName("GS-7 due answers only that center's and that department's items due up to until (inclusive), earliest first")
  void dueIsOneDepartmentOfOneCenterEarliestFirst() {
    AgendaItem c1Operations = item(CENTER_A, "c-1", OPERATIONS, at(60));
    AgendaItem c1Management = item(CENTER_A, "c-1", MANAGEMENT, at(30));
    AgendaItem c2Manager = item(CENTER_A, "c-2", OPERATIONS_MANAGER, at(30));
    AgendaItem c2Later = item(CENTER_A, "c-2", OPERATIONS, at(180));
    AgendaItem c3AtUntil = item(CENTER_A, "c-3", OPERATIONS, at(120));
    AgendaItem otherCenter = item(CENTER_B, "c-1", OPERATIONS, at(10));
    replaced(CENTER_A, "c-3", List.of(c3AtUntil));
    replaced(CENTER_A, "c-1", List.of(c1Operations, c1Management));
    replaced(CENTER_B, "c-1", List.of(otherCenter));
    replaced(CENTER_A, "c-2", List.of(c2Later, c2Manager));

    assertEquals(List.of(c2Manager, c1Operations, c3AtUntil), agenda().due(CENTER_A, Department.OPERATIONS, at(120)));
    assertEquals(List.of(c1Management), agenda().due(CENTER_A, Department.MANAGEMENT, at(120)));
    assertEquals(List.of(otherCenter), agenda().due(CENTER_B, Department.OPERATIONS, at(120)));
    assertEquals(List.of(c2Manager), agenda().due(CENTER_A, Department.OPERATIONS, at(59)));
    assertEquals(List.of(), agenda().due(CENTER_A, Department.ENGINEERING, at(10_000)));
  }

  @Test
  @DisplayName("GS-7 due until Instant.MAX (what Agenda.openNow asks) answers every item of the department, earliest first")
  void dueUntilTheEndOfTime() {
    AgendaItem soon = item(CENTER_A, "c-1", OPERATIONS, at(60));
    AgendaItem inAYear = item(CENTER_A, "c-2", OPERATIONS, at(60 * 24 * 365));
    replaced(CENTER_A, "c-2", List.of(inAYear));
    replaced(CENTER_A, "c-1", List.of(soon));

    assertEquals(List.of(soon, inAYear), agenda().due(CENTER_A, Department.OPERATIONS, Instant.MAX));
  }

  @Test
  @DisplayName("GS-7 due until Instant.MIN answers nothing, and no store throws for it")
  void dueUntilTheBeginningOfTime() {
    replaced(CENTER_A, "c-1", List.of(item(CENTER_A, "c-1", OPERATIONS, at(60))));

    assertEquals(List.of(), agenda().due(CENTER_A, Department.OPERATIONS, Instant.MIN));
  }

  @Test
  @DisplayName("GS-7 replace with an empty list removes the case's items, from forCase and from due")
  void replaceWithNothingRemoves() {
    replaced(CENTER_A, "c-1", List.of(item(CENTER_A, "c-1", OPERATIONS, at(60))));
    AgendaItem other = item(CENTER_A, "c-2", OPERATIONS, at(90));
    replaced(CENTER_A, "c-2", List.of(other));

    replaced(CENTER_A, "c-1", List.of());

    assertEquals(List.of(), agenda().forCase(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(other), agenda().due(CENTER_A, Department.OPERATIONS, at(10_000)));
  }

  @Test
  @DisplayName("GS-7 replace again overwrites the case's items rather than adding to them, and leaves other cases alone")
  void replaceOverwrites() {
    AgendaItem other = item(CENTER_A, "c-2", OPERATIONS, at(90));
    replaced(CENTER_A, "c-2", List.of(other));
    replaced(CENTER_A, "c-1", List.of(item(CENTER_A, "c-1", OPERATIONS, at(60)), item(CENTER_A, "c-1", MANAGEMENT, at(60))));
    AgendaItem next = item(CENTER_A, "c-1", OPERATIONS, at(120));

    replaced(CENTER_A, "c-1", List.of(next));

    assertEquals(List.of(next), agenda().forCase(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(other, next), agenda().due(CENTER_A, Department.OPERATIONS, at(10_000)));
    assertEquals(List.of(), agenda().due(CENTER_A, Department.MANAGEMENT, at(10_000)));
  }

  @Test
  @DisplayName("GS-7 steps that keep some of a case's items, drop some and put new ones among those due at the same time leave due in the case's order")
  void replaceKeepsTheOrderOfWhatStays() {
    AgendaItem first = owing("PHONE_RECEIVED", OPERATIONS, at(60));
    AgendaItem setUp = owing("PHONE_RECEIVED", OPERATIONS, at(90));
    AgendaItem check = owing("PHONE_RECEIVED", OPERATIONS_MANAGER, at(90));
    AgendaItem report = owing("PHONE_RECEIVED", MANAGEMENT, at(60));
    replaced(CENTER_A, "c-1", List.of(first, setUp, check, report));
    AgendaItem before = owing("TRIAGED", OPERATIONS, at(90));
    AgendaItem after = owing("TRIAGED", OPERATIONS_MANAGER, at(90));

    replaced(CENTER_A, "c-1", List.of(before, setUp, check, after));

    assertEquals(List.of(before, setUp, check, after), agenda().due(CENTER_A, Department.OPERATIONS, at(10_000)));
    assertEquals(List.of(), agenda().due(CENTER_A, Department.MANAGEMENT, at(10_000)));

    replaced(CENTER_A, "c-1", List.of(before, check, after));

    assertEquals(List.of(before, check, after), agenda().due(CENTER_A, Department.OPERATIONS, at(10_000)));

    replaced(CENTER_A, "c-1", List.of(check, report));

    assertEquals(List.of(check), agenda().due(CENTER_A, Department.OPERATIONS, at(10_000)));
    assertEquals(List.of(report), agenda().due(CENTER_A, Department.MANAGEMENT, at(10_000)));
  }

  /** An item of complaint c-1 in center A, told apart from the others by the state it was owed in. */
  private static AgendaItem owing(String state, Seat seat, Instant dueAt) {
    AgendaItem item = item(CENTER_A, "c-1", seat, dueAt);
    return new AgendaItem(item.center(), item.procedure(), item.caseId(), state, item.actions(), item.seat(), item.availableFrom(),
        item.dueAt(), item.clause());
  }

  @Test
  @DisplayName("GS-7 agendas are per center: the same case id in another center is another case")
  void agendasArePerCenter() {
    AgendaItem a = item(CENTER_A, "c-1", OPERATIONS, at(60));
    AgendaItem b = item(CENTER_B, "c-1", OPERATIONS, at(30));
    replaced(CENTER_A, "c-1", List.of(a));
    replaced(CENTER_B, "c-1", List.of(b));

    replaced(CENTER_B, "c-1", List.of());

    assertEquals(List.of(a), agenda().forCase(CENTER_A, COMPLAINTS, "c-1"));
    assertEquals(List.of(), agenda().forCase(CENTER_B, COMPLAINTS, "c-1"));
  }
}
