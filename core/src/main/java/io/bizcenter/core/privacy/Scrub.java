package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.port.Redactor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One pass of pseudonymisation: the personal values it takes out (those of one person, or all of a case's), the
 * pseudonym they become, and the redactor that takes their identifiers out of free text.
 */
final class Scrub implements PersonalValues.Rewriting {
  private final Predicate<Object> taken;
  private final Set<String> identifiers;
  private final String pseudonym;
  private final Redactor redactor;

  private Scrub(Predicate<Object> taken, Set<String> identifiers, String pseudonym, Redactor redactor) {
    this.taken = taken;
    this.identifiers = Set.copyOf(identifiers);
    this.pseudonym = pseudonym;
    this.redactor = redactor;
  }

  /** Takes out one person's identifiers, wherever they are found in the value scrubbed; {@code roots} is where names are found. */
  static Scrub of(Identifiers person, List<Object> roots, String pseudonym, Redactor redactor) {
    return new Scrub(person::is, person.texts(roots), pseudonym, redactor);
  }

  /** Takes out every personal value of {@code root} (a case and its trail): anonymises it. */
  static Scrub everyoneIn(Object root, String pseudonym, Redactor redactor) {
    Set<String> identifiers = new LinkedHashSet<>();
    for (Object value : PersonalValues.in(root)) {
      String text = text(value);
      if (text != null && !text.equals(pseudonym)) {
        identifiers.add(text);
      }
    }
    return new Scrub(PersonalValues::isPersonal, identifiers, pseudonym, redactor);
  }

  /** Whether there is anything to take out of free text. */
  boolean hasIdentifiers() {
    return !identifiers.isEmpty();
  }

  <T> T apply(T value) {
    return PersonalValues.rewrite(value, this);
  }

  @Override
  public Object personal(Object value) {
    String text = text(value);
    if (text == null || text.equals(pseudonym) || !taken.test(value)) {
      return value;
    }
    if (value instanceof PersonName) {
      return PersonName.of(pseudonym);
    }
    if (value instanceof PhoneNumber) {
      return PhoneNumber.of(pseudonym);
    }
    return IdentityNumber.of(pseudonym);
  }

  @Override
  public String text(String text) {
    if (identifiers.isEmpty()) {
      return text;
    }
    String out = redactor.redact(text, identifiers, pseudonym);
    return out.equals(text) ? text : out;
  }

  private static String text(Object value) {
    if (value instanceof PersonName n) {
      return n.value();
    }
    if (value instanceof PhoneNumber p) {
      return p.value();
    }
    if (value instanceof IdentityNumber i) {
      return i.value();
    }
    return null;
  }
}
