package io.bizcenter.benchmarks.procedures;

import io.bizcenter.benchmarks.complaints.CommandIds;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyDesk;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import io.bizcenter.testkit.RecordedTenancies;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Clock;

/**
 * The key-control workload (KY): a tower of rented offices (as many as asked), each with its door's backup in the desk box
 * (KY-2.3) and its tenant past the key handover, and one master key held by a cleaner. One round, in the next room in
 * turn: the desk lends the room's backup to its tenant, the cleaner logs a master-key use in that room (KY-1.2), the
 * tenant brings the backup back. Three commands, each through the key desk and its guards.
 */
public final class KeyRounds {
  public static final int COMMANDS_PER_ROUND = 3;
  public static final CenterId TOWER = CenterId.of("bench-tower");
  private static final Actor CONTROLLER = Actor.of("bc-mgr", Role.DEPARTMENT_MANAGER, Department.BUSINESS_CENTER, TOWER);
  private static final Actor DESK = Actor.of("bc-01", Role.BUSINESS_CENTER_STAFF, Department.BUSINESS_CENTER, TOWER);
  private static final Actor CLEANER = Actor.of("bc-cl", Role.CLEANER, Department.BUSINESS_CENTER, TOWER);

  private final KeyDesk keys;
  private final int rooms;
  private final KeyId[] backups;
  private final KeyId master;
  private final CommandIds ids = new CommandIds("key-");
  private int round;

  /**
   * The register set up on {@code storage}, through the desk: the backups of {@code rooms} offices registered and a master
   * key cut. Statement counts, which do not depend on the number, need only a few.
   */
  public KeyRounds(Storage storage, int rooms) {
    this.rooms = rooms;
    this.backups = new KeyId[rooms];
    RecordedTenancies tenancies = new RecordedTenancies();
    for (int r = 0; r < rooms; r++) {
      tenancies.rents(TOWER, tenant(r), room(r)).keysHandedOver(TOWER, tenant(r));
    }
    this.keys = BusinessCenter.builder()
        .storage(storage)
        .notifier(notice -> { })
        .ids(new SequentialIds("K"))
        .clock(Clock.systemUTC())
        .tenancies(tenancies)
        .build()
        .keys();
    for (int r = 0; r < rooms; r++) {
      backups[r] = accepted(keys.handle(new KeyCommand.RegisterBackup(ids.next(), TOWER, Lock.officeDoor(room(r))), CONTROLLER)).id();
    }
    this.master = accepted(keys.handle(new KeyCommand.CutKey(ids.next(), TOWER, Lock.master(), Holder.staff(CLEANER, Employer.CENTER_STAFF)), CONTROLLER)).id();
  }

  /** Lend, use, return in the next room; answers the commands taken. */
  public int round() {
    int r = round++ % rooms;
    accepted(keys.handle(new KeyCommand.Lend(ids.next(), TOWER, backups[r], Holder.tenant(tenant(r))), DESK));
    accepted(keys.handle(new KeyCommand.RecordUse(ids.next(), TOWER, master, MasterKeyPurpose.CLEANING, room(r)), CLEANER));
    Key back = accepted(keys.handle(new KeyCommand.ReturnKey(ids.next(), TOWER, backups[r]), DESK));
    if (back.state() != KeyState.IN_BOX) {
      throw new IllegalStateException("room " + r + "'s backup ended " + back.state() + ", not IN_BOX");
    }
    return COMMANDS_PER_ROUND;
  }

  private static RoomId room(int r) {
    return RoomId.of(String.valueOf(1000 + r));
  }

  private static TenantId tenant(int r) {
    return TenantId.of("T-" + r);
  }

  private static Key accepted(Either<Rejection, Key> answer) {
    return answer.getOrElseThrow(r -> new IllegalStateException("refused: " + r.code() + " [" + r.clause() + "]"));
  }
}
