package io.bizcenter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Rejection.InvalidInput;
import io.bizcenter.core.services.InternalUseCommand.SignFeeSettlement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Money from outside says its amount as a decimal string and its currency, as docs/front-ends.md and the schemas say:
 * a JSON number (a double to any JavaScript on the way) or a missing currency is refused at the part's path. Only the
 * storage mapper still reads money as stored before this module.
 */
class MoneyInputTest {
  private static final String SETTLEMENT = """
      {"commandId":"c-1","center":"harbour-tower","useId":"u-1","number":"F-1","amount":%s}""";

  @Test
  @DisplayName("an amount as a string with its currency reads; as a JSON number, or without currency, it is refused naming amount.amount or amount.currency")
  void inputSaysBothPartsAsToday() {
    assertEquals(Money.yuan("120.00"), read("{\"amount\":\"120.00\",\"currency\":\"CNY\"}").get().amount());
    assertEquals(List.of(FieldError.of("amount.amount", Problem.MALFORMED)), read("{\"amount\":120.00,\"currency\":\"CNY\"}").getLeft().errors());
    assertEquals(List.of(FieldError.of("amount.amount", Problem.MALFORMED)), read("{\"amount\":120,\"currency\":\"CNY\"}").getLeft().errors());
    assertEquals(List.of(FieldError.of("amount.currency", Problem.MISSING)), read("{\"amount\":\"120.00\"}").getLeft().errors());
    assertEquals(List.of(FieldError.of("amount.currency", Problem.MALFORMED)),
        read("{\"amount\":\"120.00\",\"currency\":\"USD\"}").getLeft().errors());
    assertEquals(List.of(FieldError.of("amount.amount", Problem.MISSING)), read("{\"currency\":\"CNY\"}").getLeft().errors());
  }

  @Test
  @DisplayName("a front end's copy of the mapper refuses a number too; the storage mapper reads money as stored before this module")
  void storageStillReadsTheOldForm() throws Exception {
    ObjectMapper input = BizCenterJson.mapper();
    assertNull(read(input, "{\"amount\":120.00,\"currency\":\"CNY\"}"), "a number refused");
    ObjectMapper storage = BizCenterJson.storageMapper();
    assertEquals(Money.yuan("120.00"), storage.readValue(SETTLEMENT.formatted("{\"amount\":120.00}"), SignFeeSettlement.class).amount());
    assertEquals(Money.yuan("120.00"),
        storage.readValue(SETTLEMENT.formatted("{\"amount\":\"120.00\",\"currency\":\"CNY\"}"), SignFeeSettlement.class).amount());
  }

  private static io.vavr.control.Either<InvalidInput, SignFeeSettlement> read(String money) {
    return BizCenterJson.read(SETTLEMENT.formatted(money), SignFeeSettlement.class);
  }

  private static SignFeeSettlement read(ObjectMapper mapper, String money) {
    try {
      return mapper.readValue(SETTLEMENT.formatted(money), SignFeeSettlement.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException refused) {
      return null;
    }
  }
}
