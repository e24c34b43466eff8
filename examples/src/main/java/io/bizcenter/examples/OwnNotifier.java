package io.bizcenter.examples;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.NoticeRelay.Delivery;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand.AssureCaller;
import io.bizcenter.core.complaints.ComplaintCommand.ForwardToDepartment;
import io.bizcenter.core.complaints.ComplaintCommand.RecordPhoneComplaint;
import io.bizcenter.core.complaints.ComplaintCommand.Triage;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.NoticeId;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.Notifier;
import io.bizcenter.core.port.OutboxNotice;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A vendor's own notifier: the library hands each written notice over at least once, with a stable id, so the
 * receiving side drops what it has seen; a notifier that throws leaves the notice in the outbox for a later run.
 * Run it with {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.bizcenter.examples.OwnNotifier}.
 */
public final class OwnNotifier {
  /** The vendor's messaging, say a company chat: down for the first run, and told each notice id once only. */
  static final class CompanyChat implements Notifier {
    private final Set<NoticeId> seen = new HashSet<>();
    private boolean down = true;

    @Override
    public void deliver(OutboxNotice notice) {
      if (down) {
        throw new IllegalStateException("chat server unreachable");
      }
      if (!seen.add(notice.id())) {
        System.out.println("   (dropped a repeat of notice " + notice.id() + ")");
        return;
      }
      System.out.println("   chat to " + Messages.label(notice.notice().to(), Messages.ZH_CN) + ": " + notice.message(Messages.ZH_CN));
    }
  }

  private OwnNotifier() {}

  public static void main(String[] args) {
    CompanyChat chat = new CompanyChat();
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
    BusinessCenter center = BusinessCenter.builder()
        .storage(new InMemoryStorage()).notifier(chat).ids(new SequentialIds("C")).clock(clock).build();
    CenterId tower = CenterId.of("zz-tower");
    Actor clerk = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, tower);
    Complaint c = center.complaints().handle(new RecordPhoneComplaint(CommandId.of("n-1"), tower,
        Complainant.of("王小明", "上海某某贸易有限公司", "13800138000"), "车库照明不足"), clerk).get();
    center.complaints().handle(new Triage(CommandId.of("n-2"), tower, c.id(), Remit.OUTSIDE), clerk);
    center.complaints().handle(new AssureCaller(CommandId.of("n-3"), tower, c.id()), clerk);
    center.complaints().handle(new ForwardToDepartment(CommandId.of("n-4"), tower, c.id(), Department.ENGINEERING), clerk);

    Delivery first = center.notices().deliverPending(10);
    System.out.println("run 1, chat down: delivered " + first.delivered() + ", kept for later " + first.refused());
    chat.down = false;
    System.out.println("run 2, at once: delivered " + center.notices().deliverPending(10).delivered() + " (waiting out the back-off)");
    clock.advance(Duration.ofSeconds(30));
    System.out.println("run 3, 30 s later:");
    System.out.println("   delivered " + center.notices().deliverPending(10).delivered());
  }
}
