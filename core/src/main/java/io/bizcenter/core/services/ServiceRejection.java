package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RuleFamily;
import java.util.List;

/**
 * The service procedure's own rules (SV), as rejections that carry their data; each one's code and arguments are read
 * off the record ({@link Rejection.RuleBroken}), its clause is the rule that refused. A record still names its arguments
 * where its message shows an id by its value or an amount as plain text.
 */
@RuleFamily("SV")
public sealed interface ServiceRejection extends Rejection.RuleBroken {
  /** The catalogue has no such service (SV-3.1). */
  record UnknownService(ServiceCode service, Clause clause) implements ServiceRejection {}

  /** The service was retired from the catalogue: it takes no new orders (SV-3.1). */
  record ServiceRetired(ServiceCode service, Clause clause) implements ServiceRejection {}

  /** The service is done on equipment, and the order names no device to book (SV-2.2). */
  record DeviceRequired(ServiceCode service, Clause clause) implements ServiceRejection {}

  /** The device named is not of a kind the service is done on (SV-1.1). */
  record DeviceNotSuited(DeviceId device, EquipmentKind kind, ServiceCode service, Clause clause) implements ServiceRejection {}

  /** No such device in the center's equipment register (SV-1.1); a device of another center is answered the same way. */
  record UnknownDevice(DeviceId device, Clause clause) implements ServiceRejection {}

  /** The device is faulty (awaiting a professional repair) or retired, and may not be used (SV-1.2). */
  record DeviceOutOfUse(DeviceId device, DeviceState state, Clause clause) implements ServiceRejection {}

  /** The device is in use right now (by an order or an internal use): end that use first (SV-1.2). */
  record DeviceInUse(DeviceId device, String usedBy, Clause clause) implements ServiceRejection {}

  /** Another booking already holds the device for part of that time (SV-2.2, SV-2.5). */
  record DeviceBooked(DeviceId device, String heldBy, Clause clause) implements ServiceRejection {}

  /** Internal use must not affect client service: a client order needs the device then (SV-2.5). */
  record SlotNeededByClient(DeviceId device, ServiceOrderId order, Clause clause) implements ServiceRejection {}

  /** An internal use gives way only to a client order that needs its slot, and none does (SV-2.5). */
  record NoClientNeedsTheSlot(DeviceId device, Clause clause) implements ServiceRejection {}

  /** The member of staff assigned lacks a skill the service needs (SV-2.1); the skills are shown by their labels. */
  record SkillMissing(String staff, List<Skill> missing, Clause clause) implements ServiceRejection {
    public SkillMissing {
      missing = List.copyOf(missing);
    }
  }

  /** The deposit is the set proportion of the explained total, no more and no less (SV-2.2). */
  record DepositNotAsRequired(Money required, Money offered, Clause clause) implements ServiceRejection {
    public List<Object> arguments() {
      return List.of(required.amount().toPlainString(), offered.amount().toPlainString());
    }
  }

  /** That copy of the Fee Receipt was already handed over (SV-2.4). */
  record CopyAlreadyHandedOver(ReceiptCopy copy, Clause clause) implements ServiceRejection {}

  /** Settlement at Finance waits until all three copies of the Fee Receipt are handed over (SV-2.4). */
  record CopiesOutstanding(List<ReceiptCopy> copies, Clause clause) implements ServiceRejection {
    public CopiesOutstanding {
      copies = List.copyOf(copies);
    }
  }

  /** Internal staff use the equipment only for work (SV-2.5). */
  record NotForWork(Clause clause) implements ServiceRejection {}

  /** Only the manager of the applicant's own department approves or refuses an Equipment Use Application (SV-2.5). */
  record NotTheApplicantsManager(Department applicantDepartment, Clause clause) implements ServiceRejection {}

  /** The Fee Settlement Form is signed by the user's own department; an application is withdrawn by it or the center (SV-2.5). */
  record NotOfTheApplicantsDepartment(Department applicantDepartment, Clause clause) implements ServiceRejection {}
}
