package io.bizcenter.examples.webdesk;

import io.bizcenter.json.Labels;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seats a person may pick on the desk: every department and role the served procedures name for a step, a seat
 * named by its department alone taken by its staff. One person per seat, named after it ({@code operations.staff}):
 * a real desk takes the person from its sign-in and HR data, as docs/security.md says.
 */
final class Seats {
  private final CenterId tower;
  private final Set<Seat> seats;

  private Seats(CenterId tower, Set<Seat> seats) {
    this.tower = tower;
    this.seats = seats;
  }

  static Seats of(List<? extends ProcedureDefinition<?, ?, ?, ?>> definitions, CenterId tower) {
    Set<Seat> seats = new TreeSet<>(Comparator.comparing((Seat s) -> s.department().get()).thenComparing(s -> s.role().get()));
    definitions.forEach(definition -> definition.transitions().forEach(t -> t.who().seats().forEach(seat -> {
      if (seat.department().isPresent()) {
        seats.add(Seat.of(seat.department().get(), seat.role().orElse(Role.STAFF)));
      }
    })));
    return new Seats(tower, seats);
  }

  /** The person in the seat the page names as {@code DEPARTMENT:ROLE}; a seat not on the list is bad input. */
  Either<Rejection, Actor> actor(String seat) {
    if (seat == null) {
      return Either.left(DeskServer.invalid("seat", Problem.MISSING));
    }
    return seats.stream().filter(s -> key(s).equals(seat)).findFirst()
        .<Either<Rejection, Actor>>map(s -> Either.right(Actor.of(staff(s), s.role().get(), s.department().get(), tower)))
        .orElseGet(() -> Either.left(DeskServer.invalid("seat", Problem.NOT_ALLOWED)));
  }

  ArrayNode json(WireFormat wire, Locale locale) {
    ArrayNode out = wire.array();
    for (Seat seat : seats) {
      out.addObject()
          .put("seat", key(seat))
          .put("staff", staff(seat))
          .put("label", Labels.of(seat.department().get(), locale) + " · " + Labels.of(seat.role().get(), locale));
    }
    return out;
  }

  private static String key(Seat seat) {
    return seat.department().get().name() + ":" + seat.role().get().name();
  }

  private static String staff(Seat seat) {
    return (seat.department().get().name() + "." + seat.role().get().name()).toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
