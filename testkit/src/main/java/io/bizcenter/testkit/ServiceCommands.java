package io.bizcenter.testkit;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.services.Client;
import io.bizcenter.core.services.DeviceAction;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUseAction;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderAction;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StandardService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of the service procedure's commands (SV): plain functions of a {@link RandomGenerator}. The
 * {@code wellFormed...} ones make commands whose fields pass their checks (the procedure's rules still decide);
 * {@link #arbitrary} makes anything a front end could send. Slots fall within a day after a given instant, on the
 * hour and one to four hours long, so bookings of the same device often overlap.
 */
public final class ServiceCommands {
  /** The services the generators order: with and without a device, with and without skills, and one unknown. */
  public static final List<ServiceCode> SERVICES = List.of(ServiceCode.of(StandardService.PRINTING), ServiceCode.of(StandardService.TELECOM),
      ServiceCode.of(StandardService.TRANSLATION), ServiceCode.of(StandardService.POSTAL), ServiceCode.of(StandardService.EQUIPMENT_RENTAL),
      ServiceCode.of("NO-SUCH-SERVICE"));

  private ServiceCommands() {}

  public static CommandId commandId(RandomGenerator random) {
    return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
  }

  /** A slot within a day after {@code around}: on the hour, one to four hours long. */
  public static Slot slot(RandomGenerator random, Instant around) {
    Instant start = around.plus(Duration.ofHours(random.nextInt(24)));
    return Slot.of(start, start.plus(Duration.ofHours(1 + random.nextInt(4))));
  }

  public static Client client(RandomGenerator random) {
    return Client.of(Actors.pick(random, "欧阳娜娜", "李华", "Chen Jie", "María O'Neil"), "139" + (10000000 + random.nextInt(89999999)),
        random.nextBoolean() ? null : Actors.pick(random, "上海某某贸易有限公司", "ACME (Shanghai) Ltd."));
  }

  // ---- the equipment register

  public static DeviceCommand.RegisterDevice registerDevice(RandomGenerator random, CenterId center, EquipmentKind kind) {
    return new DeviceCommand.RegisterDevice(commandId(random), center, kind, kind.name().toLowerCase() + " " + random.nextInt(100),
        30 + random.nextInt(335));
  }

  /** A device of a building's register for the import (GS-6), maintained last at {@code lastMaintainedAt} (null: not yet). */
  public static DeviceCommand.ImportDevice importDevice(RandomGenerator random, CenterId center, EquipmentKind kind, Instant lastMaintainedAt) {
    return new DeviceCommand.ImportDevice(commandId(random), center, kind, kind.name().toLowerCase() + " " + random.nextInt(100),
        30 + random.nextInt(335), lastMaintainedAt, new ImportSource("batch-" + random.nextInt(5), "equipment", 1 + random.nextInt(100), "generated"));
  }

  /** A well-formed command asking for {@code action} on device {@code on}; REGISTER and IMPORT ignore {@code on}. */
  public static DeviceCommand onDevice(RandomGenerator random, CenterId center, DeviceId on, DeviceAction action) {
    CommandId id = commandId(random);
    return switch (action) {
      case REGISTER -> registerDevice(random, center, Actors.pick(random, EquipmentKind.values()));
      case RECORD_MAINTENANCE -> new DeviceCommand.RecordMaintenance(id, center, on, Texts.plain(random, 100));
      case REPORT_FAULT -> new DeviceCommand.ReportFault(id, center, on, Texts.plain(random, 100));
      case RECORD_REPAIR -> new DeviceCommand.RecordRepair(id, center, on, Actors.pick(random, "工程部", "HP 售后服务"), Texts.plain(random, 100));
      case RETIRE -> new DeviceCommand.RetireDevice(id, center, on, Texts.plain(random, 100));
      case IMPORT -> importDevice(random, center, Actors.pick(random, EquipmentKind.values()), null);
    };
  }

  // ---- clients' service orders

  /**
   * An order for one of {@link #SERVICES}, mostly on one of {@code devices} (sometimes none, sometimes an id nobody
   * registered), assigned to one of {@code staff}.
   */
  public static ServiceOrderCommand.TakeOrder takeOrder(RandomGenerator random, CenterId center, List<DeviceId> devices, List<StaffId> staff,
      Instant around) {
    ServiceCode service = SERVICES.get(random.nextInt(SERVICES.size()));
    DeviceId device = devices.isEmpty() || random.nextInt(6) == 0
        ? (random.nextInt(3) == 0 ? DeviceId.of("unknown-" + random.nextInt(10)) : null)
        : devices.get(random.nextInt(devices.size()));
    return new ServiceOrderCommand.TakeOrder(commandId(random), center, client(random), service, 1 + random.nextInt(200),
        Texts.plain(random, 200), slot(random, around), device, staff.get(random.nextInt(staff.size())));
  }

  /**
   * A well-formed command asking for {@code action} on {@code order}: the deposit offered is mostly the one explained,
   * the units served a few fewer or more than asked, the copy mostly one still to hand over.
   */
  public static ServiceOrderCommand onOrder(RandomGenerator random, CenterId center, ServiceOrderId on, Optional<ServiceOrder> order,
      ServiceOrderAction action) {
    CommandId id = commandId(random);
    return switch (action) {
      case TAKE_ORDER -> throw new IllegalArgumentException("TAKE_ORDER opens an order: use takeOrder");
      case EXPLAIN_CHARGES -> new ServiceOrderCommand.ExplainCharges(id, center, on);
      case ISSUE_FEE_NOTICE -> new ServiceOrderCommand.IssueFeeNotice(id, center, on, "N-" + random.nextInt(10000));
      case TAKE_DEPOSIT -> {
        Money right = order.flatMap(ServiceOrder::charges).map(c -> c.deposit()).orElse(Money.yuan(1));
        yield new ServiceOrderCommand.TakeDeposit(id, center, on, random.nextInt(5) == 0 ? right.plus(Money.yuan("0.01")) : right);
      }
      case START_SERVICE -> new ServiceOrderCommand.StartService(id, center, on);
      case FINISH_SERVICE -> new ServiceOrderCommand.FinishService(id, center, on,
          Math.max(0, order.map(ServiceOrder::quantity).orElse(10) + random.nextInt(21) - 10));
      case WRITE_FEE_RECEIPT -> new ServiceOrderCommand.WriteFeeReceipt(id, center, on, "R-" + random.nextInt(10000));
      case HAND_OVER_COPY -> {
        // mostly a copy still to hand over, so that orders get to settlement; now and then any, handed over or not
        List<ReceiptCopy> outstanding = order.flatMap(ServiceOrder::receipt).map(r -> r.outstanding()).orElse(List.of());
        ReceiptCopy copy = outstanding.isEmpty() || random.nextInt(4) == 0 ? Actors.pick(random, ReceiptCopy.values()) : outstanding.get(0);
        yield new ServiceOrderCommand.HandOverCopy(id, center, on, copy);
      }
      case SETTLE -> new ServiceOrderCommand.Settle(id, center, on);
      case CANCEL -> new ServiceOrderCommand.CancelOrder(id, center, on, Texts.plain(random, 100));
    };
  }

  // ---- internal use

  public static InternalUseCommand.ApplyForUse applyForUse(RandomGenerator random, CenterId center, List<DeviceId> devices, Instant around) {
    DeviceId device = devices.isEmpty() || random.nextInt(10) == 0 ? DeviceId.of("unknown-" + random.nextInt(10)) : devices.get(random.nextInt(devices.size()));
    return new InternalUseCommand.ApplyForUse(commandId(random), center, device, slot(random, around), random.nextInt(8) != 0,
        Texts.plain(random, 100), Texts.plain(random, 100));
  }

  /** A well-formed command asking for {@code action} on internal use {@code on}; DISPLACE names {@code order}. */
  public static InternalUseCommand onUse(RandomGenerator random, CenterId center, InternalUseId on, InternalUseAction action,
      ServiceOrderId order) {
    CommandId id = commandId(random);
    return switch (action) {
      case APPLY -> throw new IllegalArgumentException("APPLY opens an internal use: use applyForUse");
      case APPROVE -> new InternalUseCommand.ApproveUse(id, center, on);
      case REFUSE -> new InternalUseCommand.RefuseUse(id, center, on, Texts.plain(random, 100));
      case WITHDRAW -> new InternalUseCommand.WithdrawUse(id, center, on, Texts.plain(random, 100));
      case DISPLACE -> new InternalUseCommand.GiveWayToClient(id, center, on, order);
      case START_USE -> new InternalUseCommand.StartUse(id, center, on);
      case FINISH_USE -> new InternalUseCommand.FinishUse(id, center, on);
      case SIGN_FEE_SETTLEMENT -> new InternalUseCommand.SignFeeSettlement(id, center, on, "F-" + random.nextInt(1000),
          Money.yuan(random.nextInt(500)).plus(Money.yuan("0." + (10 + random.nextInt(90)))));
    };
  }

  // ---- anything at all

  /** Any service command: null fields, hostile or oversized text, impossible numbers, unknown ids, any of {@code centers}. */
  public static Command arbitrary(RandomGenerator random, List<CenterId> centers, List<String> knownIds) {
    CommandId id = random.nextInt(20) == 0 ? null : CommandId.of(random.nextInt(20) == 0 ? Texts.any(random, 120) : "cmd-" + random.nextLong());
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    String target = knownIds.isEmpty() || random.nextInt(5) == 0 ? Texts.any(random, 80) : knownIds.get(random.nextInt(knownIds.size()));
    Slot slot = random.nextInt(6) == 0 ? null : random.nextInt(4) == 0
        ? Slot.of(Instant.parse("2026-05-01T03:00:00Z"), Instant.parse("2026-05-01T02:00:00Z"))
        : slot(random, Instant.parse("2026-05-01T01:00:00Z"));
    int units = Actors.pick(random, -1, 0, 1, 7, 100_000, 100_001, Integer.MIN_VALUE);
    Money money = random.nextInt(5) == 0 ? null : Actors.pick(random, Money.yuan("-0.01"), Money.ZERO, Money.yuan("12.34"), Money.yuan(100_000_000L));
    return switch (random.nextInt(12)) {
      case 0 -> new DeviceCommand.RegisterDevice(id, center, random.nextInt(5) == 0 ? null : Actors.pick(random, EquipmentKind.values()),
          Texts.any(random, 110), Actors.pick(random, -5, 0, 1, 90, 3650, 3651));
      case 1 -> new DeviceCommand.ReportFault(id, center, target == null ? null : DeviceId.of(target), Texts.any(random, 1100));
      case 2 -> new DeviceCommand.RecordRepair(id, center, target == null ? null : DeviceId.of(target), Texts.any(random, 110), Texts.any(random, 1100));
      case 3 -> new ServiceOrderCommand.TakeOrder(id, center,
          random.nextInt(8) == 0 ? null : new Client(random.nextInt(6) == 0 ? null : PersonName.of(Texts.any(random, 60)),
              PhoneNumber.of(random.nextBoolean() ? Texts.any(random, 25) : "13800138000"),
              random.nextInt(8) == 0 ? null : Optional.ofNullable(Texts.any(random, 110))),
          random.nextInt(6) == 0 ? null : ServiceCode.of(random.nextBoolean() ? Texts.any(random, 70) : StandardService.PRINTING.name()),
          units, Texts.any(random, 2100), slot, random.nextBoolean() ? null : DeviceId.of(target == null ? "x" : target),
          random.nextInt(6) == 0 ? null : StaffId.of(Texts.any(random, 70)));
      case 4 -> new ServiceOrderCommand.TakeDeposit(id, center, target == null ? null : ServiceOrderId.of(target), money);
      case 5 -> new ServiceOrderCommand.FinishService(id, center, target == null ? null : ServiceOrderId.of(target), units);
      case 6 -> new ServiceOrderCommand.HandOverCopy(id, center, target == null ? null : ServiceOrderId.of(target),
          random.nextInt(4) == 0 ? null : Actors.pick(random, ReceiptCopy.values()));
      case 7 -> new ServiceOrderCommand.WriteFeeReceipt(id, center, target == null ? null : ServiceOrderId.of(target), Texts.any(random, 70));
      case 8 -> new InternalUseCommand.ApplyForUse(id, center, target == null ? null : DeviceId.of(target), slot, random.nextBoolean(),
          Texts.any(random, 1100), Texts.any(random, 1100));
      case 9 -> new InternalUseCommand.SignFeeSettlement(id, center, target == null ? null : InternalUseId.of(target), Texts.any(random, 70), money);
      case 10 -> new InternalUseCommand.GiveWayToClient(id, center, target == null ? null : InternalUseId.of(target),
          random.nextBoolean() ? null : ServiceOrderId.of(Texts.any(random, 70)));
      default -> new InternalUseCommand.ApproveUse(id, center, target == null ? null : InternalUseId.of(target));
    };
  }
}
