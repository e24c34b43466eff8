package io.bizcenter.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.port.Receipt;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The check that a refused command wrote nothing at all: every procedure's fixture sends its refused commands through
 * here, so that a refusal is held to the same standard whatever the procedure.
 */
public final class NothingWritten {
  private NothingWritten() {}

  /**
   * Sends {@code command} through {@code send} and answers its rejection, having checked that what {@code snapshot}
   * reads is unchanged and that the command's own receipt is too: none for a new command id, and for a reused one
   * the first command's receipt, untouched.
   */
  public static Rejection rejection(Object command, Supplier<? extends Either<Rejection, ?>> send, Supplier<?> snapshot, Storage storage) {
    Object before = snapshot.get();
    Optional<Receipt> receipt = receiptOf(command, storage);
    Either<Rejection, ?> answer = send.get();
    assertTrue(answer.isLeft(), () -> "expected " + command + " to be rejected, it was accepted");
    assertEquals(before, snapshot.get(), "a rejected command writes nothing");
    assertEquals(receipt, receiptOf(command, storage), "a rejection leaves no receipt");
    return answer.getLeft();
  }

  private static Optional<Receipt> receiptOf(Object command, Storage storage) {
    // bad input may leave out the center or the command id: no receipt can be filed without both
    if (!(command instanceof Command c) || c.center() == null || c.center().value() == null || c.commandId() == null
        || c.commandId().value() == null) {
      return Optional.empty();
    }
    return storage.receipts().find(c.center(), c.commandId()).toJavaOptional();
  }
}
