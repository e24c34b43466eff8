package io.bizcenter.examples;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.meetings.Client;
import io.bizcenter.core.meetings.MeetingCommand;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * More of an ordinary quarter than the scripted day needs, so the reports have weeks and months to compare: meetings
 * booked in rooms 502 and 503 most weeks, and a printing order taken, served and settled each month, each on its own
 * clock in the order a clerk would do them. Rooms and printer times are chosen clear of the scripted day's.
 */
final class BusierWeeks {
  private static final CenterId TOWER = ADayAtTheBusinessCenter.TOWER;
  private static final Actor SERVICE = Actor.of("sv-01", Role.STAFF, Department.SERVICE, TOWER);
  private static final Actor CLERK = Actor.of("bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  private static final Actor FINANCE = Actor.of("fin-01", Role.DEPARTMENT_MANAGER, Department.FINANCE, TOWER);
  private static final String COMPANY = "上海某某贸易有限公司";

  private final Storage storage;
  private final LocalDate monday;
  private final ManualClock clock;
  private final BusinessCenter center;
  private final SequentialIds commands;

  BusierWeeks(Storage storage, int run, LocalDate monday) {
    this.storage = storage;
    this.monday = monday;
    this.clock = new ManualClock(at(0, "07:00"));
    this.commands = new SequentialIds("B" + run + "-cmd");
    this.center = BusinessCenter.builder()
        .storage(storage)
        .notifier(notice -> {})
        .ids(new SequentialIds("B" + run))
        .clock(clock)
        .staffSkills(StaffSkills.fixed(Map.of(StaffId.of("bc-01"), Set.of(Skill.TYPING, Skill.EQUIPMENT_OPERATION, Skill.EQUIPMENT_CARE))))
        .build();
  }

  void play() {
    // bookings taken on the quarter's first morning, for the weeks ahead: (day, room, from, until)
    Object[][] bookings = {
        {8, "502", "09:00", "12:00"}, {10, "503", "14:00", "16:30"}, {15, "502", "09:30", "11:00"}, {23, "503", "10:00", "17:00"},
        {24, "502", "13:00", "15:00"}, {36, "502", "09:00", "10:30"}, {44, "503", "09:00", "18:00"}, {45, "502", "14:00", "16:00"},
        {51, "502", "10:00", "12:00"}, {58, "503", "13:30", "15:30"}, {66, "502", "09:00", "11:00"}, {67, "503", "09:00", "12:00"},
        {73, "502", "15:00", "17:00"}, {79, "503", "09:00", "11:30"}, {86, "502", "10:00", "11:00"}};
    for (Object[] b : bookings) {
      int day = (int) b[0];
      accepted(center.meetings().handle(new MeetingCommand.BookMeetingRoom(next(), TOWER, RoomId.of((String) b[1]), at(day, (String) b[2]),
          at(day, (String) b[3]), Client.of(COMPANY, "欧阳娜娜", "13912345678"), "部门例会"), SERVICE));
    }
    DeviceId printer = storage.equipment().all(TOWER).get(0).id();
    int[][] printing = {{9, 300}, {40, 120}, {41, 500}, {68, 800}, {82, 60}};
    for (int[] p : printing) {
      settledOrder(printer, p[0], p[1]);
    }
  }

  /** A printing order of {@code pages} taken the morning of {@code day}, printed at two, settled at Finance at four. */
  private void settledOrder(DeviceId printer, int day, int pages) {
    clock.set(at(day, "09:00"));
    ServiceOrder order = accepted(center.services().handle(new ServiceOrderCommand.TakeOrder(next(), TOWER,
        io.bizcenter.core.services.Client.of("欧阳娜娜", "13912345678", COMPANY), ServiceCode.of(StandardService.PRINTING), pages,
        "单面打印", Slot.of(at(day, "14:00"), at(day, "15:00")), printer, StaffId.of("bc-01")), CLERK));
    var id = order.id();
    accepted(center.services().handle(new ServiceOrderCommand.ExplainCharges(next(), TOWER, id), CLERK));
    ServiceOrder noticed = accepted(center.services().handle(new ServiceOrderCommand.IssueFeeNotice(next(), TOWER, id, "N-" + id.value()), CLERK));
    accepted(center.services().handle(new ServiceOrderCommand.TakeDeposit(next(), TOWER, id, noticed.charges().orElseThrow().deposit()), CLERK));
    clock.set(at(day, "14:00"));
    accepted(center.services().handle(new ServiceOrderCommand.StartService(next(), TOWER, id), CLERK));
    clock.set(at(day, "14:50"));
    accepted(center.services().handle(new ServiceOrderCommand.FinishService(next(), TOWER, id, pages), CLERK));
    accepted(center.services().handle(new ServiceOrderCommand.WriteFeeReceipt(next(), TOWER, id, "R-" + id.value()), CLERK));
    accepted(center.services().handle(new ServiceOrderCommand.HandOverCopy(next(), TOWER, id, ReceiptCopy.CLIENT), CLERK));
    accepted(center.services().handle(new ServiceOrderCommand.HandOverCopy(next(), TOWER, id, ReceiptCopy.ARCHIVE), CLERK));
    clock.set(at(day, "16:00"));
    accepted(center.services().handle(new ServiceOrderCommand.HandOverCopy(next(), TOWER, id, ReceiptCopy.FINANCE), FINANCE));
    accepted(center.services().handle(new ServiceOrderCommand.Settle(next(), TOWER, id), FINANCE));
  }

  private CommandId next() {
    return CommandId.of(commands.next());
  }

  private Instant at(int day, String time) {
    return monday.plusDays(day).atTime(LocalTime.parse(time)).atZone(ADayAtTheBusinessCenter.ZONE).toInstant();
  }

  /** Every step here is one the rules allow: a refusal is a fault of the example. */
  private static <T> T accepted(Either<Rejection, T> answer) {
    return answer.getOrElseThrow(r -> new IllegalStateException("refused: " + r.code() + " " + r.message(Messages.EN)));
  }
}
