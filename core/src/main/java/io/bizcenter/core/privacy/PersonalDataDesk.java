package io.bizcenter.core.privacy;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.LogText;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.PhoneNumber;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.port.Ids;
import io.bizcenter.core.port.Receipt;
import io.bizcenter.core.port.Receipts;
import io.bizcenter.core.port.Redactor;
import io.bizcenter.core.port.Transactions;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal data under China's PIPL, across every procedure of a center: erasure of one person (art. 47), access to
 * everything held about one person (art. 45), and the retention policy that anonymises closed cases and prunes
 * receipts and delivered notices (art. 19). Personal data is found by its type (names, phone and identity numbers)
 * in cases, audit entries, notices and receipts, and free text goes through the vendor's {@link Redactor}.
 *
 * <p>Who may ask is the vendor's decision (its data-protection officer's seat): the desk checks that the actor works
 * for the center, as every command does. Each call reads every case of the center: it is a rare, deliberate act, not
 * one for a hot path.
 */
public final class PersonalDataDesk {
  /** The prefix of an erased person's pseudonym; the erasure's reference follows. */
  static final String ERASED = "erased:";
  /** What the personal data of a case past its retention becomes. */
  static final String EXPIRED = "expired";
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataDesk.class);

  private final List<Archive<?, ?>> archives;
  private final Transactions transactions;
  private final EventLog eventLog;
  private final Receipts receipts;
  private final Ids ids;
  private final Clock clock;
  private final Function<CenterId, Retention> retention;
  private final Redactor redactor;

  public PersonalDataDesk(List<Archive<?, ?>> archives, Transactions transactions, EventLog eventLog, Receipts receipts, Ids ids,
      Clock clock, Function<CenterId, Retention> retention, Redactor redactor) {
    this.archives = List.copyOf(archives);
    this.transactions = transactions;
    this.eventLog = eventLog;
    this.receipts = receipts;
    this.ids = ids;
    this.clock = clock;
    this.retention = retention;
    this.redactor = Objects.requireNonNull(redactor, "redactor");
  }

  /** The procedures whose cases the desk reads, by name. */
  public List<String> procedures() {
    return archives.stream().map(Archive::procedure).toList();
  }

  /**
   * Erases {@code person} from every case of {@code center} that holds them: in the case, its audit entries' events and
   * notices, and its receipts, each of their names, phone and identity numbers becomes {@code erased:reference}, and
   * free text goes through the redactor. Who acted, when, which step under which clause stays on every trail (GS-6).
   * All or nothing: while any such case is open, {@link CasesStillOpen} names them and nothing is erased.
   *
   * <p>A case holds the person when it holds their identity or phone number (in a field or in free text), or their
   * name together with their tenant. The pseudonym is the same for all of the person's data in one erasure, so a
   * trail still shows that one person acted throughout, and it is a random reference, not derived from the data: no
   * secret exists whose leak would undo it.
   */
  public Either<Rejection, Erasure> erase(CenterId center, Person person, Actor actor) {
    Option<Rejection> refused = check(center, person, actor);
    if (refused.isDefined()) {
      return Either.left(refused.get());
    }
    Instant at = clock.instant();
    if (!TimeRange.isReading(at)) {
      return Either.left(new Rejection.TimeNotKnown(center, "clock " + at));
    }
    Either<Rejection, Erasure> answer = transactions.inTransaction(() -> {
      List<Holding<?, ?>> held = holding(center, person);
      List<String> open = held.stream().filter(h -> !h.closed()).map(Holding::name).toList();
      if (!open.isEmpty()) {
        return Either.left(new CasesStillOpen(open));
      }
      String reference = ids.next();
      List<Object> roots = held.stream().map(Holding::root).toList();
      Scrub scrub = Scrub.of(Identifiers.of(person, roots), roots, ERASED + reference, redactor);
      for (Holding<?, ?> h : held) {
        Either<Rejection, Boolean> rewritten = h.rewrite(scrub);
        if (rewritten.isLeft()) {
          return Either.left(rewritten.getLeft());
        }
      }
      return Either.right(new Erasure(reference, center, actor.staff(), at, held.stream().map(Holding::name).toList()));
    });
    answer.peek(e -> LOG.info("personal data of one person erased in center {} under reference {}: {} cases, by {}", LogText.of(center.value()),
        LogText.of(e.reference()), e.cases().size(), LogText.of(actor.staff().value())));
    return answer;
  }

  /** Everything {@code center} holds about {@code person}, case by case, in clear: for the person, never for a log. */
  public Either<Rejection, PersonalDataReport> access(CenterId center, Person person, Actor actor) {
    Option<Rejection> refused = check(center, person, actor);
    if (refused.isDefined()) {
      return Either.left(refused.get());
    }
    Instant at = clock.instant();
    if (!TimeRange.isReading(at)) {
      return Either.left(new Rejection.TimeNotKnown(center, "clock " + at));
    }
    return transactions.inTransaction(() -> {
      List<PersonalDataReport.Holding> cases = new ArrayList<>();
      List<Holding<?, ?>> held = holding(center, person);
      List<Object> roots = held.stream().map(Holding::root).toList();
      Identifiers known = Identifiers.of(person, roots);
      Set<String> identifiers = known.texts(roots);
      for (Holding<?, ?> h : held) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (Object value : PersonalValues.in(h.root())) {
          if (known.is(value)) {
            if (value instanceof PersonName n) {
              names.add(n.value());
            } else if (value instanceof PhoneNumber p) {
              phones.add(p.value());
            } else if (value instanceof IdentityNumber i) {
              numbers.add(i.value());
            }
          }
        }
        Set<String> texts = new LinkedHashSet<>();
        for (String text : PersonalValues.texts(h.root())) {
          if (identifiers.stream().anyMatch(i -> mentions(text, i))) {
            texts.add(text);
          }
        }
        cases.add(new PersonalDataReport.Holding(h.archive.procedure(), h.current.id().value(), h.current.state().name(), h.closed(),
            List.copyOf(names), List.copyOf(phones), List.copyOf(numbers), List.copyOf(texts)));
      }
      return Either.right(new PersonalDataReport(center, at, cases));
    });
  }

  /**
   * Applies the center's {@link Retention}: every case closed for longer than its procedure keeps personal data is
   * anonymised (every name, phone and identity number in it, its trail and its receipts becomes {@code expired}, free
   * text goes through the redactor), receipts older than the idempotency window become tombstones, and delivered
   * notices older than their window are removed. Each case is rewritten in a transaction of its own; a second run finds
   * nothing more to do. Schedule it daily.
   */
  public Either<Rejection, Pruning> applyRetention(CenterId center) {
    if (center == null) {
      return Either.left(new Rejection.InvalidInput(List.of(FieldError.of("center", FieldError.Problem.MISSING))));
    }
    Instant now = clock.instant();
    if (!TimeRange.isReading(now)) {
      return Either.left(new Rejection.TimeNotKnown(center, "clock " + now));
    }
    Retention policy = retention.apply(center);
    int anonymised = 0;
    for (Archive<?, ?> archive : archives) {
      anonymised += anonymise(archive, center, now.minus(policy.closedCasesOf(archive.procedure())));
    }
    Either<Rejection, Integer> pruned = transactions.inTransaction(() -> Either.right(receipts.prune(center, now.minus(policy.receipts()))));
    Either<Rejection, Integer> removed = transactions.inTransaction(
        () -> Either.right(eventLog.pruneDelivered(center, now.minus(policy.deliveredNotices()))));
    if (pruned.isLeft() || removed.isLeft()) {
      return Either.left(pruned.isLeft() ? pruned.getLeft() : removed.getLeft());
    }
    Pruning done = new Pruning(center, now, anonymised, pruned.get(), removed.get());
    LOG.info("retention applied in center {}: {} cases anonymised, {} receipts pruned, {} delivered notices removed",
        LogText.of(center.value()), done.casesAnonymised(), done.receiptsPruned(), done.noticesRemoved());
    return Either.right(done);
  }

  private <S extends Enum<S>, C extends Case<S, C>> int anonymise(Archive<S, C> archive, CenterId center, Instant closedBefore) {
    int anonymised = 0;
    for (C c : archive.all(center)) {
      if (!archive.closed(c) || c.stateEnteredAt().isAfter(closedBefore)) {
        continue;
      }
      Either<Rejection, Boolean> done = transactions.inTransaction(() -> {
        Holding<S, C> h = Holding.of(archive, c, eventLog, receipts);
        return h.rewrite(Scrub.everyoneIn(h.root(), EXPIRED, redactor));
      });
      if (done.isLeft()) {
        // a closed case does not move on; a conflict here is another run anonymising it at the same time
        LOG.debug("case {} of {} not anonymised in this run: {}", LogText.of(c.id().value()), archive.procedure(), done.getLeft().code());
      } else if (done.get()) {
        anonymised++;
      }
    }
    return anonymised;
  }

  private Option<Rejection> check(CenterId center, Person person, Actor actor) {
    List<FieldError> errors = new ArrayList<>();
    if (center == null) {
      errors.add(FieldError.of("center", FieldError.Problem.MISSING));
    }
    if (actor == null) {
      errors.add(FieldError.of("actor", FieldError.Problem.MISSING));
    }
    if (person == null || person.identity().isEmpty() && person.phone().isEmpty() && person.name().isEmpty()) {
      errors.add(FieldError.of("person", FieldError.Problem.MISSING));
    } else {
      if (person.name().isPresent() && person.tenant().isEmpty()) {
        // a name alone is anybody's: erasing every 张伟 of the tower would erase the wrong people
        errors.add(FieldError.of("person.tenant", FieldError.Problem.MISSING));
      }
      if (identifiers(person).stream().anyMatch(i -> i == null || i.isBlank())) {
        errors.add(FieldError.of("person", FieldError.Problem.BLANK));
      }
    }
    if (!errors.isEmpty()) {
      return Option.of(new Rejection.InvalidInput(errors));
    }
    if (!actor.worksFor(center)) {
      return Option.of(new Rejection.NotInYourCenter(center));
    }
    return Option.none();
  }

  /** Every case of the center that holds the person, with its trail and receipts. */
  private List<Holding<?, ?>> holding(CenterId center, Person person) {
    List<Holding<?, ?>> held = new ArrayList<>();
    for (Archive<?, ?> archive : archives) {
      collect(archive, center, person, held);
    }
    return held;
  }

  private <S extends Enum<S>, C extends Case<S, C>> void collect(Archive<S, C> archive, CenterId center, Person person,
      List<Holding<?, ?>> held) {
    for (C c : archive.all(center)) {
      Holding<S, C> h = Holding.of(archive, c, eventLog, receipts);
      if (concerns(person, h.root())) {
        held.add(h);
      }
    }
  }

  /**
   * Whether the person is in {@code root}: by an identity or phone number, in a field or in free text, or by name
   * together with their tenant. A name in free text alone does not count: it may be a namesake's.
   */
  private static boolean concerns(Person person, Object root) {
    List<Object> values = PersonalValues.in(root);
    if (values.stream().anyMatch(person::isByNumber)) {
      return true;
    }
    List<String> numbers = new ArrayList<>();
    person.identity().ifPresent(i -> numbers.add(i.value()));
    person.phone().ifPresent(p -> numbers.add(p.value()));
    if (!numbers.isEmpty() && PersonalValues.texts(root).stream().anyMatch(t -> numbers.stream().anyMatch(n -> mentions(t, n)))) {
      return true;
    }
    return person.tenant().isPresent() && values.stream().anyMatch(v -> v instanceof PersonName && person.is(v))
        && PersonalValues.ofType(root, TenantId.class).contains(person.tenant().get());
  }

  private static boolean mentions(String text, String identifier) {
    if (text.contains(identifier)) {
      return true;
    }
    String digits = Person.digits(identifier);
    return digits.length() >= 7 && Person.digits(text).contains(digits);
  }

  private static Set<String> identifiers(Person person) {
    Set<String> identifiers = new LinkedHashSet<>();
    person.identity().ifPresent(i -> identifiers.add(i.value()));
    person.phone().ifPresent(p -> identifiers.add(p.value()));
    person.name().ifPresent(n -> identifiers.add(n.value()));
    return identifiers;
  }

  /** One case with everything kept of it: its trail (events and notices) and its receipts. */
  private static final class Holding<S extends Enum<S>, C extends Case<S, C>> {
    private final Archive<S, C> archive;
    private final C current;
    private final List<AuditEntry> trail;
    private final List<Receipt> receipts;
    private final EventLog eventLog;
    private final Receipts receiptStore;

    private Holding(Archive<S, C> archive, C current, List<AuditEntry> trail, List<Receipt> receipts, EventLog eventLog, Receipts receiptStore) {
      this.archive = archive;
      this.current = current;
      this.trail = trail;
      this.receipts = receipts;
      this.eventLog = eventLog;
      this.receiptStore = receiptStore;
    }

    static <S extends Enum<S>, C extends Case<S, C>> Holding<S, C> of(Archive<S, C> archive, C current, EventLog eventLog, Receipts receipts) {
      String id = current.id().value();
      return new Holding<>(archive, current, eventLog.trail(current.center(), archive.procedure(), id),
          receipts.ofCase(current.center(), archive.procedure(), id), eventLog, receipts);
    }

    String name() {
      return archive.procedure() + "/" + current.id().value();
    }

    boolean closed() {
      return archive.closed(current);
    }

    /** Everything of the case that may hold personal data: the case, what its trail says happened, its receipts' answers. */
    Object root() {
      List<Object> all = new ArrayList<>();
      all.add(current);
      trail.forEach(e -> {
        all.add(e.events());
        all.add(e.notices());
      });
      receipts.stream().filter(r -> !r.pruned()).forEach(r -> all.add(r.answer()));
      return all;
    }

    /** Writes the case, its trail and its receipts back with {@code scrub} applied; answers whether anything changed. */
    Either<Rejection, Boolean> rewrite(Scrub scrub) {
      boolean changed = false;
      C next = scrub.apply(current);
      if (next != current) {
        Either<Rejection.VersionConflict, C> saved = archive.rewrite(next);
        if (saved.isLeft()) {
          return Either.left(saved.getLeft());
        }
        changed = true;
      }
      for (AuditEntry e : trail) {
        var events = scrub.apply(e.events());
        var notices = scrub.apply(e.notices());
        if (events != e.events() || notices != e.notices()) {
          eventLog.rewrite(new AuditEntry(e.center(), e.procedure(), e.caseId(), e.version(), e.commandId(), e.staff(), e.role(), e.department(),
              e.at(), e.action(), e.clause(), e.policy(), e.from(), e.to(), events, notices));
          changed = true;
        }
      }
      for (Receipt r : receipts) {
        if (!r.pruned()) {
          Object answer = scrub.apply(r.answer());
          if (answer != r.answer()) {
            receiptStore.rewrite(r.withAnswer(answer));
            changed = true;
          }
        }
      }
      return Either.right(changed);
    }
  }
}
