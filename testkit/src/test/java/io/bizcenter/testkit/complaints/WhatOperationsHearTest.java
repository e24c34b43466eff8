package io.bizcenter.testkit.complaints;

import static io.bizcenter.testkit.complaints.ComplaintFixture.START;
import static io.bizcenter.testkit.complaints.ComplaintFixture.TOWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.LogContext;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.Backlog;
import io.bizcenter.core.port.Listener;
import io.bizcenter.core.port.Listener.Decided;
import io.bizcenter.core.port.Listener.Outcome;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.InMemoryCenter;
import io.bizcenter.testkit.LibraryLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

/**
 * What operations watch, from the library itself: the listener hears every command's outcome (accepted, repeated,
 * rejected with its code, conflicts decided again) and every delivery or refusal; the outbox's backlog; and the MDC
 * keys naming center, procedure, case and command on every line the library writes while it works (GS-6, GS-7).
 */
@DisplayName("Operations hear of every command and notice, and every log line says which (GS-6)")
class WhatOperationsHearTest {
  private final Actor clerk = Actors.of("op-07", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, TOWER);
  private final InMemoryStorage storage = new InMemoryStorage();
  private final ContendedStorage contended = new ContendedStorage(storage);
  private final InMemoryCenter parts = new InMemoryCenter(storage, START, "C");
  private final Heard heard = new Heard();
  private final UnreliableNotifier messaging = new UnreliableNotifier();
  private final BusinessCenter center = parts.builder().storage(contended).notifier(messaging.passingTo(parts.notifier()))
      .listener(heard).build();

  @RegisterExtension
  final LibraryLog log = new LibraryLog();

  /** Records what it hears; each start answers a token that must come back with its decision. */
  private static final class Heard implements Listener {
    final List<Decided> decided = new ArrayList<>();
    final List<Object> tokens = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    private int started;

    @Override
    public Object started(Command command, Actor actor) {
      return "token-" + ++started;
    }

    @Override
    public void decided(Decided d, Object token) {
      decided.add(d);
      tokens.add(token);
    }

    @Override
    public void delivered(OutboxNotice notice) {
      notices.add("delivered " + notice.id());
    }

    @Override
    public void refused(OutboxNotice notice, RuntimeException cause, Instant retryAt) {
      notices.add("refused " + notice.id() + " until " + retryAt);
    }
  }

  @Test
  @DisplayName("GS-6 the listener hears accepted, repeated and rejected commands, with codes and conflicts, each with its own start")
  void everyCommandIsHeard() {
    RecordPhoneComplaint opening = new RecordPhoneComplaint(CommandId.of("ui-1"), TOWER, new ComplaintFixture().complainant(), "电梯故障");
    Complaint c = center.complaints().handle(opening, clerk).get();
    center.complaints().handle(opening, clerk).get();
    center.complaints().handle(new Triage(CommandId.of("ui-2"), TOWER, c.id(), null), clerk);
    contended.loseNextSaves(1);
    center.complaints().handle(new Triage(CommandId.of("ui-3"), TOWER, c.id(), Remit.OUTSIDE), clerk).get();

    String id = c.id().value();
    assertEquals(List.of(
        new Decided(TOWER, "complaints", "RECORD_PHONE_COMPLAINT", CommandId.of("ui-1"), Outcome.ACCEPTED, Optional.of(id), Optional.empty(), 0),
        new Decided(TOWER, "complaints", "RECORD_PHONE_COMPLAINT", CommandId.of("ui-1"), Outcome.REPEATED, Optional.of(id), Optional.empty(), 0),
        new Decided(TOWER, "complaints", "Triage", CommandId.of("ui-2"), Outcome.REJECTED, Optional.empty(), Optional.of("INVALID_INPUT"), 0),
        new Decided(TOWER, "complaints", "TRIAGE_OUTSIDE_REMIT", CommandId.of("ui-3"), Outcome.ACCEPTED, Optional.of(id), Optional.empty(), 1)),
        heard.decided);
    assertEquals(List.of("token-1", "token-2", "token-3", "token-4"), heard.tokens, "each decision comes with what its start answered");
  }

  @Test
  @DisplayName("GS-7 the relay tells the listener of each delivery and refusal, and the backlog counts and dates what still waits")
  void deliveriesAreHeardAndTheBacklogShows() {
    assertEquals(Backlog.EMPTY, center.notices().backlog());
    Complaint c = forwarded("ui-1");
    parts.clock().advance(Duration.ofMinutes(5));
    forwarded("ui-5");
    Backlog waiting = center.notices().backlog();
    assertEquals(2, waiting.undelivered());
    assertEquals(Duration.ofMinutes(5), waiting.oldestAge(parts.clock().instant()), "the older notice has waited five minutes");

    messaging.refuse(n -> n.caseId().equals(c.id().value()));
    center.notices().deliverPending(10);

    assertEquals(2, heard.notices.size(), heard.notices::toString);
    assertTrue(heard.notices.get(0).startsWith("refused "), heard.notices::toString);
    assertTrue(heard.notices.get(1).startsWith("delivered "), heard.notices::toString);
    assertEquals(1, center.notices().backlog().undelivered(), "the refused one still waits");
  }

  @Test
  @DisplayName("GS-6 a listener that throws changes no answer: the command stands, and the failure is logged")
  void aFailingListenerChangesNothing() {
    BusinessCenter noisy = parts.builder().storage(storage).listener(new Listener() {
      @Override
      public void decided(Decided decided, Object started) {
        throw new IllegalStateException("meter registry down");
      }
    }).build();

    Complaint c = noisy.complaints().handle(
        new RecordPhoneComplaint(CommandId.of("ui-9"), TOWER, new ComplaintFixture().complainant(), "电梯故障"), clerk).get();

    assertEquals(c, storage.complaints().find(TOWER, c.id().value()).get());
    assertTrue(log.lines().stream().anyMatch(e -> e.getLevel() == Level.WARN && e.getThrowableProxy() != null
        && e.getThrowableProxy().getMessage().equals("meter registry down")), "logged with its cause");
  }

  @Test
  @DisplayName("GS-6 every line the library writes during a command names its center, procedure, case and command; the MDC is left as found")
  void logLinesSayWhichCommand() {
    MDC.put(LogContext.CENTER, "the vendor's own");
    Complaint c = forwarded("ui-1");

    List<Map<String, String>> contexts = log.lines().stream().filter(e -> e.getLoggerName().endsWith("CasePath"))
        .map(ILoggingEvent::getMDCPropertyMap).toList();
    assertTrue(contexts.size() >= 4, "one INFO line per decision at least: " + contexts.size());
    Map<String, String> last = contexts.get(contexts.size() - 1);
    assertEquals("zz-tower", last.get(LogContext.CENTER));
    assertEquals("complaints", last.get(LogContext.PROCEDURE));
    assertEquals(c.id().value(), last.get(LogContext.CASE));
    assertEquals("ui-4", last.get(LogContext.COMMAND));
    assertEquals("the vendor's own", MDC.get(LogContext.CENTER), "put back as it was");
    assertNull(MDC.get(LogContext.COMMAND), "nothing of ours left behind");
    MDC.remove(LogContext.CENTER);
  }

  /** A phone complaint passed to Security: one notice in the outbox (CP-1.3); command ids from {@code first} on. */
  private Complaint forwarded(String first) {
    int n = Integer.parseInt(first.substring(3));
    Complaint c = center.complaints().handle(
        new RecordPhoneComplaint(CommandId.of("ui-" + n), TOWER, new ComplaintFixture().complainant(), "电梯故障"), clerk).get();
    center.complaints().handle(new Triage(CommandId.of("ui-" + (n + 1)), TOWER, c.id(), Remit.OUTSIDE), clerk).get();
    center.complaints().handle(new AssureCaller(CommandId.of("ui-" + (n + 2)), TOWER, c.id()), clerk).get();
    return center.complaints().handle(new ForwardToDepartment(CommandId.of("ui-" + (n + 3)), TOWER, c.id(), Department.SECURITY), clerk).get();
  }
}
