package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static io.bizcenter.testkit.contract.Samples.CENTER_B;
import static io.bizcenter.testkit.contract.Samples.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.Receipts;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code Receipts}: the first answer to each accepted command id, per center, read back equal
 * (the answer is the case the command left, which a replay hands out again).
 */
public abstract class ReceiptsContract extends PortContract {
  private Receipts receipts() {
    return storage.receipts();
  }

  @Test
  @DisplayName("find of an unknown command id is empty")
  void findOfAnUnknownCommandIsEmpty() {
    assertEquals(Option.none(), receipts().find(CENTER_A, CommandId.of("cmd-1")));
  }

  @Test
  @DisplayName("a recorded receipt is found again, equal, answer and sender included")
  void aRecordedReceiptIsFound() {
    Receipt r = receipt(CENTER_A, "cmd-1", "c-1");

    committed(() -> receipts().record(r));

    assertEquals(Option.of(r), receipts().find(CENTER_A, CommandId.of("cmd-1")));
  }

  @Test
  @DisplayName("receipts are found by command id: each command finds its own")
  void eachCommandFindsItsOwn() {
    Receipt first = receipt(CENTER_A, "cmd-1", "c-1");
    Receipt second = receipt(CENTER_A, "cmd-2", "c-2");

    committed(() -> {
      receipts().record(first);
      receipts().record(second);
    });

    assertEquals(Option.of(first), receipts().find(CENTER_A, CommandId.of("cmd-1")));
    assertEquals(Option.of(second), receipts().find(CENTER_A, CommandId.of("cmd-2")));
  }

  @Test
  @DisplayName("receipts are per center: the same command id in another center is not found")
  void receiptsArePerCenter() {
    committed(() -> receipts().record(receipt(CENTER_A, "cmd-1", "c-1")));

    assertEquals(Option.none(), receipts().find(CENTER_B, CommandId.of("cmd-1")));
  }

  @Test
  @DisplayName("the same command id may be recorded in two centers, and each center finds its own receipt")
  void theSameCommandIdInTwoCenters() {
    Receipt a = receipt(CENTER_A, "cmd-1", "c-1");
    Receipt b = receipt(CENTER_B, "cmd-1", "c-7");

    committed(() -> receipts().record(a));
    committed(() -> receipts().record(b));

    assertEquals(Option.of(a), receipts().find(CENTER_A, CommandId.of("cmd-1")));
    assertEquals(Option.of(b), receipts().find(CENTER_B, CommandId.of("cmd-1")));
  }
}
