package io.bizcenter.testkit.tenancy;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ACME;
import static io.bizcenter.testkit.tenancy.TenancyFixture.BETA;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ELEVATOR;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1203;
import static io.bizcenter.testkit.tenancy.TenancyFixture.ROOM_1501;
import static io.bizcenter.testkit.tenancy.TenancyFixture.TOWER;
import static io.bizcenter.testkit.tenancy.TenancyFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.core.tenancy.MoveInAction;
import io.bizcenter.core.tenancy.MoveInCommand;
import io.bizcenter.core.tenancy.MoveInState;
import io.bizcenter.core.tenancy.TenancyRejection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The freight elevator's calendar: no two bookings of an elevator overlap (MI-6.1)")
class FreightElevatorTest {
  private final TenancyFixture fixture = new TenancyFixture();
  private MoveIn acme;
  private MoveIn beta;

  @BeforeEach
  void twoClientsReadyToMove() {
    acme = fixture.advance(fixture.noticed(ACME, ROOM_1203), MoveInState.UNIT_HANDED_OVER);
    acme = fixture.advance(acme, MoveInState.MOVE_BOOKED);
    beta = fixture.advance(fixture.noticed(BETA, ROOM_1501), MoveInState.UNIT_HANDED_OVER);
    for (var item : io.bizcenter.core.tenancy.OrientationItem.values()) {
      beta = fixture.accepted(fixture.introduce(beta.id(), item), fixture.serviceClerk);
    }
  }

  @Test
  @DisplayName("MI-6.1 a clash is refused naming the other booking, with its local times, and writes nothing")
  void aClashNamesTheOtherBooking() {
    // ACME holds F1 on 20 March 09:00 to 12:00
    TenancyRejection.FreightElevatorAlreadyBooked clash = (TenancyRejection.FreightElevatorAlreadyBooked) fixture.rejected(
        fixture.bookMove(beta.id(), "2026-03-20T11:00", "2026-03-20T14:00"), fixture.serviceClerk);

    assertRejection(clash, TenancyRejection.FreightElevatorAlreadyBooked.class, "MI_FREIGHT_ELEVATOR_ALREADY_BOOKED", "MI-6.1", ELEVATOR,
        acme.id().value(), "2026-03-20 09:00", "2026-03-20 12:00");
    assertEquals("Freight elevator F1 is already booked by move-in " + acme.id() + " from 2026-03-20 09:00 to 2026-03-20 12:00.",
        clash.message(Messages.EN));
    // inside, around and over the end clash too
    for (String[] slot : List.of(new String[] {"2026-03-20T10:00", "2026-03-20T11:00"}, new String[] {"2026-03-20T08:00", "2026-03-20T13:00"},
        new String[] {"2026-03-20T08:00", "2026-03-20T09:01"})) {
      assertEquals("MI_FREIGHT_ELEVATOR_ALREADY_BOOKED", fixture.rejected(fixture.bookMove(beta.id(), slot[0], slot[1]), fixture.serviceClerk).code());
    }
  }

  @Test
  @DisplayName("MI-6.1 a booking that ends as another starts, or on another elevator, is fine; the calendar lists both")
  void touchingAndOtherElevatorsAreFine() {
    beta = fixture.accepted(fixture.bookMove(beta.id(), "2026-03-20T12:00", "2026-03-20T15:00"), fixture.serviceClerk);

    assertEquals(MoveInState.MOVE_BOOKED, beta.state());
    assertEquals(List.of(acme.id(), beta.id()), fixture.desk().elevatorBookings(fixture.serviceClerk, TOWER, ELEVATOR, local("2026-03-20T00:00"),
        local("2026-03-21T00:00")).stream().map(MoveIn::id).toList());
    assertEquals(List.of(), fixture.desk().elevatorBookings(fixture.harbourClerk, TOWER, ELEVATOR, local("2026-03-20T00:00"),
        local("2026-03-21T00:00")), "another center's clerk sees an empty calendar");
    MoveIn other = fixture.advance(fixture.noticed(TenancyFixture.BETA, io.bizcenter.core.kernel.RoomId.of("1502")), MoveInState.UNIT_HANDED_OVER);
    for (var item : io.bizcenter.core.tenancy.OrientationItem.values()) {
      other = fixture.accepted(fixture.introduce(other.id(), item), fixture.serviceClerk);
    }
    other = fixture.accepted(new MoveInCommand.BookMove(fixture.freshCommandId(), TOWER, other.id(), "F2", local("2026-03-20T09:00"),
        local("2026-03-20T12:00")), fixture.serviceClerk);
    assertEquals("F2", other.move().get().elevator());
  }

  @Test
  @DisplayName("MI-6.1 a move is booked for a time still to come")
  void notInThePast() {
    fixture.clock.set(local("2026-03-21T10:00"));

    assertRejection(fixture.rejected(fixture.bookMove(beta.id(), "2026-03-21T10:00", "2026-03-21T12:00"), fixture.serviceClerk),
        TenancyRejection.MoveStartsInThePast.class, "MI_MOVE_STARTS_IN_THE_PAST", "MI-6.1", "2026-03-21 10:00");
  }

  @Test
  @DisplayName("MI-6.1 the client moves the date: the move is booked again under the same rules, the old slot is free at once, the trail keeps both, and nobody owes a new booking")
  void aBookedMoveIsBookedAgain() {
    // ACME holds F1 on 20 March 09:00 to 12:00; its new slot may overlap its own old one, not BETA's
    beta = fixture.accepted(fixture.bookMove(beta.id(), "2026-03-21T09:00", "2026-03-21T12:00"), fixture.serviceClerk);
    assertEquals("MI_FREIGHT_ELEVATOR_ALREADY_BOOKED",
        fixture.rejected(fixture.bookMove(acme.id(), "2026-03-21T11:00", "2026-03-21T13:00"), fixture.serviceClerk).code());
    fixture.clock.set(local("2026-03-20T10:00"));
    assertRejection(fixture.rejected(fixture.bookMove(acme.id(), "2026-03-20T10:00", "2026-03-20T11:00"), fixture.serviceClerk),
        TenancyRejection.MoveStartsInThePast.class, "MI_MOVE_STARTS_IN_THE_PAST", "MI-6.1", "2026-03-20 10:00");

    MoveIn moved = fixture.accepted(fixture.bookMove(acme.id(), "2026-03-20T11:00", "2026-03-20T14:00"), fixture.serviceClerk);

    assertEquals(MoveInState.MOVE_BOOKED, moved.state());
    assertEquals(local("2026-03-20T11:00"), moved.move().get().startsAt());
    assertEquals(List.of(acme.id(), beta.id()), fixture.desk().elevatorBookings(fixture.serviceClerk, TOWER, ELEVATOR, local("2026-03-20T00:00"),
        local("2026-03-22T00:00")).stream().map(MoveIn::id).toList(), "one booking per move-in: the new one");
    assertEquals(List.of(), fixture.desk().elevatorBookings(fixture.serviceClerk, TOWER, ELEVATOR, local("2026-03-20T10:30"),
        local("2026-03-20T11:00")), "the old slot is free");
    assertEquals(2, fixture.trail(acme.id()).stream().filter(e -> e.action().equals(MoveInAction.BOOK_MOVE.name())).count(),
        "the trail keeps both bookings");
    assertEquals(List.of(), fixture.agendaOf(fixture.serviceClerk, acme.id().value()).stream()
        .filter(i -> i.actions().contains(MoveInAction.BOOK_MOVE.name())).toList(), "booking again is nobody's duty");
  }
}
