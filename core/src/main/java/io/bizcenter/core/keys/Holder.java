package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Labelled;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who holds a key: a tenant by its id, or a member of staff by staff id with the role and department they hold it in
 * (KY-1.1 and KY-4.1 bind keys to roles, so the role at hand-out is part of the record) and who employs them (KY-1.1:
 * the business center's own staff only). Ids, not names: nothing here is personal data.
 *
 * <p>The employer is always named with a staff holder: an {@link Actor} says nothing about it (the vendor's HR data
 * does), so there is no default that would let a contractor pass as the center's own (a command without one is
 * refused as invalid input).
 */
public record Holder(HolderKind kind, String id, Role role, Department department, Employer employer) implements Labelled {
  public static Holder tenant(TenantId tenant) {
    return new Holder(HolderKind.TENANT, tenant.value(), null, null, null);
  }

  public static Holder staff(StaffId staff, Role role, Department department, Employer employer) {
    return new Holder(HolderKind.STAFF, staff.value(), role, department, employer);
  }

  /** The actor as a key holder, in the role and department they act in, employed by {@code employer}. */
  public static Holder staff(Actor actor, Employer employer) {
    return staff(actor.staff(), actor.role(), actor.department(), employer);
  }

  public Optional<TenantId> tenant() {
    return kind == HolderKind.TENANT ? Optional.of(TenantId.of(id)) : Optional.empty();
  }

  public Optional<StaffId> staff() {
    return kind == HolderKind.STAFF ? Optional.of(StaffId.of(id)) : Optional.empty();
  }

  /** Whether this is a member of staff in {@code role} of {@code department}. */
  public boolean isStaffAs(Department department, Role... roles) {
    return kind == HolderKind.STAFF && this.department == department
        && (roles.length == 0 || Arrays.asList(roles).contains(role));
  }

  /** Whether this is the business center's own member of staff (KY-1.1), not a contractor's. */
  public boolean isCenterStaff() {
    return kind == HolderKind.STAFF && employer == Employer.CENTER_STAFF;
  }

  /** Who the holder is in a clerk's words: 租户 T-7, 保安部员工 se-1 (tenant T-7, staff member se-1 of Security). */
  @Override
  public String label(Locale locale) {
    return kind == HolderKind.STAFF && department != null
        ? Messages.text(Holder.class, locale, "holder.STAFF", List.of(id, department))
        : Messages.text(Holder.class, locale, "holder." + kind, List.of(id));
  }

  /** Who the holder is, whatever role they hold it in: {@code TENANT:T-7}, {@code STAFF:bc-02}; stores index it. */
  public String reference() {
    return kind + ":" + id;
  }
}
