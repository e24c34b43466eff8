package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A command id sent again answers only its first sender, in the seat it sent from (GS-2, GS-5): anyone else who sends
 * the same id, whether by accident or having seen it go past, is refused as {@code COMMAND_ID_REUSED}, learns nothing of
 * the first command's case (a complainant's name and phone) and writes nothing. Run through the desks on the store under
 * test, since the store is where the sender is kept between the two sends.
 */
public abstract class ResendContract extends PortContract {
  private static final Actor FIRST = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, CENTER_A);
  private static final Actor COLLEAGUE = Actor.of("op-08", Role.STAFF, Department.OPERATIONS, CENTER_A);
  /** The same member of staff, signed in to another seat: a receipt binds the seat too. */
  private static final Actor FIRST_AS_MANAGER = Actor.of("op-07", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, CENTER_A);
  private static final RecordPhoneComplaint CALL = new RecordPhoneComplaint(CommandId.of("ui-4711"), CENTER_A,
      Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "办公室空调不制冷");

  private BusinessCenter center() {
    return BusinessCenter.builder()
        .storage(storage)
        .notifier(new RecordingNotifier())
        .ids(new SequentialIds("resend"))
        .clock(new ManualClock(Instant.parse("2026-03-02T01:00:00Z")))
        .build();
  }

  @Test
  @DisplayName("GS-2 a command id sent again by another member of staff, or by its sender from another seat, is refused and writes nothing; its sender still gets the first answer")
  void onlyTheFirstSenderGetsTheFirstAnswer() {
    BusinessCenter center = center();
    Complaint first = center.complaints().handle(CALL, FIRST).get();
    List<?> trail = storage.eventLog().trail(CENTER_A, ComplaintProcedure.DEFINITION.name(), first.id().value());
    Option<Receipt> receipt = storage.receipts().find(CENTER_A, CALL.commandId());
    List<?> notices = storage.eventLog().pendingNotices(100);

    for (Actor other : List.of(COLLEAGUE, FIRST_AS_MANAGER)) {
      Either<Rejection, Complaint> resent = center.complaints().handle(CALL, other);

      assertEquals(Either.left(new Rejection.CommandIdReused(CALL.commandId())), resent, other.toString());
      assertEquals(trail, storage.eventLog().trail(CENTER_A, ComplaintProcedure.DEFINITION.name(), first.id().value()), "nothing written");
      assertEquals(receipt, storage.receipts().find(CENTER_A, CALL.commandId()), "the receipt is the first sender's still");
      assertEquals(notices, storage.eventLog().pendingNotices(100), "no notice written");
    }
    assertEquals(Either.right(first), center.complaints().handle(CALL, FIRST), "the sender's own resend");
  }

  @Test
  @DisplayName("GS-2 the receipt keeps its command's sender: staff id, role and department")
  void theReceiptKeepsItsSender() {
    Complaint first = center().complaints().handle(CALL, FIRST).get();

    assertEquals(Option.of(Receipt.Sender.of(FIRST)), storage.receipts().find(CENTER_A, CALL.commandId()).map(Receipt::sender));
    assertEquals(first.id().value(), storage.receipts().find(CENTER_A, CALL.commandId()).get().caseId());
  }
}
