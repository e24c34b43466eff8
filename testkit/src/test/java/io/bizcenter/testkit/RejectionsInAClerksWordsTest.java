package io.bizcenter.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Procedure;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.ProcedureName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.SamePerson;
import io.bizcenter.core.procedure.ProcedureDefinition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A rejection is read by a clerk: its message in zh-CN and en names states, actions, departments, key holders, locks and
 * the items of a list in that language's words, never by an internal name (an enum constant such as {@code
 * FILING_CABINET}, a holder's {@code STAFF:se-1}, a list printed as {@code [FINANCE, CLIENT]}). Every rejection record of
 * the kernel and of every procedure is built with every enum component at each of its constants in turn, and each
 * message is searched for such words.
 */
@DisplayName("GS-1: every rejection's message speaks a clerk's words, in zh-CN and en")
class RejectionsInAClerksWordsTest {
  /** An internal name: an enum constant (two capitals or more, or words joined by '_'), a holder reference, a printed list. */
  private static final Pattern INTERNAL = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{3,}\\b|\\b(?:TENANT|STAFF):|\\[[^\\]]*,[^\\]]*\\]");
  /** The kernel's rejections, every procedure's family (from the descriptors, each once) and the separation of duties'. */
  private static final List<Class<?>> FAMILIES = Stream.of(Stream.of(Rejection.class), Procedures.ALL.stream().map(Procedure::rejections),
      Stream.of(SamePerson.class)).<Class<?>>flatMap(f -> f).distinct().toList();

  @Test
  @DisplayName("GS-1: no message of any rejection record, with any constant of its enums, shows an internal name")
  void noInternalNames() {
    List<Class<?>> records = new ArrayList<>();
    FAMILIES.forEach(family -> collect(family, records));
    assertTrue(records.size() >= 90, "every rejection record was found: " + records.size());

    List<String> found = new ArrayList<>();
    int messages = 0;
    for (Class<?> type : records) {
      for (int variant = 0; variant < variants(type); variant++) {
        Rejection rejection = (Rejection) EveryCommand.build(type, new Sample(variant));
        for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
          // an InvalidInput's own lines name the fields by their path, which a front end maps (they are checked elsewhere)
          String message = rejection.message(locale).lines().findFirst().orElse("");
          messages++;
          Matcher internal = INTERNAL.matcher(message);
          // CNY is the currency's own code, which an English reader knows
          if (internal.find() && !(internal.group().equals("CNY") && locale.equals(Messages.EN))) {
            found.add(rejection.code() + " (" + locale + "): '" + internal.group() + "' in " + message);
          }
        }
      }
    }
    System.out.printf("[clerk's words] %d rejection records, %d messages: %d with an internal name%n", records.size(), messages, found.size());
    assertEquals(List.of(), found);
  }

  @Test
  @DisplayName("GS-1: every declared procedure has a name in both languages, so a message never shows its internal name")
  void everyProcedureHasALabel() {
    BusinessCenter center = BusinessCenter.builder().storage(new InMemoryStorage()).notifier(notice -> { }).ids(new SequentialIds("p"))
        .clock(new ManualClock(Instant.parse("2026-03-10T01:00:00Z"))).build();
    for (ProcedureDefinition<?, ?, ?, ?> procedure : center.procedures()) {
      for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
        String label = new ProcedureName(procedure.name()).label(locale);
        assertTrue(!label.isBlank() && !label.equals(procedure.name()), procedure.name() + " in " + locale + ": " + label);
      }
    }
  }

  @Test
  @DisplayName("GS-1: the check finds an enum constant, a holder reference and a printed list")
  void theCheckFindsInternalNames() {
    for (String internal : List.of("尚未交付：FINANCE。", "STAFF:se-1 不能持有。", "尚未交付：[财务联, 客户联]。", "1203 FILING_CABINET A 的钥匙")) {
      assertTrue(INTERNAL.matcher(internal).find(), internal);
    }
    for (String clean : List.of("尚未交付：财务联、客户联。", "商务中心员工 se-1 不能持有。", "1203 文件柜 A 的客户家具钥匙", "Room 1203, desk A")) {
      assertTrue(!INTERNAL.matcher(clean).find(), clean);
    }
  }

  private static void collect(Class<?> family, List<Class<?>> records) {
    if (family.isRecord()) {
      records.add(family);
    } else if (family.isSealed()) {
      Arrays.stream(family.getPermittedSubclasses()).filter(sub -> sub != Rejection.RuleBroken.class).forEach(sub -> collect(sub, records));
    }
  }

  /** As many variants as the record's largest enum component has constants, so each constant is shown once. */
  private static int variants(Class<?> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getType()).filter(Class::isEnum)
        .mapToInt(e -> e.getEnumConstants().length).max().orElse(1);
  }

  /** Plausible values: the {@code variant}-th constant of each enum (wrapping round), ids and texts as a clerk types them. */
  private record Sample(int variant) implements EveryCommand.Values {
    @Override
    public Object leaf(Class<?> owner, String name, Class<?> type) {
      if (type.isEnum()) {
        Object[] constants = type.getEnumConstants();
        return constants[variant % constants.length];
      }
      if (type == Enum.class) {
        return ComplaintState.values()[variant % ComplaintState.values().length];
      }
      if (type == String.class || type == Object.class) {
        return "x-1";
      }
      if (type == int.class || type == Integer.class) {
        return 2;
      }
      if (type == long.class || type == Long.class) {
        return 2L;
      }
      if (type == boolean.class) {
        return false;
      }
      if (type == Clause.class) {
        return Clause.of("GS-1");
      }
      if (type == Money.class) {
        return Money.yuan("12.50");
      }
      if (type == BigDecimal.class) {
        return new BigDecimal("12.50");
      }
      if (type == Instant.class) {
        return Instant.parse("2026-03-10T01:00:00Z");
      }
      if (type == LocalDate.class) {
        return LocalDate.of(2026, 3, 10);
      }
      if (type == LocalDateTime.class) {
        return LocalDateTime.of(2026, 3, 10, 9, 0);
      }
      if (type == LocalTime.class) {
        return LocalTime.of(9, 0);
      }
      if (type == Duration.class) {
        return Duration.ofHours(2);
      }
      if (type.isRecord()) {
        // ids and the kernel's personal data: one text
        try {
          var constructor = type.getDeclaredConstructor(type.getRecordComponents()[0].getType());
          constructor.setAccessible(true);
          return constructor.newInstance(type.getRecordComponents()[0].getType() == BigDecimal.class ? BigDecimal.TEN : "x-1");
        } catch (ReflectiveOperationException e) {
          throw new AssertionError("cannot build " + type, e);
        }
      }
      throw new AssertionError("no sample for " + owner.getSimpleName() + "." + name + " of " + type);
    }
  }
}
