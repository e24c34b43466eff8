package io.bizcenter.core.services;

import static io.bizcenter.core.services.EquipmentKind.*;
import static io.bizcenter.core.services.FeeUnit.*;
import static io.bizcenter.core.services.Skill.*;
import static io.bizcenter.core.services.StandardService.*;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services a center offers (SV-3.1), each with its fee schedule, part of the center's {@link ServicePolicy}.
 * The default is the source's seventeen; a vendor adds its own ({@link #with}) or retires one ({@link #retire}),
 * each change a new catalogue under a new policy version.
 *
 * <p>The source gives no prices. The default prices below are placeholders for a property to set, chosen only to
 * be plausible for a Chinese office tower: a deposit of 50 % on services worth a day or more, 30 % otherwise.
 */
public record ServiceCatalogue(Map<ServiceCode, ServiceItem> items) {
  public ServiceCatalogue {
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /** The source's seventeen services, in its order, with placeholder prices (see the class comment). */
  public static ServiceCatalogue standard() {
    Map<ServiceCode, ServiceItem> all = new LinkedHashMap<>();
    add(all, TRANSLATION, FeeSchedule.of(PAGE, "150.00", "0.50"), Set.of(FOREIGN_LANGUAGE), Set.of());
    add(all, StandardService.SECRETARIAL, FeeSchedule.of(HOUR, "80.00", "0.30"), Set.of(Skill.SECRETARIAL, TYPING), Set.of());
    add(all, OFFICE_AUTOMATION, FeeSchedule.of(HOUR, "60.00", "0.30"), Set.of(EQUIPMENT_OPERATION), Set.of(COMPUTER, WORD_PROCESSOR));
    add(all, EQUIPPED_OFFICE, FeeSchedule.of(DAY, "800.00", "0.50"), Set.of(Skill.SECRETARIAL), Set.of());
    add(all, TEMPORARY_OFFICE, FeeSchedule.of(DAY, "500.00", "0.50"), Set.of(), Set.of());
    add(all, TELECOM, FeeSchedule.of(ITEM, "10.00", "0.30"), Set.of(EQUIPMENT_OPERATION), Set.of(FAX, EquipmentKind.PHONE, TELEX));
    add(all, MEETING_ARRANGEMENT, FeeSchedule.of(ITEM, "300.00", "0.50"), Set.of(Skill.SECRETARIAL), Set.of());
    add(all, BUSINESS_CONSULTING, FeeSchedule.of(HOUR, "200.00", "0.30"), Set.of(BUSINESS_INFORMATION), Set.of());
    add(all, HOLDING_AND_FORWARDING, FeeSchedule.of(ITEM, "5.00", "0.30"), Set.of(), Set.of());
    add(all, POSTAL, FeeSchedule.of(ITEM, "20.00", "0.30"), Set.of(), Set.of());
    add(all, EQUIPMENT_RENTAL, FeeSchedule.of(DAY, "200.00", "0.50"), Set.of(EQUIPMENT_CARE),
        Set.of(COMPUTER, TV, VIDEO, CAMERA, PROJECTOR_AND_SCREEN, EquipmentKind.PHONE));
    add(all, SUBSCRIPTION, FeeSchedule.of(MONTH, "100.00", "0.30"), Set.of(), Set.of());
    add(all, TELECOM_INSTALLATION, FeeSchedule.of(ITEM, "150.00", "0.50"), Set.of(EQUIPMENT_OPERATION), Set.of());
    add(all, PRINTING, FeeSchedule.of(PAGE, "1.50", "0.30"), Set.of(TYPING, EQUIPMENT_OPERATION), Set.of(PRINTER, WORD_PROCESSOR));
    add(all, BULK_MAILING, FeeSchedule.of(ITEM, "1.00", "0.30"), Set.of(TYPING), Set.of(PRINTER));
    add(all, PRESS_CLIPPING, FeeSchedule.of(MONTH, "300.00", "0.30"), Set.of(BUSINESS_INFORMATION), Set.of());
    add(all, SECRETARIAL_TRAINING, FeeSchedule.of(HOUR, "150.00", "0.50"), Set.of(Skill.SECRETARIAL), Set.of());
    return new ServiceCatalogue(all);
  }

  private static void add(Map<ServiceCode, ServiceItem> all, StandardService s, FeeSchedule fee, Set<Skill> skills, Set<EquipmentKind> devices) {
    all.put(ServiceCode.of(s), ServiceItem.standard(s, fee, skills, devices));
  }

  /** A catalogue with {@code item} added, or replacing the item of the same code (a new price, say). */
  public ServiceCatalogue with(ServiceItem item) {
    Map<ServiceCode, ServiceItem> all = new LinkedHashMap<>(items);
    all.put(item.code(), item);
    return new ServiceCatalogue(all);
  }

  /** A catalogue in which {@code code} takes no new orders; an unknown code is a programming error. */
  public ServiceCatalogue retire(ServiceCode code) {
    ServiceItem item = items.get(code);
    if (item == null) {
      throw new IllegalArgumentException("no service " + code + " to retire");
    }
    return with(item.retire());
  }

  public Optional<ServiceItem> find(ServiceCode code) {
    return Optional.ofNullable(code == null ? null : items.get(code));
  }

  /** The services that take new orders, in catalogue order. */
  public Collection<ServiceItem> offered() {
    return items.values().stream().filter(i -> !i.retired()).toList();
  }
}
