package io.bizcenter.forms;

import io.bizcenter.core.kernel.Money;
import java.util.Optional;

/**
 * An amount in Chinese capital numerals (大写金额), as a fee receipt or payment notice writes it beside the figures:
 * 壹佰贰拾元整, 壹万零伍元整, 叁佰贰拾伍元零肆分. Presentation of the kernel's {@link Money}, so it lives with the forms and
 * the kernel stays free of it.
 *
 * <p>The rules are those of the People's Bank of China for filling in bills and vouchers (正确填写票据和结算凭证的基本规定),
 * where they leave a choice taking one and keeping to it:
 * <ul>
 *   <li>digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 within a group of four, groups 万 and 亿; a leading ten is 壹拾;</li>
 *   <li>one 零 for each run of zeros between two written digits of the yuan, read group by group as the amount is spoken
 *       (10,005 → 壹万零伍; 100,700 → 壹拾万零柒佰; but 107,000 → 壹拾万柒仟, the zero at the end of the 万 group
 *       unspoken, which the rule allows);</li>
 *   <li>整 after 元 when there are no jiao and no fen, and after 角 when there are no fen (伍角整: the rule makes it
 *       optional after 角, we always write it so nothing can be added after); never after 分;</li>
 *   <li>零 after 元 when the jiao are zero and the fen are not (叁佰贰拾伍元零肆分); none when the yuan's last digit is
 *       zero and the jiao are not (壹仟陆佰捌拾元叁角贰分, the other form the rule allows);</li>
 *   <li>less than one yuan: the jiao and fen only (伍角整, 伍分); zero: 零元整; below zero: 负 in front.</li>
 * </ul>
 * The currency's name (人民币) is the form's label, not part of the words.
 */
public final class AmountInCapitals {
  private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
  private static final String[] PLACES = {"", "拾", "佰", "仟"};
  private static final String[] GROUPS = {"", "万", "亿"};

  private AmountInCapitals() {}

  /**
   * The amount in capitals, or empty where it is not an exact amount (more than two decimals, or beyond
   * {@link Money#LARGEST}): {@code Field#amount} refuses those as input, so a form built from a case never has one.
   */
  public static Optional<String> of(Money money) {
    if (!money.isExact()) {
      return Optional.empty();
    }
    long fen = money.amount().abs().movePointRight(2).longValueExact();
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    StringBuilder words = new StringBuilder();
    if (money.isNegative() && fen != 0) {
      words.append('负');
    }
    if (fen == 0) {
      return Optional.of(words.append("零元整").toString());
    }
    if (yuan > 0) {
      words.append(yuan(yuan)).append('元');
    }
    if (jiao > 0) {
      words.append(DIGITS[jiao]).append('角');
    } else if (yuan > 0 && cents > 0) {
      words.append('零');
    }
    if (cents > 0) {
      words.append(DIGITS[cents]).append('分');
    } else {
      words.append('整');
    }
    return Optional.of(words.toString());
  }

  /** The yuan, at most twelve digits: three groups of four, each read as 仟佰拾个 with its group's name. */
  private static String yuan(long yuan) {
    StringBuilder words = new StringBuilder();
    String digits = Long.toString(yuan);
    boolean zeroPending = false;
    for (int i = 0; i < digits.length(); i++) {
      int position = digits.length() - 1 - i;
      int digit = digits.charAt(i) - '0';
      if (digit == 0) {
        // a zero is spoken only before the next written digit, and only inside what has been written so far
        zeroPending = words.length() > 0;
      } else {
        if (zeroPending) {
          words.append('零');
        }
        words.append(DIGITS[digit]).append(PLACES[position % 4]);
        zeroPending = false;
      }
      if (position % 4 == 0 && position > 0 && groupHasDigits(digits, position)) {
        words.append(GROUPS[position / 4]);
        // a group's trailing zeros are not spoken: 壹拾万柒仟, not 壹拾万零柒仟
        zeroPending = false;
      }
    }
    return words.toString();
  }

  private static boolean groupHasDigits(String digits, int lowestPosition) {
    int end = digits.length() - lowestPosition;
    int start = Math.max(0, end - 4);
    return digits.substring(start, end).chars().anyMatch(c -> c != '0');
  }
}
