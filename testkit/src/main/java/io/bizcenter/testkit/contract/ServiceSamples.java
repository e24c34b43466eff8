package io.bizcenter.testkit.contract;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.services.Charges;
import io.bizcenter.core.services.Client;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.DeviceId;
import io.bizcenter.core.services.DeviceState;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.EquipmentUseApplication;
import io.bizcenter.core.services.FeeReceipt;
import io.bizcenter.core.services.FeeSettlement;
import io.bizcenter.core.services.FeeUnit;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseId;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.core.services.ReceiptCopy;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderId;
import io.bizcenter.core.services.ServiceOrderState;
import io.bizcenter.core.services.Settlement;
import io.bizcenter.core.services.Slot;
import io.bizcenter.core.services.StandardService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Test data of the service procedure's stores: a device, and orders and internal uses filled in as far as their
 * states allow (charges, deposit, a receipt with its three copies, a signed settlement form), so an adapter that
 * encodes them must read every nested value back. Whole-second instants, like {@link Samples}.
 */
final class ServiceSamples {
  static final PolicyVersion POLICY = Samples.POLICY;

  private ServiceSamples() {}

  static Instant hour(long hours) {
    return Samples.T0.plus(Duration.ofHours(hours));
  }

  /** From {@code from} hours after T0 to {@code to} hours after it. */
  static Slot slot(long from, long to) {
    return Slot.of(hour(from), hour(to));
  }

  static Device device(CenterId center, String id, long version, Instant registeredAt) {
    return Device.builder()
        .id(DeviceId.of(id))
        .center(center)
        .version(version)
        .state(DeviceState.FAULTY)
        .stateEnteredAt(registeredAt)
        .policy(POLICY)
        .kind(EquipmentKind.PRINTER)
        .name("激光打印机 LaserJet 3F")
        .maintenanceEveryDays(90)
        .registeredAt(registeredAt)
        .lastMaintainedAt(registeredAt.plus(Duration.ofDays(1)))
        .fault("卡纸 / paper jam")
        .faultReportedAt(registeredAt.plus(Duration.ofDays(2)))
        .lastRepairedBy("工程部 Engineering")
        .build();
  }

  static ServiceOrder order(CenterId center, String id, long version, Instant takenAt) {
    return order(center, id, version, takenAt, ServiceOrderState.RECEIPT_WRITTEN, Optional.of(DeviceId.of("printer-1")), slot(2, 3));
  }

  /** A printing order on {@code device} for {@code slot}, standing in {@code state}, everything before it filled in. */
  static ServiceOrder order(CenterId center, String id, long version, Instant takenAt, ServiceOrderState state, Optional<DeviceId> device,
      Slot slot) {
    Money total = Money.yuan("150.00");
    Charges charges = new Charges(ServiceCode.of(StandardService.PRINTING), FeeUnit.PAGE, Money.yuan("1.50"), 100, total,
        new BigDecimal("0.30"), Money.yuan("45.00"), POLICY);
    Settlement settlement = Settlement.of(Money.yuan("120.00"), Money.yuan("45.00"));
    FeeReceipt receipt = new FeeReceipt("R-2024-001", takenAt.plus(Duration.ofHours(4)), settlement, List.of(
        new FeeReceipt.Copy(ReceiptCopy.FINANCE, Optional.of(takenAt.plus(Duration.ofHours(5))), Optional.of(StaffId.of("bc-1"))),
        new FeeReceipt.Copy(ReceiptCopy.CLIENT, Optional.empty(), Optional.empty()),
        new FeeReceipt.Copy(ReceiptCopy.ARCHIVE, Optional.empty(), Optional.empty())));
    return ServiceOrder.builder()
        .id(ServiceOrderId.of(id))
        .center(center)
        .version(version)
        .state(state)
        .stateEnteredAt(takenAt)
        .policy(POLICY)
        .client(Client.of("欧阳娜娜", "13912345678", "上海某某贸易有限公司"))
        .service(ServiceCode.of(StandardService.PRINTING))
        .quantity(100)
        .requirements("双面打印，装订 / double-sided, bound")
        .slot(slot)
        .device(device)
        .assignee(StaffId.of("bc-2"))
        .takenAt(takenAt)
        .takenBy(StaffId.of("bc-1"))
        .charges(charges)
        .feeNotice("N-2024-001")
        .deposit(Money.yuan("45.00"))
        .serviceStartedAt(takenAt.plus(Duration.ofHours(2)))
        .serviceFinishedAt(takenAt.plus(Duration.ofHours(3)))
        .quantityServed(80)
        .onTime(true)
        .receipt(receipt)
        .build();
  }

  static InternalUse use(CenterId center, String id, long version, Instant appliedAt) {
    return use(center, id, version, appliedAt, InternalUseState.SETTLED, DeviceId.of("printer-1"), slot(2, 3));
  }

  /** An internal use of {@code device} for {@code slot}, standing in {@code state}, approved, used and signed for. */
  static InternalUse use(CenterId center, String id, long version, Instant appliedAt, InternalUseState state, DeviceId device, Slot slot) {
    return InternalUse.builder()
        .id(InternalUseId.of(id))
        .center(center)
        .version(version)
        .state(state)
        .stateEnteredAt(appliedAt)
        .policy(POLICY)
        .application(new EquipmentUseApplication(device, slot, "打印季度报告", "quarterly report, 40 pages", StaffId.of("en-5"),
            Department.ENGINEERING, appliedAt))
        .approvedBy(StaffId.of("en-1"))
        .approvedAt(appliedAt.plus(Duration.ofMinutes(30)))
        .startedAt(slot.startsAt())
        .finishedAt(slot.endsAt().minus(Duration.ofMinutes(10)))
        .feeSettlement(new FeeSettlement("F-2024-007", Money.yuan("12.50"), StaffId.of("en-5"), slot.endsAt()))
        .build();
  }
}
