package io.bizcenter.testkit.contract;

import static io.bizcenter.testkit.contract.Samples.CENTER_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complainant;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.complaints.ComplaintProcedure;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CommandExpired;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.privacy.CasesStillOpen;
import io.bizcenter.core.privacy.Erasure;
import io.bizcenter.core.privacy.Person;
import io.bizcenter.core.privacy.PersonalDataReport;
import io.bizcenter.core.privacy.Pruning;
import io.bizcenter.core.privacy.Retention;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Personal data under PIPL on the store under test (docs/personal-data.md): erasure leaves no trace of the person in
 * anything the store keeps, searched raw ({@link #storedText()}: every table and document of a database, every string
 * an in-memory store holds), while every trail still reads in order with who, when and which clause; access shows the
 * person's data case by case; retention prunes receipts to tombstones that refuse a late resend, removes delivered
 * notices, and anonymises cases closed for longer than their procedure keeps them.
 *
 * <p>Not part of {@link StorageContract}: a vendor's adapter adds it with one method more, the raw search.
 */
public abstract class PersonalDataContract extends PortContract {
  private static final Actor CLERK = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, CENTER_A);
  private static final Actor COLLEAGUE = Actor.of("op-08", Role.STAFF, Department.OPERATIONS, CENTER_A);
  private static final String NAME = "慕容小雪";
  private static final String PHONE = "13822446688";
  /** The same phone as a letter writes it. */
  private static final String DASHED = "138-2244-6688";
  private static final String OTHER_NAME = "欧阳大海";
  private static final String OTHER_PHONE = "13911113333";
  private static final Person PERSON = Person.withPhone(PHONE);

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final AtomicInteger commands = new AtomicInteger();
  private final RecordingNotifier notifier = new RecordingNotifier();

  /**
   * Everything the store keeps, as text, found without the ports: every column of every row of every table (documents
   * decrypted or not, as they lie), or every string reachable from an in-memory store's fields.
   */
  protected abstract String storedText();

  private BusinessCenter center() {
    return BusinessCenter.builder()
        .storage(storage)
        .notifier(notifier)
        .ids(new SequentialIds("pd"))
        .clock(clock)
        .build();
  }

  private CommandId next() {
    return CommandId.of("cmd-" + commands.incrementAndGet());
  }

  private static Complaint accepted(Either<Rejection, Complaint> answer) {
    assertTrue(answer.isRight(), () -> "refused: " + answer.getLeft().code() + " " + answer.getLeft());
    return answer.get();
  }

  /** A phone complaint by the person, taken to its end (CP-1.2); its content names the person and the phone. */
  private Complaint closedPhoneComplaint(BusinessCenter center) {
    Complaint c = accepted(center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(next(), CENTER_A,
        Complainant.of(NAME, "上海某某贸易有限公司", PHONE), NAME + "来电：空调不制冷，请回电 " + PHONE), CLERK));
    var id = c.id();
    accepted(center.complaints().handle(new ComplaintCommand.Triage(next(), CENTER_A, id, Remit.WITHIN), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.TellFix(next(), CENTER_A, id, "明天上午维修"), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.RecordFixed(next(), CENTER_A, id, "已修好，" + NAME + "确认"), CLERK));
    clock.advance(Duration.ofHours(1));
    return accepted(center.complaints().handle(new ComplaintCommand.Apologise(next(), CENTER_A, id, false, "已向" + NAME + "致歉"), CLERK));
  }

  /** A letter complaint by the person, forwarded to Engineering with its letter (a notice), taken to its end (CP-2.3). */
  private Complaint closedLetterComplaint(BusinessCenter center) {
    Complaint c = accepted(center.complaints().handle(new ComplaintCommand.RecordLetterComplaint(next(), CENTER_A,
        Complainant.of(NAME, "上海某某贸易有限公司", PHONE), "电梯噪音", "致营运部：我是" + NAME + "，电话 " + DASHED + "，电梯夜间噪音很大。"), CLERK));
    var id = c.id();
    accepted(center.complaints().handle(new ComplaintCommand.Triage(next(), CENTER_A, id, Remit.OUTSIDE), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.ForwardToDepartment(next(), CENTER_A, id, Department.ENGINEERING), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.InformComplainant(next(), CENTER_A, id), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.FollowUp(next(), CENTER_A, id, true, NAME + "说已解决"), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.Apologise(next(), CENTER_A, id, true, "致" + NAME + "的书面道歉"), CLERK));
    return accepted(center.complaints().handle(new ComplaintCommand.ArchiveLetterAndReply(next(), CENTER_A, id, "档案 2026-17"), CLERK));
  }

  /** Someone else's complaint, still open: erasing the person must leave it as it is. */
  private Complaint bystander(BusinessCenter center) {
    return accepted(center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(next(), CENTER_A,
        Complainant.of(OTHER_NAME, "另一家公司", OTHER_PHONE), OTHER_NAME + "：停车场灯不亮"), CLERK));
  }

  /** What a trail must keep through an erasure: who, in which seat, when, which step under which clause, from and to. */
  private List<String> whoWhenWhat(Complaint c) {
    List<String> lines = new ArrayList<>();
    for (AuditEntry e : storage.eventLog().trail(CENTER_A, ComplaintProcedure.DEFINITION.name(), c.id().value())) {
      lines.add(e.version() + " " + e.commandId() + " " + e.staff().value() + " " + e.role() + " " + e.department() + " " + e.at() + " "
          + e.action() + " " + e.clause().id() + " " + e.from().orElse("-") + " " + e.to() + " " + e.notices().size());
    }
    return lines;
  }

  private void assertInOrder(Complaint c) {
    List<AuditEntry> trail = storage.eventLog().trail(CENTER_A, ComplaintProcedure.DEFINITION.name(), c.id().value());
    assertFalse(trail.isEmpty(), "a trail for " + c.id());
    for (int i = 0; i < trail.size(); i++) {
      assertEquals(i + 1, trail.get(i).version(), "versions in order");
      if (i > 0) {
        assertFalse(trail.get(i).at().isBefore(trail.get(i - 1).at()), "times in order");
        assertEquals(trail.get(i - 1).to(), trail.get(i).from().orElseThrow(), "each step starts where the one before ended");
      }
    }
  }

  private static void assertNothingOf(String stored, String... personal) {
    for (String p : personal) {
      assertFalse(stored.contains(p), () -> "'" + p + "' still stored");
    }
    String digits = stored.replaceAll("\\D", "");
    assertFalse(digits.contains(PHONE), "the phone's digits still stored");
  }

  @Test
  @DisplayName("GS-6 erasing a person with a case still open is refused, naming the case, and erases nothing")
  void anOpenCaseIsNamedAndNothingIsErased() {
    BusinessCenter center = center();
    closedPhoneComplaint(center);
    Complaint open = accepted(center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(next(), CENTER_A,
        Complainant.of(NAME, "上海某某贸易有限公司", PHONE), "又来电"), CLERK));
    String before = storedText();

    Either<Rejection, Erasure> erased = center.personalData().erase(CENTER_A, PERSON, CLERK);

    assertEquals(Either.left(new CasesStillOpen(List.of("complaints/" + open.id().value()))), erased);
    assertEquals("CASES_STILL_OPEN", erased.getLeft().code());
    assertEquals("GS-6", erased.getLeft().clause().id());
    assertEquals(before, storedText(), "nothing written");
    assertTrue(before.contains(NAME) && before.contains(PHONE), "the search sees the person before erasure");
  }

  @Test
  @DisplayName("GS-6 after erasure no name, phone or free-text mention of the person is stored anywhere; every trail reads in order with who, when and which clause")
  void erasureLeavesNoTrace() {
    BusinessCenter center = center();
    Complaint phone = closedPhoneComplaint(center);
    Complaint letter = closedLetterComplaint(center);
    Complaint other = bystander(center);
    List<String> phoneTrail = whoWhenWhat(phone);
    List<String> letterTrail = whoWhenWhat(letter);
    List<String> otherTrail = whoWhenWhat(other);
    assertTrue(storedText().contains(NAME), "the raw search finds the person before erasure");

    Erasure erasure = center.personalData().erase(CENTER_A, PERSON, COLLEAGUE).get();

    assertEquals(List.of("complaints/" + phone.id().value(), "complaints/" + letter.id().value()), erasure.cases());
    String stored = storedText();
    assertNothingOf(stored, NAME, PHONE, DASHED);
    assertTrue(stored.contains(erasure.pseudonym()), "the person's data became the pseudonym");
    assertTrue(stored.contains(OTHER_NAME) && stored.contains(OTHER_PHONE), "a bystander's data stays");
    assertEquals(phoneTrail, whoWhenWhat(phone), "who, when, which step under which clause stay");
    assertEquals(letterTrail, whoWhenWhat(letter));
    assertEquals(otherTrail, whoWhenWhat(other));
    List.of(phone, letter, other).forEach(this::assertInOrder);
    Complaint erased = storage.complaints().find(CENTER_A, phone.id().value()).get();
    assertEquals(phone.version(), erased.version(), "erasure is no decision: the version stays");
    assertEquals(erasure.pseudonym(), erased.complainant().name().value());
    assertEquals(erasure.pseudonym(), erased.complainant().phone().value());
    assertEquals(0, center.personalData().access(CENTER_A, PERSON, CLERK).get().cases().size(), "nothing left to show the person");
  }

  @Test
  @DisplayName("GS-6 free text goes through the vendor's redactor on erasure, and only the texts of the cases that hold the person")
  void freeTextGoesThroughTheVendorsRedactor() {
    BusinessCenter center = BusinessCenter.builder().storage(storage).notifier(notifier).ids(new SequentialIds("pd")).clock(clock)
        // a vendor's reader that also knows the person's nickname, which no field holds
        .redactor((text, identifiers, pseudonym) -> io.bizcenter.core.port.Redactor.LITERAL.redact(text, identifiers, pseudonym)
            .replace("小雪姐", pseudonym))
        .build();
    Complaint mine = closedPhoneComplaint(center);
    Complaint other = bystander(center);
    accepted(center.complaints().handle(new ComplaintCommand.Triage(next(), CENTER_A, other.id(), Remit.WITHIN), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.TellFix(next(), CENTER_A, other.id(), "小雪姐也反映过"), CLERK));
    Complaint nickname = accepted(center.complaints().handle(new ComplaintCommand.RecordPhoneComplaint(next(), CENTER_A,
        Complainant.of(NAME, "上海某某贸易有限公司", PHONE), "小雪姐又来电"), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.Triage(next(), CENTER_A, nickname.id(), Remit.WITHIN), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.TellFix(next(), CENTER_A, nickname.id(), "明天"), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.RecordFixed(next(), CENTER_A, nickname.id(), "好了"), CLERK));
    accepted(center.complaints().handle(new ComplaintCommand.Apologise(next(), CENTER_A, nickname.id(), false, "抱歉"), CLERK));

    Erasure erasure = center.personalData().erase(CENTER_A, PERSON, CLERK).get();

    assertEquals(2, erasure.cases().size(), mine.id() + " and " + nickname.id());
    assertEquals(erasure.pseudonym() + "又来电", storage.complaints().find(CENTER_A, nickname.id().value()).get().content());
    assertTrue(storedText().contains("小雪姐也反映过"), "a case that does not hold the person keeps its text: a namesake's, maybe");
  }

  @Test
  @DisplayName("GS-6 access shows, as JSON, every case holding the person, with the procedure, the person's data and the texts that mention them")
  void accessShowsEverythingHeld() {
    BusinessCenter center = center();
    Complaint phone = closedPhoneComplaint(center);
    Complaint other = bystander(center);

    PersonalDataReport report = center.personalData().access(CENTER_A, PERSON, CLERK).get();

    assertEquals(1, report.cases().size());
    PersonalDataReport.Holding held = report.cases().get(0);
    assertEquals("complaints", held.procedure());
    assertEquals(phone.id().value(), held.caseId());
    assertTrue(held.closed());
    assertEquals(List.of(PHONE), held.phones());
    assertEquals(List.of(NAME), held.names());
    assertTrue(held.texts().stream().anyMatch(t -> t.contains("请回电 " + PHONE)), held.texts().toString());
    String json = report.toJson();
    assertTrue(json.contains("\"procedure\":\"complaints\"") && json.contains("\"case\":\"" + phone.id().value() + "\"") && json.contains(NAME),
        json);
    assertFalse(json.contains(OTHER_NAME) || json.contains(other.id().value()), "nobody else's data");
    assertFalse(report.toString().contains(NAME), "the report's toString shows no personal data");
  }

  @Test
  @DisplayName("GS-5 a person is asked for by an identifier, a name only with its tenant, by staff of the center")
  void badRequestsAreTypedRejections() {
    BusinessCenter center = center();
    closedPhoneComplaint(center);
    String before = storedText();
    Person nameAlone = new Person(java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.of(io.bizcenter.core.kernel.PersonName.of(NAME)), java.util.Optional.empty());
    Actor elsewhere = Actor.of("op-07", Role.STAFF, Department.OPERATIONS, io.bizcenter.core.kernel.CenterId.of("other-tower"));

    assertEquals("INVALID_INPUT", center.personalData().erase(CENTER_A, nameAlone, CLERK).getLeft().code());
    assertEquals("INVALID_INPUT", center.personalData().erase(CENTER_A, null, CLERK).getLeft().code());
    assertEquals("NOT_IN_YOUR_CENTER", center.personalData().erase(CENTER_A, PERSON, elsewhere).getLeft().code());
    assertEquals("NOT_IN_YOUR_CENTER", center.personalData().access(CENTER_A, PERSON, elsewhere).getLeft().code());
    assertEquals(before, storedText(), "nothing written");
  }

  @Test
  @DisplayName("GS-2 past the idempotency window a receipt is a tombstone: its sender's resend is refused as expired and never decided again")
  void aResendAfterTheWindowIsRefusedNeverRerun() {
    BusinessCenter center = center();
    ComplaintCommand.RecordPhoneComplaint call = new ComplaintCommand.RecordPhoneComplaint(next(), CENTER_A,
        Complainant.of(NAME, "上海某某贸易有限公司", PHONE), "空调不制冷");
    Complaint first = accepted(center.complaints().handle(call, CLERK));
    assertEquals(Either.right(first), center.complaints().handle(call, CLERK), "within the window: the first answer");

    clock.advance(Retention.DEFAULT_RECEIPTS.minusHours(1));
    assertEquals(0, center.personalData().applyRetention(CENTER_A).get().receiptsPruned(), "not yet past the window");
    assertEquals(Either.right(first), center.complaints().handle(call, CLERK));
    clock.advance(Duration.ofHours(2));
    Pruning pruning = center.personalData().applyRetention(CENTER_A).get();

    assertEquals(1, pruning.receiptsPruned());
    assertTrue(storage.receipts().find(CENTER_A, call.commandId()).get().pruned(), "a tombstone stays");
    String before = storedText();
    Either<Rejection, Complaint> late = center.complaints().handle(call, CLERK);
    assertEquals(Either.left(new CommandExpired(call.commandId())), late);
    assertEquals("GS-2", late.getLeft().clause().id());
    assertEquals(Either.left(new Rejection.CommandIdReused(call.commandId())), center.complaints().handle(call, COLLEAGUE));
    assertEquals(1, storage.complaints().all(CENTER_A).size(), "never decided a second time");
    assertEquals(before, storedText(), "nothing written by the late resends");
    assertEquals(0, center.personalData().applyRetention(CENTER_A).get().receiptsPruned(), "a second run finds nothing more");
  }

  @Test
  @DisplayName("GS-6 retention removes delivered notices after their window, keeps undelivered ones, and anonymises cases closed longer than kept")
  void retentionPrunesNoticesAndAnonymisesClosedCases() {
    BusinessCenter center = center();
    Complaint letter = closedLetterComplaint(center);
    Complaint other = bystander(center);
    assertEquals(1, storage.eventLog().backlog().undelivered(), "the forwarded letter waits in the outbox");
    List<String> letterTrail = whoWhenWhat(letter);

    clock.advance(Retention.DEFAULT_DELIVERED_NOTICES.plusDays(1));
    assertEquals(0, center.personalData().applyRetention(CENTER_A).get().noticesRemoved(), "an undelivered notice is never removed");
    assertEquals(1, center.notices().deliverPending(10).delivered());
    assertEquals(1, center.personalData().applyRetention(CENTER_A).get().noticesRemoved(), "delivered, and written before the window");
    assertEquals(0, storage.eventLog().backlog().undelivered());
    assertEquals(letterTrail.size(), whoWhenWhat(letter).size(), "the trail keeps every entry");
    assertTrue(storedText().contains(NAME), "a case closed a month ago keeps its personal data");

    clock.advance(Retention.DEFAULT_CLOSED_CASES);
    Pruning pruning = center.personalData().applyRetention(CENTER_A).get();

    assertEquals(1, pruning.casesAnonymised(), "the closed letter complaint; the bystander's is open");
    String stored = storedText();
    assertNothingOf(stored, NAME, PHONE, DASHED);
    assertTrue(stored.contains(OTHER_NAME) && stored.contains(OTHER_PHONE), "an open case keeps its personal data");
    assertEquals("expired", storage.complaints().find(CENTER_A, letter.id().value()).get().complainant().name().value());
    assertInOrder(letter);
    assertInOrder(other);
    assertEquals(0, center.personalData().applyRetention(CENTER_A).get().casesAnonymised(), "a second run finds nothing more to do");
  }
}
