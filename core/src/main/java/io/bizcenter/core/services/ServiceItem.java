package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One service of the catalogue (SV-3.1): its code, its name (a standard service's comes from the messages in both
 * languages, a vendor's own is the name the vendor gives), its fee schedule, the skills whoever serves it needs
 * (SV-2.1), the kinds of device it is done on (empty: none is booked), and whether it was retired (no new orders;
 * orders already taken go on under their own charges).
 */
public record ServiceItem(
    ServiceCode code, Optional<StandardService> standard, String name, FeeSchedule fee, Set<Skill> skills, Set<EquipmentKind> devices,
    boolean retired) {
  public ServiceItem {
    if (code == null || standard == null || name == null || fee == null || skills == null || devices == null) {
      throw new IllegalArgumentException("a service item needs a code, a name, a fee schedule, skills and devices (may be empty)");
    }
    skills = Set.copyOf(skills);
    devices = Set.copyOf(devices);
  }

  /** One of the source's seventeen services. */
  public static ServiceItem standard(StandardService service, FeeSchedule fee, Set<Skill> skills, Set<EquipmentKind> devices) {
    return new ServiceItem(ServiceCode.of(service), Optional.of(service), service.name(), fee, skills, devices, false);
  }

  /** A service of the vendor's own, added to the catalogue. */
  public static ServiceItem own(String code, String name, FeeSchedule fee, Set<Skill> skills, Set<EquipmentKind> devices) {
    return new ServiceItem(ServiceCode.of(code), Optional.empty(), name, fee, skills, devices, false);
  }

  public String name(Locale locale) {
    return standard.map(s -> Messages.label(s, locale)).orElse(name);
  }

  public boolean needsDevice() {
    return !devices.isEmpty();
  }

  public ServiceItem withFee(FeeSchedule newFee) {
    return new ServiceItem(code, standard, name, newFee, skills, devices, retired);
  }

  ServiceItem retire() {
    return new ServiceItem(code, standard, name, fee, skills, devices, true);
  }
}
