package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.NoticeRelay;
import io.bizcenter.core.Procedures;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.core.procedure.Transition;
import io.bizcenter.testkit.EveryCommand;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Names, phone numbers and identity numbers are personal data: no command record of any procedure shows them in clear
 * in its {@code toString} (every record found by walking the sealed families, filled with distinctive values), nor does
 * any case of any procedure, audit entry, event or notice of a full day ({@link EveryProcedure}) on H2; and the
 * library's log, captured at DEBUG through the whole day, its rejections, a repeated command and refused deliveries,
 * holds none of them in clear.
 */
@DisplayName("Personal data stays masked in toString and in the log, in every procedure")
class PersonalDataInEveryProcedureTest {
  private static final String NAME = "慕容雪村";
  private static final String PHONE = "13522446688";
  private static final String ID_NUMBER = "44030519790101876X";

  private static void assertNothingPersonal(String text, List<String> personal) {
    for (String secret : personal) {
      assertFalse(text.contains(secret), () -> "'" + secret + "' in clear in: " + text);
      String digits = secret.replaceAll("\\D", "");
      if (digits.length() >= 8) {
        assertFalse(text.replaceAll("\\D", "").contains(digits), () -> "the digits of '" + secret + "' in clear in: " + text);
      }
    }
  }

  @Test
  @DisplayName("GS-1: the toString of every command record of every procedure masks names, phone numbers and identity numbers")
  void everyCommandRecord() {
    BusinessCenter center = EveryProcedure.center(new InMemoryStorage(), new ManualClock(Instant.EPOCH),
        () -> "x", notice -> { });
    Set<Class<?>> actions = center.procedures().stream().flatMap(d -> d.transitions().stream())
        .map(t -> (Class<?>) ((Transition<?, ?, ?, ?>) t).action().getDeclaringClass()).collect(Collectors.toSet());
    Set<Class<?>> families = EveryCommand.FAMILIES.stream().map(f -> actionOf(f)).collect(Collectors.toSet());
    assertEquals(actions, families, "a command family for every declared procedure");

    List<Class<? extends Command>> records = EveryCommand.records();
    int carrying = 0;
    for (Class<? extends Command> type : records) {
      AtomicBoolean personal = new AtomicBoolean();
      Command command = EveryCommand.build(type, (owner, name, leaf) -> distinctive(owner, name, leaf, personal));
      String text = command.toString();
      assertNothingPersonal(text, List.of(NAME, PHONE, ID_NUMBER));
      assertTrue(text.startsWith(type.getSimpleName()), text);
      if (personal.get()) {
        carrying++;
      }
    }
    System.out.printf("[personal data] %d command records of %d families, %d of them carrying a name, phone or identity number: all masked%n",
        records.size(), EveryCommand.FAMILIES.size(), carrying);
    assertTrue(records.size() >= 100, "the sealed families walked down to every command: " + records.size());
    assertTrue(carrying >= 10, "some commands carry personal data");
  }

  /** The actions of the procedure whose commands are {@code family}, as its descriptor names them (a command names none). */
  private static Class<?> actionOf(Class<? extends Command> family) {
    return Procedures.ALL.stream().filter(p -> p.commands() == family).findFirst()
        .orElseThrow(() -> new AssertionError(family + " is the commands of no procedure")).actions();
  }

  /** Distinctive personal data wherever a record holds some; plain values elsewhere. */
  private static Object distinctive(Class<?> owner, String name, Class<?> type, AtomicBoolean personal) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (type == PersonName.class) {
      personal.set(true);
      return PersonName.of(NAME);
    }
    if (type == PhoneNumber.class) {
      personal.set(true);
      return PhoneNumber.of(PHONE);
    }
    if (type == IdentityNumber.class) {
      personal.set(true);
      return IdentityNumber.of(ID_NUMBER);
    }
    if (type == String.class) {
      // a personal datum typed as plain text would leak: give it the distinctive value, so that the test sees it
      if (lower.contains("phone") || lower.contains("mobile") || lower.contains("identity") || lower.contains("passport")
          || lower.equals("contactname") || lower.equals("personname")) {
        personal.set(true);
        return owner.getSimpleName().contains("Phone") ? PHONE : NAME;
      }
      return owner == PersonName.class ? NAME : owner == PhoneNumber.class ? PHONE : owner == IdentityNumber.class ? ID_NUMBER : "text-" + name;
    }
    if (type.isRecord()) {
      // ids and other single-text values
      try {
        Class<?> inner = type.getRecordComponents()[0].getType();
        Object value = inner == BigDecimal.class ? BigDecimal.TEN : "v-" + name;
        var constructor = type.getDeclaredConstructor(inner);
        constructor.setAccessible(true);
        return constructor.newInstance(value);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type == Instant.class) {
      return Instant.parse("2026-03-02T01:00:00Z");
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2026, 3, 2);
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == Duration.class) {
      return Duration.ofHours(1);
    }
    return null;
  }

  @Test
  @DisplayName("GS-1, GS-6: a full day of every procedure on H2: no case, audit entry, event, notice or log line shows personal data in clear")
  void aFullDayOnH2() {
    Logger library = (Logger) LoggerFactory.getLogger("io.bizcenter");
    Logger relayLog = (Logger) LoggerFactory.getLogger(NoticeRelay.class);
    Level libraryBefore = library.getLevel();
    Level relayBefore = relayLog.getLevel();
    boolean additive = library.isAdditive();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    library.addAppender(captured);
    // captured here only, not printed: the build's console stays quiet
    library.setAdditive(false);
    library.setLevel(Level.DEBUG);
    relayLog.setLevel(Level.DEBUG);
    JdbcStorage storage = Databases.freshH2();
    try {
      CommandScopedIds ids = new CommandScopedIds();
      ManualClock clock = new ManualClock(EveryProcedure.START);
      AtomicBoolean refusing = new AtomicBoolean(true);
      BusinessCenter center = EveryProcedure.center(ids.around(storage), clock, ids, notice -> {
        if (refusing.get()) {
          throw new IllegalStateException("mail server down while sending " + notice);
        }
      });
      List<Command> sent = new ArrayList<>();
      List<Actor> senders = new ArrayList<>();
      EveryProcedure.play(center, clock, new EveryProcedure.Sender() {
        @Override
        public <M extends Command, T> T send(M command, Actor actor, EveryProcedure.Desk<M, T> desk) {
          ids.sending(command.commandId().value());
          sent.add(command);
          senders.add(actor);
          return AuthorisationFromDeclarationsTest.accepted(desk.handle(command, actor), command);
        }
      });
      // refused deliveries (their warnings carry the notifier's exception), then delivered
      NoticeRelay.Delivery refused = center.notices().deliverPending(1000);
      assertFalse(refused.refused().isEmpty(), "the notifier refused the notices");
      refusing.set(false);
      clock.advance(Duration.ofHours(2));
      assertEquals(refused.refused().size(), center.notices().deliverPending(1000).delivered());
      // rejections of commands that carry personal data: bad input, a seat not admitted, a command id reused; a repeat
      Complainant caller = Complainant.of(EveryProcedure.COMPLAINANT, "", EveryProcedure.COMPLAINANT_PHONE);
      ids.sending("bad-1");
      center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(CommandId.of("bad-1"), CENTER, caller, "内容\u0000"),
          EveryProcedure.OPERATIONS);
      ids.sending("bad-2");
      Either<Rejection, ?> notAdmitted = center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(CommandId.of("bad-2"), CENTER,
          Complainant.of(EveryProcedure.COMPLAINANT, "ACME", EveryProcedure.COMPLAINANT_PHONE), "空调"), Actor.of("x", Role.CLEANER,
          Department.SECURITY, CENTER));
      assertTrue(notAdmitted.isLeft());
      ids.sending(sent.get(0).commandId().value());
      center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(sent.get(0).commandId(), CENTER,
          Complainant.of(EveryProcedure.COMPLAINANT, "ACME", EveryProcedure.COMPLAINANT_PHONE), "空调"), EveryProcedure.OPERATIONS);
      Command last = sent.get(sent.size() - 1);
      ids.sending(last.commandId().value());
      center.complaints().handle((ComplaintCommand) last, senders.get(senders.size() - 1));

      // every case of every procedure, its trail, events and notices
      StoreContents contents = StoreContents.cases(storage, CENTER);
      for (var entry : contents.cases().entrySet()) {
        assertFalse(entry.getValue().isEmpty(), "the day has a case of " + entry.getKey());
        for (Case<?, ?> c : entry.getValue()) {
          assertNothingPersonal(c.toString(), EveryProcedure.PERSONAL);
        }
      }
      int entries = 0;
      for (List<AuditEntry> trail : contents.trails().values()) {
        for (AuditEntry e : trail) {
          entries++;
          assertNothingPersonal(e.toString(), EveryProcedure.PERSONAL);
          e.events().forEach(event -> assertNothingPersonal(event.toString(), EveryProcedure.PERSONAL));
          for (OutboxNotice n : e.notices()) {
            assertNothingPersonal(n + n.message(Messages.ZH_CN) + n.message(Messages.EN), EveryProcedure.PERSONAL);
          }
        }
      }
      List<ILoggingEvent> lines = captured.list;
      assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.INFO), "accepted steps are logged");
      assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.DEBUG), "rejections are logged at DEBUG");
      assertTrue(lines.stream().anyMatch(e -> e.getLevel() == Level.WARN && e.getThrowableProxy() != null), "refused notices are logged");
      for (ILoggingEvent line : lines) {
        assertNothingPersonal(rendered(line), EveryProcedure.PERSONAL);
      }
      System.out.printf("[personal data] a full day on H2: %d cases of %d procedures, %d audit entries, %d log lines at DEBUG: "
          + "no name, phone or identity number in clear%n", contents.caseCount(), contents.cases().size(), entries, lines.size());
    } finally {
      library.detachAppender(captured);
      captured.stop();
      library.setAdditive(additive);
      library.setLevel(libraryBefore);
      relayLog.setLevel(relayBefore);
    }
  }

  /** Everything an appender could write of one event: message, arguments, MDC, throwable chain. */
  private static String rendered(ILoggingEvent event) {
    List<String> parts = new ArrayList<>();
    parts.add(event.getFormattedMessage());
    parts.add(event.getMessage());
    if (event.getArgumentArray() != null) {
      Arrays.stream(event.getArgumentArray()).map(String::valueOf).forEach(parts::add);
    }
    parts.add(String.valueOf(event.getMDCPropertyMap()));
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      parts.add(t.getClassName() + ": " + t.getMessage());
    }
    return String.join("\n", parts);
  }
}
