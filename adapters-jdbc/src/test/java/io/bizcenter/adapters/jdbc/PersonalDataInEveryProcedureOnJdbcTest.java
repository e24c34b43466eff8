package io.bizcenter.adapters.jdbc;

import static io.bizcenter.adapters.jdbc.EveryProcedure.CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.privacy.CasesStillOpen;
import io.bizcenter.core.privacy.Erasure;
import io.bizcenter.core.privacy.Person;
import io.bizcenter.core.privacy.PersonalDataReport;
import io.bizcenter.core.privacy.Pruning;
import io.bizcenter.core.privacy.Retention;
import io.bizcenter.testkit.ManualClock;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Erasure, access and retention over the full day of every procedure ({@link EveryProcedure}), on H2 and PostgreSQL:
 * the cases of all ten procedures, their Immutables and records, rewritten by type and read back. For each phone and
 * identity number of the day, access names its cases; erasure either names the open ones or erases them all; then
 * retention with no time to keep anonymises every closed case, and access afterwards finds the person only in open
 * cases, while every trail keeps who, when, what under which clause.
 */
@DisplayName("Personal data in every procedure, on H2 and PostgreSQL")
class PersonalDataInEveryProcedureOnJdbcTest {
  private static final Actor OFFICER = Actor.of("dpo-1", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, CENTER);
  /** The name within its tenant first: erasing the tenant's contact by phone would erase the name beside it too. */
  private static final List<Person> PEOPLE = List.of(Person.named(EveryProcedure.TENANT_PERSON, TenantId.of("T-acme")),
      Person.withPhone(EveryProcedure.COMPLAINANT_PHONE),
      Person.withPhone(EveryProcedure.HANDLER_PHONE), Person.withPhone(EveryProcedure.TENANT_PHONE),
      Person.withIdentity(EveryProcedure.ID_NUMBER), Person.withIdentity(EveryProcedure.PASSPORT),
      Person.withPhone(EveryProcedure.CLIENT_PHONE));

  private static Map<String, String> whoWhenWhat(StoreContents contents) {
    Map<String, String> all = new TreeMap<>();
    contents.trails().forEach((id, trail) -> all.put(id, trail.stream().map(e -> e.version() + " " + e.staff().value() + " " + e.role()
        + " " + e.at() + " " + e.action() + " " + e.clause().id() + " " + e.to()).toList().toString()));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Dialect.class)
  @DisplayName("GS-6 each person of the day: access names their cases, erasure names the open ones or erases all, retention anonymises the closed")
  void everyPersonOfTheDay(Dialect dialect) {
    DataSource database = Databases.empty(dialect);
    JdbcStorage storage = JdbcStorage.on(database);
    CommandScopedIds ids = new CommandScopedIds();
    ManualClock clock = new ManualClock(EveryProcedure.START);
    BusinessCenter center = EveryProcedure.center(ids.around(storage), clock, ids, notice -> { });
    EveryProcedure.play(center, clock, EveryProcedure.Sender.accepting(ids));
    Map<String, String> trails = whoWhenWhat(StoreContents.cases(storage, CENTER));
    TreeSet<String> procedures = new TreeSet<>();
    int erased = 0;
    int refused = 0;
    ids.sending("namesake");
    assertTrue(center.personalData().access(CENTER, Person.named(EveryProcedure.TENANT_PERSON, TenantId.of("T-beta")), OFFICER).get()
        .cases().isEmpty(), "a name counts only within its tenant: T-beta has no one of that name");

    for (Person person : PEOPLE) {
      ids.sending("access-" + person.hashCode());
      PersonalDataReport report = center.personalData().access(CENTER, person, OFFICER).get();
      assertFalse(report.cases().isEmpty(), () -> person + " is in the day");
      List<String> held = report.cases().stream().map(h -> h.procedure() + "/" + h.caseId()).toList();
      List<String> open = report.cases().stream().filter(h -> !h.closed()).map(h -> h.procedure() + "/" + h.caseId()).toList();
      report.cases().forEach(h -> procedures.add(h.procedure()));
      ids.sending("erase-" + person.hashCode());
      Either<Rejection, Erasure> erasure = center.personalData().erase(CENTER, person, OFFICER);
      if (open.isEmpty()) {
        assertEquals(held, erasure.get().cases());
        assertTrue(center.personalData().access(CENTER, person, OFFICER).get().cases().isEmpty(), "nothing left of " + person);
        erased++;
      } else {
        assertEquals(Either.left(new CasesStillOpen(open)), erasure);
        refused++;
      }
    }

    BusinessCenter keepingNothing = BusinessCenter.builder().storage(storage).clock(clock).ids(ids).notifier(notice -> { })
        .retention(c -> Retention.defaults().closedCases(Duration.ZERO)).build();
    ids.sending("retention");
    Pruning pruning = keepingNothing.personalData().applyRetention(CENTER).get();
    for (Person person : PEOPLE) {
      ids.sending("after-" + person.hashCode());
      for (PersonalDataReport.Holding h : center.personalData().access(CENTER, person, OFFICER).get().cases()) {
        assertFalse(h.closed(), () -> person + " still in the closed case " + h.procedure() + "/" + h.caseId());
      }
    }
    assertEquals(trails, whoWhenWhat(StoreContents.cases(storage, CENTER)), "who, when, what under which clause, on every trail");
    assertEquals(0, keepingNothing.personalData().applyRetention(CENTER).get().casesAnonymised(), "a second run finds nothing more");
    System.out.printf("[personal data] %s: %d people found in %d procedures %s; %d erased, %d refused for open cases; %d closed cases"
        + " anonymised%n", dialect, PEOPLE.size(), procedures.size(), procedures, erased, refused, pruning.casesAnonymised());
    assertTrue(pruning.casesAnonymised() > 0, "the day closes some cases");
  }
}
