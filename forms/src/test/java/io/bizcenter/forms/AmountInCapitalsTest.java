package io.bizcenter.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An amount reads in capitals as a bill or voucher writes it (大写金额)")
class AmountInCapitalsTest {
  // written by hand from the rules in AmountInCapitals' Javadoc; the PBOC's own examples are marked, with our choice
  // where the rule allows two forms
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "0.00, 零元整",
      "0.01, 壹分",
      "0.05, 伍分",
      "0.10, 壹角整",
      "0.50, 伍角整",
      "0.55, 伍角伍分",
      "1.00, 壹元整",
      "1.01, 壹元零壹分",
      "1.10, 壹元壹角整",
      "10.00, 壹拾元整",
      "10.50, 壹拾元伍角整",
      "11.00, 壹拾壹元整",
      "20.00, 贰拾元整",
      "100.00, 壹佰元整",
      "101.00, 壹佰零壹元整",
      "110.00, 壹佰壹拾元整",
      "120.00, 壹佰贰拾元整",
      "325.04, 叁佰贰拾伍元零肆分",                  // PBOC example
      "1409.50, 壹仟肆佰零玖元伍角整",               // PBOC example, 整 after 角 being ours
      "6007.14, 陆仟零柒元壹角肆分",                 // PBOC example
      "1680.32, 壹仟陆佰捌拾元叁角贰分",             // PBOC example, the form without 零
      "1000.05, 壹仟元零伍分",
      "10000.00, 壹万元整",
      "10005.00, 壹万零伍元整",
      "12345.67, 壹万贰仟叁佰肆拾伍元陆角柒分",
      "50000.60, 伍万元陆角整",
      "100700.00, 壹拾万零柒佰元整",
      "107000.53, 壹拾万柒仟元伍角叁分",             // PBOC example, the form without 零
      "1000000.00, 壹佰万元整",
      "1001000.00, 壹佰万壹仟元整",
      "10000000.00, 壹仟万元整",
      "100000000.00, 壹亿元整",
      "100000001.00, 壹亿零壹元整",
      "100010000.00, 壹亿零壹万元整",
      "1000005000.00, 壹拾亿零伍仟元整",
      "200000000000.00, 贰仟亿元整",
      "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
      "-0.05, 负伍分",
      "-120.00, 负壹佰贰拾元整",
      "-999999999999.99, 负玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
  })
  void readsInCapitals(String amount, String capitals) {
    assertEquals(Optional.of(capitals), AmountInCapitals.of(Money.yuan(amount)));
  }

  @Test
  @DisplayName("the largest amount Money accepts is the one in the table")
  void theLargestAmountIsInTheTable() {
    assertEquals(new BigDecimal("999999999999.99"), Money.LARGEST);
  }

  @ParameterizedTest(name = "{0} has no capitals")
  @ValueSource(strings = {"0.005", "1000000000000.00", "-1000000000000", "1E+30", "-1E-20"})
  @DisplayName("an amount Money holds but no form may print (beyond the fen or LARGEST) has none, without failing")
  void inexactAmountsHaveNone(String amount) {
    assertEquals(Optional.empty(), AmountInCapitals.of(Money.yuan(amount)));
  }
}
