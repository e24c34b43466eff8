package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Labelled;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.RoomId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a key opens (KY-0.1). A category uses only some of the fields, the others are null: a master key opens every
 * room and names nothing; an office door key names its room; a furniture key its room, the kind of furniture and the
 * piece; a workstation key the workstation; a public-door key the door. Keys of the same lock are copies of one key.
 */
public record Lock(KeyCategory category, RoomId room, FurnitureKind furniture, String name) implements Labelled {
  public static Lock master() {
    return new Lock(KeyCategory.MASTER, null, null, null);
  }

  public static Lock officeDoor(RoomId room) {
    return new Lock(KeyCategory.OFFICE_DOOR, room, null, null);
  }

  /** A piece of a client's furniture, such as the filing cabinet "A" of room 1203. */
  public static Lock furniture(RoomId room, FurnitureKind kind, String piece) {
    return new Lock(KeyCategory.CLIENT_FURNITURE, room, kind, piece);
  }

  public static Lock workstation(String workstation) {
    return new Lock(KeyCategory.WORKSTATION, null, null, workstation);
  }

  public static Lock publicDoor(String door) {
    return new Lock(KeyCategory.PUBLIC_DOOR, null, null, door);
  }

  /** The room whose box slot the key is filed under (KY-2.3), for door and furniture keys. */
  public Optional<RoomId> inRoom() {
    return Optional.ofNullable(room);
  }

  /** Door and furniture keys belong to a client's room: only that room's tenant may hold them (KY-2.1, KY-3.1). */
  public boolean opensAClientsRoom() {
    return category == KeyCategory.OFFICE_DOOR || category == KeyCategory.CLIENT_FURNITURE;
  }

  /** The lock in a clerk's words: {@code 1203}, {@code 1203 桌子 A} ({@code 1203 desk A}), {@code WS-3}; a master key by its category. */
  @Override
  public String label(Locale locale) {
    String named = Stream.of(room == null ? null : room.value(), furniture == null ? null : Messages.label(furniture, locale), name)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
    return named.isEmpty() ? Messages.label(category, locale) : named;
  }

  /** The lock as stores and exclusive sections name it: {@code 1203}, {@code 1203 DESK A}, {@code WS-3}. */
  public String reference() {
    String named = Stream.of(room == null ? null : room.value(), furniture == null ? null : furniture.name(), name)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
    return named.isEmpty() ? category.name() : named;
  }
}
