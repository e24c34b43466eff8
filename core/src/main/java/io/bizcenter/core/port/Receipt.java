package io.bizcenter.core.port;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/**
 * The first answer to a command, kept so that the same command id sent again gets it back unchanged. Only
 * accepted commands leave a receipt: a rejection writes nothing, so a rejected command may simply be sent again.
 * The receipt remembers who sent the command, so that only that sender, in that seat, gets the answer back.
 *
 * <p>Past the idempotency window a receipt is pruned: its answer (a copy of the case, personal data and all) is dropped
 * and the rest stays as a tombstone ({@code answer} null), so that the command id sent again is refused as expired and
 * never decided a second time.
 *
 * @param at when the command was decided (the audit entry's time); null only for a receipt kept before schema 9 with no
 *     audit entry, which the first pruning then prunes
 */
public record Receipt(CenterId center, CommandId commandId, String procedure, String caseId, String action, Object answer, Sender sender,
    Instant at) {
  /**
   * Who sent the command: a member of staff in one role of one department. A receipt written before senders were kept
   * and not found in the audit trail has none (null), and then answers nobody.
   */
  public record Sender(StaffId staff, Role role, Department department) {
    public static Sender of(Actor actor) {
      return new Sender(actor.staff(), actor.role(), actor.department());
    }

    public boolean is(Actor actor) {
      return staff.equals(actor.staff()) && role == actor.role() && department == actor.department();
    }
  }

  /** Whether the answer was dropped at the end of the idempotency window: a tombstone. */
  public boolean pruned() {
    return answer == null;
  }

  /** This receipt with another answer: the same case with its personal data erased, or null to prune it. */
  public Receipt withAnswer(Object answer) {
    return new Receipt(center, commandId, procedure, caseId, action, answer, sender, at);
  }

  /** Whether {@code actor} sent this command, in the same seat. */
  public boolean sentBy(Actor actor) {
    return sender != null && sender.is(actor);
  }
}
