package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.procedure.CaseDesk;
import io.bizcenter.core.procedure.CasePath;
import io.bizcenter.core.procedure.DeskPorts;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Key control for a vendor's code: {@link #handle} takes any key command (the step it triggers is declared once, in
 * {@link KeyProcedure}) and answers the key after the step or the typed rejection that says why not; the other methods
 * are the questions a desk screen asks of the register. Every command takes the same path ({@link CasePath}); every
 * question is asked within one center, by an actor who works for it.
 */
public final class KeyDesk extends CaseDesk<KeyState, KeyAction, Key, KeyCommand, KeyId> {
  private final Keys keys;

  public KeyDesk(Keys keys, Tenancies tenancies, DeskPorts ports, Function<CenterId, KeyPolicy> policies) {
    super(new KeyRules(keys, tenancies, policies), keys, ports);
    this.keys = keys;
  }

  /** The keys a tenant holds or has borrowed now: at move-out, what it still has to bring back (KY-2.4). */
  public Either<Rejection, List<Key>> heldByTenant(Actor actor, CenterId center, TenantId tenant) {
    return readable(actor, center, "tenant", tenant, () -> keys.heldBy(center, Holder.tenant(tenant)));
  }

  /** The keys a member of staff holds or has borrowed now, in whatever role. */
  public Either<Rejection, List<Key>> heldByStaff(Actor actor, CenterId center, StaffId staff) {
    return readable(actor, center, "staff", staff, () -> keys.heldBy(center, Holder.staff(staff, null, null, null)));
  }

  /** KY-2.3: the slot of a room in the desk key box: the room's door and furniture keys that are in the box now. */
  public Either<Rejection, List<Key>> keyBox(Actor actor, CenterId center, RoomId room) {
    return readable(actor, center, "room", room, () -> keys.ofRoom(center, room).stream().filter(k -> k.state() == KeyState.IN_BOX).toList());
  }

  /**
   * KY-2.4, KY-3.1, MO-3.3: what this tenant still holds, for another procedure: move-out (issue 5) asks it through
   * {@code BusinessCenter} before it completes, its own command having checked its actor. Every key listed must come
   * back into the box or be recorded lost (which charges its compensation) before the tenant holds nothing.
   */
  public List<Key> stillHeldBy(CenterId center, TenantId tenant) {
    return center == null || tenant == null ? List.of() : keys.heldBy(center, Holder.tenant(tenant));
  }

  /**
   * A question of the register, for an actor of the center: missing parts are named (GS-1), and another center's actor
   * is told it does not work there, learning nothing of the register.
   */
  private static <T> Either<Rejection, List<T>> asked(Actor actor, CenterId center, String field, Object subject, Supplier<List<T>> answer) {
    List<FieldError> missing = new ArrayList<>();
    if (actor == null) {
      missing.add(FieldError.of("actor", FieldError.Problem.MISSING));
    }
    if (center == null) {
      missing.add(FieldError.of("center", FieldError.Problem.MISSING));
    }
    if (subject == null) {
      missing.add(FieldError.of(field, FieldError.Problem.MISSING));
    }
    if (!missing.isEmpty()) {
      return Either.left(new Rejection.InvalidInput(missing));
    }
    if (!actor.worksFor(center)) {
      return Either.left(new Rejection.NotInYourCenter(center));
    }
    return Either.right(answer.get());
  }

  /** {@link #asked}, each key listed only if this actor's seat may read it (GS-5). */
  private Either<Rejection, List<Key>> readable(Actor actor, CenterId center, String field, Object subject, Supplier<List<Key>> answer) {
    return asked(actor, center, field, subject, answer).map(keys -> path().readable(actor, keys));
  }
}
