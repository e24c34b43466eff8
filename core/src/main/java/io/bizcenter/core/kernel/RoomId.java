package io.bizcenter.core.kernel;

/** A room of the building by its number (an office unit, a meeting room, a public door's room). */
public record RoomId(String value) {
  public static RoomId of(String value) {
    return new RoomId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
