package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintPolicy;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.DomainEvent;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory desk's baseline: the bookkeeping the library's {@code CasePath} does on {@code InMemoryStorage}, written
 * by hand with plain maps and lists under one lock. Per command: field checks, the actor's center, the receipt of an
 * earlier answer, load, decide ({@link PlainSteps}), save over the version read, one audit entry with its events and
 * notices, the notices into the outbox, the case's agenda replaced, the receipt recorded. It writes only once the
 * decision is taken, so a refusal has nothing to undo.
 */
public final class PlainDesk implements ComplaintHandling.OfPlainCases {
  private record CaseKey(CenterId center, String caseId) {}

  private record CommandKey(CenterId center, String commandId) {}

  private record Receipt(String caseId, ComplaintAction action, PlainComplaint answer) {}

  /** One line of the audit trail (GS-6). */
  public record Entry(long version, CommandId commandId, StaffId staff, Role role, Department department, Instant at, ComplaintAction action,
      Clause clause, PolicyVersion policy, ComplaintState from, ComplaintState to, List<DomainEvent> events, List<SentNotice> notices) {}

  /** A written notice waiting for delivery, with its stable id. */
  public record SentNotice(String id, CenterId center, String caseId, Notice notice, Instant at) {}

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<CaseKey, PlainComplaint> cases = new HashMap<>();
  private final Map<CaseKey, List<Entry>> trails = new HashMap<>();
  private final ArrayDeque<SentNotice> outbox = new ArrayDeque<>();
  private final Map<CommandKey, Receipt> receipts = new HashMap<>();
  private final Map<CaseKey, List<PlainSteps.Due>> agenda = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Clock clock;
  private final ZoneId zone;
  private final ComplaintPolicy policy = ComplaintPolicy.defaults();

  public PlainDesk(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public PlainComplaint open(ComplaintCommand.Opening command, Actor actor) {
    return handle(command, actor);
  }

  @Override
  public PlainComplaint step(PlainComplaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    return handle(command, actor);
  }

  public PlainComplaint handle(ComplaintCommand command, Actor actor) {
    List<String> problems = PlainChecks.problems(command, actor);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid: " + problems);
    }
    if (!actor.worksFor(command.center())) {
      throw new IllegalStateException("refused: not in the actor's center");
    }
    lock.lock();
    try {
      Receipt earlier = receipts.get(new CommandKey(command.center(), command.commandId().value()));
      if (earlier != null) {
        return earlier.answer();
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      PlainSteps.Taken taken;
      CaseKey key;
      long expected;
      if (command instanceof ComplaintCommand.OnComplaint on) {
        key = new CaseKey(command.center(), on.complaintId().value());
        PlainComplaint current = cases.get(key);
        if (current == null) {
          throw new IllegalStateException("refused: no complaint " + key.caseId());
        }
        expected = current.version();
        taken = PlainSteps.step(current, on, actor, now);
      } else {
        String id = "C-" + ids.incrementAndGet();
        key = new CaseKey(command.center(), id);
        expected = 0;
        taken = PlainSteps.open((ComplaintCommand.Opening) command, actor, id, now, policy.version());
      }
      PlainComplaint next = taken.complaint();
      PlainComplaint stored = cases.get(key);
      if ((stored == null ? 0 : stored.version()) != expected) {
        throw new IllegalStateException("version conflict on " + key.caseId());
      }
      cases.put(key, next);
      List<SentNotice> sent = new ArrayList<>(taken.notices().size());
      for (Notice n : taken.notices()) {
        sent.add(new SentNotice("N-" + ids.incrementAndGet(), key.center(), key.caseId(), n, now));
      }
      trails.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(next.version(), command.commandId(), actor.staff(), actor.role(),
          actor.department(), now, taken.action(), taken.clause(), policy.version(), taken.from(), taken.to(), taken.events(), sent));
      outbox.addAll(sent);
      List<PlainSteps.Due> owed = PlainSteps.owed(next, policy, zone);
      if (owed.isEmpty()) {
        agenda.remove(key);
      } else {
        agenda.put(key, owed);
      }
      receipts.put(new CommandKey(command.center(), command.commandId().value()), new Receipt(key.caseId(), taken.action(), next));
      return next;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "the hand-written desk in memory";
  }
}
