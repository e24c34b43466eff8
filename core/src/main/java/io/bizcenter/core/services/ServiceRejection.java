package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection;
import java.util.List;

/** The service procedure's own rules (SV), as rejections that carry their data; each has a stable code and its clause. */
public sealed interface ServiceRejection extends Rejection.RuleBroken {
  /** The catalogue has no such service (SV-3.1). */
  record UnknownService(ServiceCode service) implements ServiceRejection {
    public String code() {
      return "SV_UNKNOWN_SERVICE";
    }

    public Clause clause() {
      return Clause.of("SV-3.1");
    }

    public List<Object> arguments() {
      return List.of(service.value());
    }
  }

  /** The service was retired from the catalogue: it takes no new orders (SV-3.1). */
  record ServiceRetired(ServiceCode service) implements ServiceRejection {
    public String code() {
      return "SV_SERVICE_RETIRED";
    }

    public Clause clause() {
      return Clause.of("SV-3.1");
    }

    public List<Object> arguments() {
      return List.of(service.value());
    }
  }

  /** The service is done on equipment, and the order names no device to book (SV-2.2). */
  record DeviceRequired(ServiceCode service) implements ServiceRejection {
    public String code() {
      return "SV_DEVICE_REQUIRED";
    }

    public Clause clause() {
      return Clause.of("SV-2.2");
    }

    public List<Object> arguments() {
      return List.of(service.value());
    }
  }

  /** The device named is not of a kind the service is done on (SV-1.1). */
  record DeviceNotSuited(DeviceId device, EquipmentKind kind, ServiceCode service) implements ServiceRejection {
    public String code() {
      return "SV_DEVICE_NOT_SUITED";
    }

    public Clause clause() {
      return Clause.of("SV-1.1");
    }

    public List<Object> arguments() {
      return List.of(device.value(), kind, service.value());
    }
  }

  /** No such device in the center's equipment register (SV-1.1); a device of another center is answered the same way. */
  record UnknownDevice(DeviceId device) implements ServiceRejection {
    public String code() {
      return "SV_UNKNOWN_DEVICE";
    }

    public Clause clause() {
      return Clause.of("SV-1.1");
    }

    public List<Object> arguments() {
      return List.of(device.value());
    }
  }

  /** The device is faulty (awaiting a professional repair) or retired, and may not be used (SV-1.2). */
  record DeviceOutOfUse(DeviceId device, DeviceState state) implements ServiceRejection {
    public String code() {
      return "SV_DEVICE_OUT_OF_USE";
    }

    public Clause clause() {
      return Clause.of("SV-1.2");
    }

    public List<Object> arguments() {
      return List.of(device.value(), state);
    }
  }

  /** The device is in use right now (by an order or an internal use): end that use first (SV-1.2). */
  record DeviceInUse(DeviceId device, String usedBy, Clause clause) implements ServiceRejection {
    public String code() {
      return "SV_DEVICE_IN_USE";
    }

    public List<Object> arguments() {
      return List.of(device.value(), usedBy);
    }
  }

  /** Another booking already holds the device for part of that time (SV-2.2, SV-2.5). */
  record DeviceBooked(DeviceId device, String heldBy, Clause clause) implements ServiceRejection {
    public String code() {
      return "SV_DEVICE_BOOKED";
    }

    public List<Object> arguments() {
      return List.of(device.value(), heldBy);
    }
  }

  /** Internal use must not affect client service: a client order needs the device then (SV-2.5). */
  record SlotNeededByClient(DeviceId device, ServiceOrderId order) implements ServiceRejection {
    public String code() {
      return "SV_SLOT_NEEDED_BY_CLIENT";
    }

    public Clause clause() {
      return Clause.of("SV-2.5");
    }

    public List<Object> arguments() {
      return List.of(device.value(), order.value());
    }
  }

  /** An internal use gives way only to a client order that needs its slot, and none does (SV-2.5). */
  record NoClientNeedsTheSlot(DeviceId device) implements ServiceRejection {
    public String code() {
      return "SV_NO_CLIENT_NEEDS_THE_SLOT";
    }

    public Clause clause() {
      return Clause.of("SV-2.5");
    }

    public List<Object> arguments() {
      return List.of(device.value());
    }
  }

  /** The member of staff assigned lacks a skill the service needs (SV-2.1). */
  record SkillMissing(String staff, List<Skill> missing) implements ServiceRejection {
    public SkillMissing {
      missing = List.copyOf(missing);
    }

    public String code() {
      return "SV_SKILL_MISSING";
    }

    public Clause clause() {
      return Clause.of("SV-2.1");
    }

    /** The staff id and the missing skills, shown by their labels. */
    public List<Object> arguments() {
      return List.of(staff, missing);
    }
  }

  /** The deposit is the set proportion of the explained total, no more and no less (SV-2.2). */
  record DepositNotAsRequired(Money required, Money offered) implements ServiceRejection {
    public String code() {
      return "SV_DEPOSIT_NOT_AS_REQUIRED";
    }

    public Clause clause() {
      return Clause.of("SV-2.2");
    }

    public List<Object> arguments() {
      return List.of(required.amount().toPlainString(), offered.amount().toPlainString());
    }
  }

  /** That copy of the Fee Receipt was already handed over (SV-2.4). */
  record CopyAlreadyHandedOver(ReceiptCopy copy) implements ServiceRejection {
    public String code() {
      return "SV_COPY_ALREADY_HANDED_OVER";
    }

    public Clause clause() {
      return Clause.of("SV-2.4");
    }

    public List<Object> arguments() {
      return List.of(copy);
    }
  }

  /** Settlement at Finance waits until all three copies of the Fee Receipt are handed over (SV-2.4). */
  record CopiesOutstanding(List<ReceiptCopy> copies) implements ServiceRejection {
    public CopiesOutstanding {
      copies = List.copyOf(copies);
    }

    public String code() {
      return "SV_COPIES_OUTSTANDING";
    }

    public Clause clause() {
      return Clause.of("SV-2.4");
    }

    public List<Object> arguments() {
      return List.of(copies);
    }
  }

  /** Internal staff use the equipment only for work (SV-2.5). */
  record NotForWork() implements ServiceRejection {
    public String code() {
      return "SV_NOT_FOR_WORK";
    }

    public Clause clause() {
      return Clause.of("SV-2.5");
    }

    public List<Object> arguments() {
      return List.of();
    }
  }

  /** Only the manager of the applicant's own department approves or refuses an Equipment Use Application (SV-2.5). */
  record NotTheApplicantsManager(Department applicantDepartment) implements ServiceRejection {
    public String code() {
      return "SV_NOT_THE_APPLICANTS_MANAGER";
    }

    public Clause clause() {
      return Clause.of("SV-2.5");
    }

    public List<Object> arguments() {
      return List.of(applicantDepartment);
    }
  }

  /** The Fee Settlement Form is signed by the user's own department; an application is withdrawn by it or the center (SV-2.5). */
  record NotOfTheApplicantsDepartment(Department applicantDepartment) implements ServiceRejection {
    public String code() {
      return "SV_NOT_OF_THE_APPLICANTS_DEPARTMENT";
    }

    public Clause clause() {
      return Clause.of("SV-2.5");
    }

    public List<Object> arguments() {
      return List.of(applicantDepartment);
    }
  }
}
