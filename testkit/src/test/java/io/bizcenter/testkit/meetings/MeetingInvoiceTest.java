package io.bizcenter.testkit.meetings;

import static io.bizcenter.testkit.meetings.MeetingFixture.ROOM;
import static io.bizcenter.testkit.meetings.MeetingFixture.TOWER;
import static io.bizcenter.testkit.meetings.MeetingFixture.local;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.meetings.Invoice;
import io.bizcenter.core.meetings.InvoiceLine;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.MeetingCommand.ConfirmMeeting;
import io.bizcenter.core.meetings.MeetingId;
import io.bizcenter.core.meetings.MeetingPolicy;
import io.bizcenter.core.meetings.RequestForm;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.core.meetings.ServiceOrder;
import io.bizcenter.core.port.AuditEntry;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The invoice from the room and the services used, in exact CNY (MR-3.1, MR-1.1, MR-2.1, GS-4)")
class MeetingInvoiceTest {
  private final AtomicReference<MeetingPolicy> policy = new AtomicReference<>(MeetingPolicy.defaults());
  private final MeetingFixture fixture = new MeetingFixture(center -> policy.get());

  /** A meeting of {@code from} to {@code to}, asked for with {@code form}, held with {@code servings} of tea, ended. */
  private MeetingId heldAndEnded(String from, String to, RequestForm form, int servings) {
    MeetingId id = fixture.accepted(fixture.booking(ROOM, local(from), local(to)), fixture.serviceClerk).id();
    fixture.accepted(new ConfirmMeeting(fixture.freshCommandId(), TOWER, id, form), fixture.cleaningClerk);
    fixture.prepared(id);
    fixture.accepted(fixture.start(id), fixture.serviceClerk);
    fixture.accepted(fixture.tea(id, servings), fixture.serviceClerk);
    fixture.accepted(fixture.end(id), fixture.serviceClerk);
    return id;
  }

  @Test
  @DisplayName("MR-3.1 MR-1.1 MR-2.1 GS-4: the room's own hourly rate for each hour or part of an hour booked, the form's services, the tea served, to the fen")
  void roomServicesAndTea() {
    policy.set(MeetingPolicy.defaults()
        .withRoomRate(PolicyVersion.of("tower-2"), ROOM, Money.yuan("450.50"))
        .withPrice(PolicyVersion.of("tower-2"), ServiceItem.TEA, Money.yuan("12.80")));
    RequestForm form = RequestForm.of(33, List.of(ServiceOrder.of(ServiceItem.MUSIC, 1), ServiceOrder.of(ServiceItem.AUDIO_VISUAL, 1)), null);

    MeetingId id = heldAndEnded("2026-03-10T09:00", "2026-03-10T11:01", form, 33);
    Meeting invoiced = fixture.accepted(fixture.invoice(id), fixture.serviceClerk);

    assertEquals(new Invoice("FP-2026-0310", List.of(
        new InvoiceLine(ServiceItem.ROOM, 3, Money.yuan("450.50"), Money.yuan("1351.50")),
        new InvoiceLine(ServiceItem.MUSIC, 1, Money.yuan("100.00"), Money.yuan("100.00")),
        new InvoiceLine(ServiceItem.AUDIO_VISUAL, 1, Money.yuan("200.00"), Money.yuan("200.00")),
        new InvoiceLine(ServiceItem.TEA, 33, Money.yuan("12.80"), Money.yuan("422.40"))), Money.yuan("2073.90")),
        invoiced.invoice().orElseThrow());
    assertEquals(2, invoiced.invoice().orElseThrow().total().amount().scale());
  }

  @Test
  @DisplayName("MR-3.1 GS-4: prices changed between booking and invoice: the invoice is at the prices in force when issued, and the trail names that policy")
  void pricesWhenIssued() {
    MeetingId id = heldAndEnded("2026-03-10T09:00", "2026-03-10T10:00", RequestForm.of(5, List.of(), null), 0);

    policy.set(MeetingPolicy.defaults().withPrice(PolicyVersion.of("tower-2027"), ServiceItem.ROOM, Money.yuan("320.00")));
    Meeting invoiced = fixture.accepted(fixture.invoice(id), fixture.serviceClerk);

    assertEquals(new Invoice("FP-2026-0310", List.of(new InvoiceLine(ServiceItem.ROOM, 1, Money.yuan("320.00"), Money.yuan("320.00"))),
        Money.yuan("320.00")), invoiced.invoice().orElseThrow());
    List<AuditEntry> trail = fixture.trail(id);
    assertEquals(MeetingPolicy.DEFAULT_VERSION, trail.get(0).policy());
    assertEquals(PolicyVersion.of("tower-2027"), trail.get(trail.size() - 1).policy());
    assertEquals(PolicyVersion.of("tower-2027"), invoiced.policy());
  }
}
