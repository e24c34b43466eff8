package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.TenantId;
import java.util.Locale;
import java.util.Optional;

/**
 * One person whose data a request is about (PIPL: access, erasure), by the identifiers the procedures hold: an
 * identity number, a phone number, or a name within a tenant. A name alone identifies nobody (two 张伟 work in one
 * tower), so a name counts only in a case that names the tenant too; a request with no identifier, or a name without its
 * tenant, is refused as invalid input. {@code toString} masks every part.
 *
 * <pre>{@code
 * Person p = Person.withPhone("13800138000").andName("王小明", TenantId.of("T-7"));
 * }</pre>
 */
public record Person(Optional<IdentityNumber> identity, Optional<PhoneNumber> phone, Optional<PersonName> name, Optional<TenantId> tenant) {
  public static Person withIdentity(String number) {
    return new Person(Optional.of(IdentityNumber.of(number)), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Person withPhone(String number) {
    return new Person(Optional.empty(), Optional.of(PhoneNumber.of(number)), Optional.empty(), Optional.empty());
  }

  public static Person named(String name, TenantId tenant) {
    return new Person(Optional.empty(), Optional.empty(), Optional.of(PersonName.of(name)), Optional.of(tenant));
  }

  public Person andIdentity(String number) {
    return new Person(Optional.of(IdentityNumber.of(number)), phone, name, tenant);
  }

  public Person andPhone(String number) {
    return new Person(identity, Optional.of(PhoneNumber.of(number)), name, tenant);
  }

  public Person andName(String name, TenantId tenant) {
    return new Person(identity, phone, Optional.of(PersonName.of(name)), Optional.of(tenant));
  }

  /** Whether {@code value} (a name, phone or identity number met in a case) is one of this person's identifiers. */
  boolean is(Object value) {
    if (value instanceof IdentityNumber id) {
      return identity.map(mine -> normal(mine.value()).equals(normal(id.value()))).orElse(false);
    }
    if (value instanceof PhoneNumber number) {
      return phone.map(mine -> digits(mine.value()).equals(digits(number.value())) && !digits(mine.value()).isEmpty()).orElse(false);
    }
    if (value instanceof PersonName other) {
      return name.map(mine -> normal(mine.value()).equals(normal(other.value()))).orElse(false);
    }
    return false;
  }

  /** Whether an identifier that names the person without a tenant (identity or phone number) is {@code value}. */
  boolean isByNumber(Object value) {
    return !(value instanceof PersonName) && is(value);
  }

  static String digits(String value) {
    return value == null ? "" : value.replaceAll("\\D", "");
  }

  private static String normal(String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }
}
