package io.bizcenter.forms.tenancy;

import io.bizcenter.core.kernel.RoomId;
import java.util.List;

/** A tenant's units as one line of a form, in the notice's order ("1203, 1204"), as tenancy's own notices write them. */
final class Units {
  private Units() {}

  static String of(List<RoomId> units) {
    return String.join(", ", units.stream().map(RoomId::value).toList());
  }
}
