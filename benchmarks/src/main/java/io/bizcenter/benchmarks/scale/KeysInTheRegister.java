package io.bizcenter.benchmarks.scale;

import io.bizcenter.benchmarks.Stores;
import io.bizcenter.benchmarks.procedures.KeyRounds;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyDesk;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordedTenancies;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * A key register with a given number of keys beside {@link KeyRounds}' own: offices of their own (not the rounds'), each
 * with its door's backup in the desk box and a copy cut for its tenant, in the tenant's hands (two keys an office,
 * through the key desk). In memory every key is a command; on a database the first office's keys are commands and the
 * other offices' are copies of their rows ({@link CopiedRows}).
 */
public final class KeysInTheRegister {
  public static final int KEYS_PER_OFFICE = 2;
  private static final Actor CONTROLLER = Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, KeyRounds.TOWER);

  private KeysInTheRegister() {}

  /** Registers {@code offices} offices' keys in a new store. */
  public static void fill(Stores stores, String kind, int offices) {
    Marks ids = new Marks();
    RecordedTenancies tenancies = new RecordedTenancies();
    KeyDesk desk = BusinessCenter.builder()
        .storage(stores.storage())
        .notifier(notice -> { })
        .ids(ids)
        .clock(new ManualClock(Instant.parse("2026-03-02T01:00:00Z")))
        .tenancies(tenancies)
        .build()
        .keys();
    boolean memory = kind.equals(Stores.MEMORY);
    for (int office = 0; office < (memory ? offices : Math.min(1, offices)); office++) {
      ids.copy(office);
      RoomId room = RoomId.of(ids.mark());
      TenantId tenant = TenantId.of("T-" + ids.mark());
      tenancies.rents(KeyRounds.TOWER, tenant, room).keysHandedOver(KeyRounds.TOWER, tenant);
      accepted(desk.handle(new KeyCommand.RegisterBackup(ids.command(), KeyRounds.TOWER, Lock.officeDoor(room)), CONTROLLER));
      accepted(desk.handle(new KeyCommand.CutKey(ids.command(), KeyRounds.TOWER, Lock.officeDoor(room), Holder.tenant(tenant)), CONTROLLER));
    }
    if (!memory) {
      CopiedRows.copy(stores.dataSource(), kind.equals("POSTGRESQL"), offices);
    }
  }

  private static Key accepted(Either<Rejection, Key> answer) {
    return answer.getOrElseThrow(r -> new IllegalStateException("refused: " + r.code() + " [" + r.clause() + "]"));
  }
}
