package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.PersonName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's identifiers as a request finds them: those it was given, and the names that sit in the same record as the
 * person's identity or phone number in the cases that hold them (a complainant's name beside the phone, a signatory's
 * beside the identity number). A request by phone number thus reaches the name too, without a list of where names are.
 */
final class Identifiers {
  private final Person person;
  private final Set<String> names;

  private Identifiers(Person person, Set<String> names) {
    this.person = person;
    this.names = Set.copyOf(names);
  }

  /** The person's identifiers, with the names found beside their numbers in {@code roots}. */
  static Identifiers of(Person person, List<Object> roots) {
    Set<String> names = new LinkedHashSet<>();
    person.name().ifPresent(n -> names.add(normal(n.value())));
    for (Object root : roots) {
      for (Record record : PersonalValues.ofType(root, Record.class)) {
        List<Object> parts = PersonalValues.parts(record);
        if (parts.stream().anyMatch(person::isByNumber)) {
          parts.stream().filter(PersonName.class::isInstance).map(n -> normal(((PersonName) n).value())).filter(n -> !n.isEmpty())
              .forEach(names::add);
        }
      }
    }
    return new Identifiers(person, names);
  }

  /** Whether {@code value} is one of the person's names, phone or identity numbers. */
  boolean is(Object value) {
    return person.is(value) || value instanceof PersonName n && names.contains(normal(n.value()));
  }

  /** Every identifier as text, for free text: the numbers as given, the names as found. */
  Set<String> texts(List<Object> roots) {
    Set<String> texts = new LinkedHashSet<>();
    person.identity().ifPresent(i -> texts.add(i.value()));
    person.phone().ifPresent(p -> texts.add(p.value()));
    for (Object root : roots) {
      for (Object value : PersonalValues.in(root)) {
        if (value instanceof PersonName n && is(n) && n.value() != null && !n.value().isBlank()) {
          texts.add(n.value());
        }
      }
    }
    person.name().ifPresent(n -> texts.add(n.value()));
    return texts;
  }

  private static String normal(String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }
}
