package io.bizcenter.core.activity;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.TimeRange;
import io.bizcenter.core.port.ActivityCursor;
import io.bizcenter.core.port.ActivityPage;
import io.bizcenter.core.port.ActivityQuery;
import io.bizcenter.core.port.EventLog;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who did what in a center, across every case (GS-6): a page of the audit trail for a query, and the export of every
 * page of it. An actor who works for the center sees the entries of the procedures whose readers admit its seat
 * ({@link ProcedureDefinition#readers()}, GS-5); a seat that reads a case only while it is its turn sees that case's
 * trail from its desk, not the center's activity. Bad input is a rejection, never an exception.
 */
public final class ActivityDesk {
  private final List<ProcedureDefinition<?, ?, ?, ?>> procedures;
  private final EventLog eventLog;

  public ActivityDesk(List<ProcedureDefinition<?, ?, ?, ?>> procedures, EventLog eventLog) {
    this.procedures = List.copyOf(procedures);
    this.eventLog = eventLog;
  }

  /**
   * The page of the center's activity {@code query} asks for, in its order; its {@link ActivityPage#next()} asks for the
   * page after. {@code INVALID_INPUT} for a missing field, a range whose end is not after its start, a page size outside
   * 1 to {@value ActivityQuery#MAX_PAGE_SIZE}, an unknown procedure, or a cursor that is malformed or from another query;
   * {@code NOT_IN_YOUR_CENTER} for a center the actor does not work for; {@code NOT_A_READER} for a named procedure the
   * actor's seat does not read. Times before 2000 or after 9999 are read as those bounds.
   */
  public Either<Rejection, ActivityPage> log(Actor actor, ActivityQuery query) {
    return checked(actor, query).map(c -> eventLog.activity(c.query(), c.procedures()));
  }

  /**
   * Every page of {@code query} from its cursor on, written to {@code out} in {@code format} (a header first for CSV);
   * answers how many entries were written, or the rejection {@link #log} would give, before anything is written. A
   * failing {@code out} is broken infrastructure: an {@link UncheckedIOException}.
   */
  public Either<Rejection, Long> export(Actor actor, ActivityQuery query, ActivityFormat format, Appendable out) {
    if (format == null || out == null) {
      return Either.left(new Rejection.InvalidInput(List.of(FieldError.of(format == null ? "format" : "out", FieldError.Problem.MISSING))));
    }
    Either<Rejection, Checked> checked = checked(actor, query);
    if (checked.isLeft()) {
      return Either.left(checked.getLeft());
    }
    try {
      out.append(format.header());
      long written = 0;
      ActivityQuery next = checked.get().query();
      while (true) {
        ActivityPage page = eventLog.activity(next, checked.get().procedures());
        format.write(page.entries(), out);
        written += page.entries().size();
        if (page.next().isEmpty()) {
          return Either.right(written);
        }
        next = next.after(page.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the activity export could not be written", e);
    }
  }

  /** The query as the store is asked it, with the procedures the actor reads. */
  private record Checked(ActivityQuery query, Set<String> procedures) {}

  private Either<Rejection, Checked> checked(Actor actor, ActivityQuery query) {
    if (actor == null || query == null) {
      List<FieldError> missing = new ArrayList<>();
      if (actor == null) {
        missing.add(FieldError.of("actor", FieldError.Problem.MISSING));
      }
      if (query == null) {
        missing.add(FieldError.of("query", FieldError.Problem.MISSING));
      }
      return Either.left(new Rejection.InvalidInput(missing));
    }
    List<FieldError> errors = new ArrayList<>();
    missing(errors, "center", query.center());
    missing(errors, "from", query.from());
    missing(errors, "until", query.until());
    missing(errors, "order", query.order());
    Optional<?>[] optionals = {query.procedure(), query.staff(), query.department(), query.clause(), query.cursor()};
    String[] names = {"procedure", "staff", "department", "clause", "cursor"};
    for (int i = 0; i < optionals.length; i++) {
      missing(errors, names[i], optionals[i]);
    }
    if (query.from() != null && query.until() != null && !query.until().isAfter(query.from())) {
      errors.add(FieldError.of("until", FieldError.Problem.NOT_ALLOWED));
    }
    if (query.pageSize() < 1 || query.pageSize() > ActivityQuery.MAX_PAGE_SIZE) {
      errors.add(FieldError.of("pageSize", FieldError.Problem.NOT_ALLOWED));
    }
    if (query.staff() != null) {
      query.staff().ifPresent(s -> Field.id("staff", s.value(), 128).toEither().swap().forEach(errors::add));
    }
    Optional<ProcedureDefinition<?, ?, ?, ?>> named = Optional.empty();
    if (query.procedure() != null && query.procedure().isPresent()) {
      named = procedures.stream().filter(p -> p.name().equals(query.procedure().get())).findFirst();
      if (named.isEmpty()) {
        errors.add(FieldError.of("procedure", FieldError.Problem.NOT_ALLOWED));
      }
    }
    if (!errors.isEmpty()) {
      return Either.left(new Rejection.InvalidInput(errors));
    }
    // the bounds every store can hold; the cursor is read against the query as the store is asked it
    ActivityQuery asked = new ActivityQuery(query.center(), clamp(query.from()), clamp(query.until()), query.procedure(), query.staff(),
        query.department(), query.clause(), query.order(), query.pageSize(), query.cursor().filter(c -> !c.isEmpty()));
    if (asked.cursor().isPresent() && !ActivityCursor.isWellFormed(asked.cursor().get())) {
      return Either.left(new Rejection.InvalidInput(List.of(FieldError.of("cursor", FieldError.Problem.MALFORMED))));
    }
    if (!ActivityCursor.belongsTo(asked)) {
      return Either.left(new Rejection.InvalidInput(List.of(FieldError.of("cursor", FieldError.Problem.NOT_ALLOWED))));
    }
    if (!actor.worksFor(query.center())) {
      return Either.left(new Rejection.NotInYourCenter(query.center()));
    }
    if (named.isPresent() && !named.get().readers().admits(actor)) {
      return Either.left(new Rejection.NotAReader(named.get().name(), actor.role(), actor.department()));
    }
    Set<String> readable = new LinkedHashSet<>();
    procedures.stream().filter(p -> p.readers().admits(actor)).forEach(p -> readable.add(p.name()));
    return Either.right(new Checked(asked, readable));
  }

  private static void missing(List<FieldError> errors, String field, Object value) {
    if (value == null) {
      errors.add(FieldError.of(field, FieldError.Problem.MISSING));
    }
  }

  private static Instant clamp(Instant at) {
    return TimeRange.clamp(at);
  }
}
