package io.bizcenter.forms.services;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.services.Client;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceCommand;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceDesk;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.ServicePolicy;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StaffSkills;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.forms.Run;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One business center on the in-memory adapter running the services procedures (SV) for real, through the service
 * desk: a manual clock from Monday 2 March 2026, 09:00 in Shanghai, sequential ids, the source's default catalogue. Its
 * runs end where each form can be printed; what the forms show comes from these runs alone.
 */
public final class ServiceFixture {
  static final CenterId TOWER = CenterId.of("zz-tower");
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  static final StaffId OPERATOR = StaffId.of("bc-operator");
  static final String CLIENT_NAME = "欧阳娜娜";
  static final String CLIENT_PHONE = "13912345678";
  static final String COMPANY = "上海某某贸易有限公司";

  final Actor clerk = Actors.of("bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  final Actor finance = Actors.of("fi-02", Role.STAFF, Department.FINANCE, TOWER);
  final Actor engineer = Actors.of("en-05", Role.STAFF, Department.ENGINEERING, TOWER);
  final Actor engineeringManager = Actors.of("en-mgr", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);

  final ManualClock clock = new ManualClock(START);
  final BusinessCenter center = BusinessCenter.builder()
      .storage(new InMemoryStorage())
      .notifier(new RecordingNotifier())
      .ids(new SequentialIds("S")::next)
      .clock(clock)
      .servicePolicies(c -> ServicePolicy.defaults())
      .staffSkills(StaffSkills.fixed(Map.of(OPERATOR, Set.of(Skill.TYPING, Skill.EQUIPMENT_OPERATION, Skill.EQUIPMENT_CARE))))
      .build();
  private final AtomicInteger commands = new AtomicInteger();
  private final Device printer;

  public ServiceFixture() {
    printer = accepted(new DeviceCommand.RegisterDevice(next(), TOWER, EquipmentKind.PRINTER, "HP LaserJet 5200", 90), clerk);
  }

  ServiceDesk desk() {
    return center.services();
  }

  public Device printer() {
    return printer;
  }

  /** Another device of the register, used by nobody. */
  Device fax() {
    return accepted(new DeviceCommand.RegisterDevice(next(), TOWER, EquipmentKind.FAX, "Brother FAX-2840", 180), clerk);
  }

  /** From {@code from} to {@code to} hours after the start. */
  static Slot hours(int from, int to) {
    return Slot.of(START.plus(Duration.ofHours(from)), START.plus(Duration.ofHours(to)));
  }

  /** 100 pages of printing asked for, charges explained, fee notice N-2026-031 issued, the deposit taken (SV-2.2). */
  public Run<ServiceOrder> orderWithFeeNotice(String clientName) {
    ServiceOrder order = accepted(new ServiceOrderCommand.TakeOrder(next(), TOWER, Client.of(clientName, CLIENT_PHONE, COMPANY),
        ServiceCode.of(StandardService.PRINTING), 100, "双面打印，装订成册", hours(2, 4), printer.id(), OPERATOR), clerk);
    accepted(new ServiceOrderCommand.ExplainCharges(next(), TOWER, order.id()), clerk);
    ServiceOrder noticed = accepted(new ServiceOrderCommand.IssueFeeNotice(next(), TOWER, order.id(), "N-2026-031"), clerk);
    accepted(new ServiceOrderCommand.TakeDeposit(next(), TOWER, order.id(), noticed.charges().orElseThrow().deposit()), clerk);
    return run(order.id());
  }

  /** The same order served (80 pages of the 100), Fee Receipt R-2026-088 written, its copies handed over (SV-2.3, SV-2.4). */
  public Run<ServiceOrder> orderWithReceipt(String clientName) {
    ServiceOrderId id = orderWithFeeNotice(clientName).kase().id();
    clock.set(START.plus(Duration.ofHours(2)));
    accepted(new ServiceOrderCommand.StartService(next(), TOWER, id), clerk);
    clock.advance(Duration.ofMinutes(90));
    accepted(new ServiceOrderCommand.FinishService(next(), TOWER, id, 80), clerk);
    clock.advance(Duration.ofMinutes(10));
    accepted(new ServiceOrderCommand.WriteFeeReceipt(next(), TOWER, id, "R-2026-088"), clerk);
    for (ReceiptCopy copy : ReceiptCopy.values()) {
      accepted(new ServiceOrderCommand.HandOverCopy(next(), TOWER, id, copy), clerk);
    }
    return run(id);
  }

  /** Engineering applies for the printer, its manager approves, it is used for 40 minutes (SV-2.5). */
  public Run<InternalUse> approvedAndUsed() {
    InternalUse applied = accepted(new InternalUseCommand.ApplyForUse(next(), TOWER, printer.id(), hours(2, 3), true, "季度报告",
        "打印工程部季度报告 40 页"), engineer);
    accepted(new InternalUseCommand.ApproveUse(next(), TOWER, applied.id()), engineeringManager);
    clock.set(START.plus(Duration.ofHours(2)));
    accepted(new InternalUseCommand.StartUse(next(), TOWER, applied.id()), clerk);
    clock.advance(Duration.ofMinutes(40));
    accepted(new InternalUseCommand.FinishUse(next(), TOWER, applied.id()), clerk);
    return use(applied);
  }

  /** The use above, and the Fee Settlement Form F-2026-007 signed by the user (SV-2.5). */
  public Run<InternalUse> settled() {
    InternalUse used = approvedAndUsed().kase();
    clock.advance(Duration.ofMinutes(5));
    accepted(new InternalUseCommand.SignFeeSettlement(next(), TOWER, used.id(), "F-2026-007", Money.yuan("12.50")), engineer);
    return use(used);
  }

  public Run<InternalUse> applied() {
    InternalUse applied = accepted(new InternalUseCommand.ApplyForUse(next(), TOWER, printer.id(), hours(5, 6), true, "季度报告",
        "打印工程部季度报告 40 页"), engineer);
    return use(applied);
  }

  private Run<InternalUse> use(InternalUse use) {
    return new Run<>(desk().internalUse(clerk, TOWER, use.id()).get(), desk().trail(clerk, TOWER, use.id()).get());
  }

  private Run<ServiceOrder> run(ServiceOrderId id) {
    return new Run<>(desk().order(clerk, TOWER, id).get(), desk().trail(clerk, TOWER, id).get());
  }

  private CommandId next() {
    return CommandId.of("cmd-" + commands.incrementAndGet());
  }

  @SuppressWarnings("unchecked")
  private <T> T accepted(Command command, Actor actor) {
    clock.advance(Duration.ofMinutes(1));
    Either<Rejection, ?> answer = command instanceof DeviceCommand d ? desk().handle(d, actor)
        : command instanceof ServiceOrderCommand o ? desk().handle(o, actor)
        : desk().handle((InternalUseCommand) command, actor);
    assertTrue(answer.isRight(), () -> command + " refused: " + answer.getLeft().message(Messages.EN));
    return (T) answer.get();
  }
}
