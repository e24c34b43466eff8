package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.RoomId;

/**
 * KY-2.4, MO-3.3: a key the client did not bring back at move-out, recorded lost in the key register, with the
 * compensation the register charged; the move-out lists it on the client's statement and charges nothing itself.
 */
public record KeyCompensation(String keyId, RoomId room, KeyKind kind, Money amount) {}
