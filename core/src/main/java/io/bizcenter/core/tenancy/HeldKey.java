package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.RoomId;

/** A key in a tenant's hands, as the key register tells it: the key's id, the room of its lock, door or furniture. */
public record HeldKey(String keyId, RoomId room, KeyKind kind) {}
