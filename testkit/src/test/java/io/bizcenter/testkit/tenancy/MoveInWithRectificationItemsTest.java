package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.toldWhat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.agenda.AgendaItem;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.TimeLimit;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.RectificationItem;
import io.bizcenter.core.tenancy.TenancyRejection;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A move-in with rectification comments: each an item Engineering handles to closure (MI-4.2, MI-4.5)")
class MoveInWithRectificationItemsTest {
  private final TenancyFixture fixture = new TenancyFixture();

  @Test
  @DisplayName("MI-4.2 MI-4.5 MI-6.3: each comment on the form becomes an item on Engineering's agenda; the move-in completes once every one is closed")
  void rectificationToClosure() {
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.UNIT_INSPECTED);
    fixture.deliver();

    // the client writes two comments on the Acceptance & Rectification Form
    m = fixture.accepted(fixture.acceptEquipment(m.id(), "窗帘轨道松动", "北侧墙面有裂缝"), fixture.serviceClerk);
    List<RectificationItem> items = m.rectificationItems();
    assertEquals(List.of("R1", "R2"), items.stream().map(RectificationItem::id).toList());
    assertEquals("窗帘轨道松动", items.get(0).comment());
    assertTrue(items.stream().allMatch(RectificationItem::open));
    // Engineering is told in writing and owes each item, within the policy's time
    List<OutboxNotice> told = fixture.deliver();
    assertEquals(List.of("ENGINEERING MI_RECTIFICATION_ITEMS"), toldWhat(told));
    assertEquals("Move-in " + m.id() + ": the client left 2 rectification comment(s) on the Acceptance & Rectification Form for unit(s) 1203;"
        + " please handle each to closure.", told.get(0).message(Messages.EN));
    List<AgendaItem> engineering = fixture.agendaOf(fixture.engineer, m.id().value());
    assertEquals(2, engineering.size());
    for (AgendaItem item : engineering) {
      assertEquals(List.of("CLOSE_RECTIFICATION_ITEM"), item.actions());
      assertEquals(Clause.of("MI-4.5"), item.clause());
      assertEquals(TimeLimit.ofDays(7).dueFrom(items.get(0).raisedAt(), ZoneId.of("Asia/Shanghai")), item.dueAt());
    }

    // the main line goes on meanwhile: keys, meter, orientation, the move
    m = fixture.advance(m, MoveInState.MOVE_BOOKED);
    m = fixture.fileComplete(m);
    m = fixture.accepted(fixture.recordReading(m.id(), "1520.50"), fixture.engineer);
    // the move-in cannot complete while an item is open: the open ones are listed
    assertRejection(fixture.rejected(fixture.complete(m.id()), fixture.serviceClerk), TenancyRejection.RectificationItemsOpen.class,
        "MI_RECTIFICATION_ITEMS_OPEN", "MI-4.5", List.of("R1", "R2"));

    m = fixture.accepted(fixture.closeItem(m.id(), "R2"), fixture.engineer);
    assertFalse(m.item("R2").get().open());
    assertEquals("已修复", m.item("R2").get().resolution().get());
    assertEquals(fixture.engineer.staff(), m.item("R2").get().closedBy().get());
    assertEquals(1, fixture.agendaOf(fixture.engineer, m.id().value()).size());
    // an item is closed once; an unknown one is not open
    assertRejection(fixture.rejected(fixture.closeItem(m.id(), "R2"), fixture.engineer), TenancyRejection.RectificationItemNotOpen.class,
        "MI_RECTIFICATION_ITEM_NOT_OPEN", "MI-4.5", "R2");
    assertRejection(fixture.rejected(fixture.closeItem(m.id(), "R9"), fixture.engineer), TenancyRejection.RectificationItemNotOpen.class,
        "MI_RECTIFICATION_ITEM_NOT_OPEN", "MI-4.5", "R9");
    // only Engineering closes items
    assertEquals("ACTOR_NOT_PERMITTED", fixture.rejected(fixture.closeItem(m.id(), "R1"), fixture.serviceClerk).code());

    m = fixture.accepted(fixture.closeItem(m.id(), "R1"), fixture.engineer);
    assertEquals(List.of(), fixture.agendaOf(fixture.engineer, m.id().value()));
    assertFalse(fixture.desk().availableActions(fixture.engineer, TOWER, m.id()).get().contains(MoveInAction.CLOSE_RECTIFICATION_ITEM),
        "no item is offered once all are closed");
    assertRejection(fixture.rejected(fixture.closeItem(m.id(), "R1"), fixture.engineer), TenancyRejection.NoRectificationItemOpen.class,
        "MI_NO_RECTIFICATION_ITEM_OPEN", "MI-4.5");

    m = fixture.accepted(fixture.complete(m.id()), fixture.serviceClerk);
    assertEquals(MoveInState.COMPLETED, m.state());
  }

  @Test
  @DisplayName("MI-4.4 the move-in completes once Engineering has recorded the confirmed reading, which it records once")
  void theReadingIsRecordedOnce() {
    MoveIn m = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.MOVE_BOOKED);
    m = fixture.fileComplete(m);

    assertRejection(fixture.rejected(fixture.complete(m.id()), fixture.serviceClerk), TenancyRejection.MeterReadingNotRecorded.class,
        "MI_METER_READING_NOT_RECORDED", "MI-4.4");
    m = fixture.accepted(fixture.recordReading(m.id(), "1520.5"), fixture.engineer);
    assertRejection(fixture.rejected(fixture.recordReading(m.id(), "1520.50"), fixture.engineer), TenancyRejection.MeterReadingAlreadyRecorded.class,
        "MI_METER_READING_ALREADY_RECORDED", "MI-4.4");
  }
}
