package io.bizcenter.testkit;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.RoomId;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.keys.FurnitureKind;
import io.bizcenter.core.keys.Employer;
import io.bizcenter.core.keys.Holder;
import io.bizcenter.core.keys.HolderKind;
import io.bizcenter.core.keys.KeyAction;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyOrigin;
import io.bizcenter.core.keys.KeyCommand;
import io.bizcenter.core.keys.KeyCommand.CutKey;
import io.bizcenter.core.keys.KeyCommand.HandOver;
import io.bizcenter.core.keys.KeyCommand.Issue;
import io.bizcenter.core.keys.KeyCommand.Lend;
import io.bizcenter.core.keys.KeyCommand.RecordClientCopy;
import io.bizcenter.core.keys.KeyCommand.RecordUse;
import io.bizcenter.core.keys.KeyCommand.RegisterBackup;
import io.bizcenter.core.keys.KeyCommand.ReportLost;
import io.bizcenter.core.keys.KeyCommand.Retire;
import io.bizcenter.core.keys.KeyCommand.ReturnKey;
import io.bizcenter.core.keys.KeyCommand.WriteOff;
import io.bizcenter.core.keys.KeyId;
import io.bizcenter.core.keys.Lock;
import io.bizcenter.core.keys.MasterKeyPurpose;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of key commands: plain functions of a {@link RandomGenerator}. {@link #wellFormed} makes commands whose
 * fields pass their checks (the procedure's rules still decide), over the rooms and holders a test names;
 * {@link #arbitrary} makes anything a front end could send, nulls and hostile text included.
 */
public final class KeyCommands {
  /** The workstations, public doors and furniture pieces the generated locks name. */
  public static final List<String> WORKSTATIONS = List.of("WS-1", "WS-2", "WS-3");
  public static final List<String> PUBLIC_DOORS = List.of("East gate", "北门");
  public static final List<String> PIECES = List.of("A", "B");

  private KeyCommands() {}

  /** A lock of {@code category}; a door or furniture lock in one of {@code rooms}. */
  public static Lock lockOf(RandomGenerator random, KeyCategory category, List<RoomId> rooms) {
    RoomId room = rooms.get(random.nextInt(rooms.size()));
    return switch (category) {
      case MASTER -> Lock.master();
      case OFFICE_DOOR -> Lock.officeDoor(room);
      case CLIENT_FURNITURE -> Lock.furniture(room, Actors.pick(random, FurnitureKind.values()), PIECES.get(random.nextInt(PIECES.size())));
      case WORKSTATION -> Lock.workstation(WORKSTATIONS.get(random.nextInt(WORKSTATIONS.size())));
      case PUBLIC_DOOR -> Lock.publicDoor(PUBLIC_DOORS.get(random.nextInt(PUBLIC_DOORS.size())));
    };
  }

  /**
   * A command with well-formed fields: one that brings a key into the register, or a step on one of {@code known} (now
   * and then on an id nobody issued), given to one of {@code holders}. Whether it is allowed is for the procedure to say.
   */
  public static KeyCommand wellFormed(RandomGenerator random, CenterId center, List<KeyId> known, List<RoomId> rooms,
      List<Holder> holders) {
    KeyAction[] actions = KeyAction.values();
    KeyAction action = known.isEmpty() || random.nextInt(3) == 0
        ? actions[random.nextInt(KeyAction.ISSUE.ordinal())]
        // the steps on a key run from ISSUE to WRITE_OFF; the import (GS-6) is a batch's, not drawn here
        : actions[KeyAction.ISSUE.ordinal() + random.nextInt(KeyAction.WRITE_OFF.ordinal() + 1 - KeyAction.ISSUE.ordinal())];
    KeyId on = known.isEmpty() || random.nextInt(30) == 0 ? KeyId.of("unknown-" + random.nextInt(100)) : known.get(random.nextInt(known.size()));
    return wellFormedFor(random, center, on, action, rooms, holders);
  }

  /**
   * A well-formed command asking for {@code action}: on key {@code on} for a step, or for a new key of the action's
   * category in one of {@code rooms}; a recipient is one of {@code holders}. Lets a test walk a key's life by choosing
   * among the actions the declaration offers.
   */
  public static KeyCommand wellFormedFor(RandomGenerator random, CenterId center, KeyId on, KeyAction action, List<RoomId> rooms,
      List<Holder> holders) {
    CommandId id = commandId(random);
    Holder to = holders.get(random.nextInt(holders.size()));
    return switch (action) {
      case REGISTER_DOOR_BACKUP -> new RegisterBackup(id, center, lockOf(random, KeyCategory.OFFICE_DOOR, rooms));
      case REGISTER_FURNITURE_BACKUP -> new RegisterBackup(id, center, lockOf(random, KeyCategory.CLIENT_FURNITURE, rooms));
      case CUT_MASTER_KEY -> new CutKey(id, center, Lock.master(), to);
      case CUT_DOOR_KEY -> new CutKey(id, center, lockOf(random, KeyCategory.OFFICE_DOOR, rooms), to);
      case CUT_FURNITURE_KEY -> new CutKey(id, center, lockOf(random, KeyCategory.CLIENT_FURNITURE, rooms), to);
      case ISSUE_WORKSTATION_KEY -> new CutKey(id, center, lockOf(random, KeyCategory.WORKSTATION, rooms), to);
      case ISSUE_PUBLIC_DOOR_KEY -> new CutKey(id, center, lockOf(random, KeyCategory.PUBLIC_DOOR, rooms), to);
      case RECORD_CLIENT_COPY -> new RecordClientCopy(id, center, lockOf(random, KeyCategory.OFFICE_DOOR, rooms),
          to.kind() == HolderKind.TENANT ? to.tenant().get() : TenantId.of(to.id()), Texts.plain(random, 100));
      case ISSUE -> new Issue(id, center, on, to);
      case LEND -> new Lend(id, center, on, to);
      case RETURN -> new ReturnKey(id, center, on);
      case HAND_OVER -> new HandOver(id, center, on, to);
      case RECORD_USE -> new RecordUse(id, center, on, Actors.pick(random, MasterKeyPurpose.values()), rooms.get(random.nextInt(rooms.size())));
      case REPORT_LOST -> new ReportLost(id, center, on, random.nextBoolean() ? null : Texts.plain(random, 100));
      case RETIRE -> new Retire(id, center, on, Texts.plain(random, 100));
      case WRITE_OFF -> new WriteOff(id, center, on, Texts.plain(random, 100));
      case IMPORT_BACKUP -> new KeyCommand.ImportBackup(id, center, lockOf(random, KeyCategory.OFFICE_DOOR, rooms), imported(random));
      case IMPORT_HELD -> new KeyCommand.ImportHeldKey(id, center, lockOf(random, to.kind() == HolderKind.TENANT ? KeyCategory.OFFICE_DOOR
          : KeyCategory.MASTER, rooms), KeyOrigin.CUT, to, imported(random));
      case IMPORT_LOST -> new KeyCommand.ImportLostKey(id, center, Lock.master(), to, imported(random));
    };
  }

  private static ImportSource imported(RandomGenerator random) {
    return new ImportSource("batch-" + random.nextInt(5), "keys", 1 + random.nextInt(100), "generated");
  }

  /** Anything at all: null fields, hostile or oversized text, locks with the wrong fields, unknown ids, any center. */
  public static KeyCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<KeyId> known) {
    CommandId id = random.nextInt(20) == 0 ? null : new CommandId(random.nextInt(20) == 0 ? Texts.any(random, 120) : "cmd-" + random.nextLong());
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    KeyId on = random.nextInt(10) == 0 || known.isEmpty()
        ? (random.nextInt(3) == 0 ? null : KeyId.of(Texts.any(random, 80)))
        : known.get(random.nextInt(known.size()));
    return switch (random.nextInt(11)) {
      case 0 -> new RegisterBackup(id, center, arbitraryLock(random));
      case 1 -> new CutKey(id, center, arbitraryLock(random), arbitraryHolder(random));
      case 2 -> new RecordClientCopy(id, center, arbitraryLock(random), random.nextInt(5) == 0 ? null : TenantId.of(Texts.any(random, 70)),
          Texts.any(random, 600));
      case 3 -> new Issue(id, center, on, arbitraryHolder(random));
      case 4 -> new Lend(id, center, on, arbitraryHolder(random));
      case 5 -> new ReturnKey(id, center, on);
      case 6 -> new HandOver(id, center, on, arbitraryHolder(random));
      case 7 -> new RecordUse(id, center, on, random.nextInt(5) == 0 ? null : Actors.pick(random, MasterKeyPurpose.values()),
          random.nextInt(5) == 0 ? null : RoomId.of(Texts.any(random, 40)));
      case 8 -> new ReportLost(id, center, on, Texts.any(random, 600));
      case 9 -> new Retire(id, center, on, Texts.any(random, 600));
      default -> new WriteOff(id, center, on, Texts.any(random, 600));
    };
  }

  private static Lock arbitraryLock(RandomGenerator random) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    return new Lock(random.nextInt(10) == 0 ? null : Actors.pick(random, KeyCategory.values()),
        random.nextBoolean() ? null : RoomId.of(Texts.any(random, 40)),
        random.nextBoolean() ? null : Actors.pick(random, FurnitureKind.values()),
        random.nextBoolean() ? null : Texts.any(random, 70));
  }

  private static Holder arbitraryHolder(RandomGenerator random) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    return new Holder(random.nextInt(10) == 0 ? null : Actors.pick(random, HolderKind.values()), Texts.any(random, 70),
        random.nextBoolean() ? null : Actors.pick(random, Role.values()),
        random.nextBoolean() ? null : Actors.pick(random, Department.values()),
        random.nextBoolean() ? null : Actors.pick(random, Employer.values()));
  }

  private static CommandId commandId(RandomGenerator random) {
    return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
  }
}
