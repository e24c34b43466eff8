package io.bizcenter.core.procedure;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Seat;
import java.util.List;

/** The seats from which a step may be taken; rules bind roles and departments, never people (GS-5). */
public record Who(List<Seat> seats) {
  public Who {
    seats = List.copyOf(seats);
  }

  public static Who anyOf(Seat... seats) {
    return new Who(List.of(seats));
  }

  public boolean admits(Actor actor) {
    // asked on every command and for every agenda item shown: an indexed loop, no stream and no iterator
    for (int i = 0; i < seats.size(); i++) {
      if (seats.get(i).admits(actor)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return seats.toString();
  }
}
