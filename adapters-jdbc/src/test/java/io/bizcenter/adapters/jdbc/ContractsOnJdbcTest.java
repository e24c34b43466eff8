package io.bizcenter.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.Storage;
import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractCommand.BuildTenantFile;
import io.bizcenter.core.contracts.ContractCommand.ConfirmDelivery;
import io.bizcenter.core.contracts.ContractCommand.DraftContract;
import io.bizcenter.core.contracts.ContractCommand.DraftPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.FilePhotocopy;
import io.bizcenter.core.contracts.ContractCommand.Issue;
import io.bizcenter.core.contracts.ContractCommand.PrintContract;
import io.bizcenter.core.contracts.ContractCommand.RecordDeviation;
import io.bizcenter.core.contracts.ContractCommand.RecordPaymentNoticeSignedFor;
import io.bizcenter.core.contracts.ContractCommand.RecordTenantSignature;
import io.bizcenter.core.contracts.ContractCommand.ReturnForRevision;
import io.bizcenter.core.contracts.ContractCommand.ReviewDeviation;
import io.bizcenter.core.contracts.ContractCommand.ReviewPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.Sign;
import io.bizcenter.core.contracts.ContractCommand.StampPaymentNotice;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.port.AuditEntry;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.SequentialIds;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lease with a parking agreement, from the draft to the tenant file (a deviation, documents with personal data, a
 * return, the chain, deliveries, the payment notice), taken once in memory and once on the database: every contract,
 * every audit entry with its events and notices, every agenda item and every replayed answer read back from the
 * database equals the one kept in memory (CS-1.1 to CS-5.2).
 */
class ContractsOnJdbcTest {
  private static final CenterId CENTER = CenterId.of("tower-cs");
  private static final Actor OPERATIONS = Actor.of("ops-1", Role.STAFF, Department.OPERATIONS, CENTER);
  private static final Actor HANDLER = Actor.of("opm-1", Role.OPERATIONS_MANAGER, Department.OPERATIONS, CENTER);
  private static final Actor DEPARTMENT_MANAGER = Actor.of("opm-1", Role.DEPARTMENT_MANAGER, Department.OPERATIONS, CENTER);
  private static final Actor DEPUTY = Actor.of("dep-1", Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, CENTER);
  private static final Actor ASSISTANT = Actor.of("ast-1", Role.OPERATIONS_MANAGER_ASSISTANT, Department.OPERATIONS, CENTER);
  private static final Actor AUDIT = Actor.of("aud-1", Role.DEPARTMENT_MANAGER, Department.AUDIT, CENTER);
  private static final Actor FINANCE = Actor.of("fin-1", Role.DEPARTMENT_MANAGER, Department.FINANCE, CENTER);
  private static final Actor LEGAL = Actor.of("leg-1", Role.DEPARTMENT_MANAGER, Department.LEGAL, CENTER);
  private static final Actor GENERAL_OFFICE = Actor.of("go-1", Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, CENTER);
  private static final Actor ADMINISTRATION = Actor.of("adm-1", Role.STAFF, Department.ADMINISTRATION, CENTER);
  private static final List<Actor> CHAIN = List.of(HANDLER, DEPARTMENT_MANAGER, AUDIT, FINANCE, LEGAL, GENERAL_OFFICE);

  /** One run of the scenario on one storage: what it answered, in order. */
  private static final class Run {
    private final ManualClock clock = new ManualClock(Fixtures.NOW);
    private final BusinessCenter center;
    private final List<Either<Rejection, Contract>> answers = new ArrayList<>();
    private final List<ContractCommand> sent = new ArrayList<>();
    private final List<Actor> senders = new ArrayList<>();
    private int commands;

    Run(Storage storage) {
      this.center = BusinessCenter.builder().storage(storage).ids(new SequentialIds("K")).clock(clock).notifier(n -> { }).build();
    }

    Contract send(Function<CommandId, ContractCommand> command, Actor actor) {
      clock.advance(Duration.ofMinutes(47));
      ContractCommand c = command.apply(CommandId.of("cmd-" + ++commands));
      Either<Rejection, Contract> answer = center.contracts().handle(c, actor);
      sent.add(c);
      senders.add(actor);
      answers.add(answer);
      assertTrue(answer.isRight(), () -> c + " answered " + answer);
      return answer.get();
    }

    void chain(ContractId id) {
      CHAIN.forEach(seat -> send(cmd -> new Sign(cmd, CENTER, id, "同意 / agreed"), seat));
    }

    void deliver(ContractId id) {
      for (Actor receiver : List.of(ADMINISTRATION, FINANCE, OPERATIONS)) {
        send(cmd -> new ConfirmDelivery(cmd, CENTER, id), receiver);
      }
    }

    List<ContractId> play() {
      TenantId tenant = TenantId.of("T-ACME");
      Terms leaseTerms = new Terms("1203 室 / unit 1203", LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), Money.yuan("12345.67"), Money.yuan("24691.34"));
      ContractId lease = send(cmd -> new DraftContract(cmd, CENTER, ContractType.LEASE, tenant, TenantType.OVERSEAS_OR_FORMING_COMPANY, leaseTerms, null,
          null), OPERATIONS).id();
      send(cmd -> new RecordDeviation(cmd, CENTER, lease, DeviationTopic.USE_AND_FITTING_OUT, "第七条", "允许夜间装修 'O''Brien' \"quoted\""), OPERATIONS);
      send(cmd -> new ReviewDeviation(cmd, CENTER, lease, 1, true, null), Actor.of("eng-1", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, CENTER));
      send(cmd -> new ReviewDeviation(cmd, CENTER, lease, 1, true, "同意 😀"), LEGAL);
      send(cmd -> new PrintContract(cmd, CENTER, lease), OPERATIONS);
      send(cmd -> new RecordTenantSignature(cmd, CENTER, lease, Signatory.of("María O'Neil 欧阳", "E12345678", Signatory.Capacity.HEAD_OF_COMPANY), false,
          List.of(SupportingDocument.REPRESENTATIVE_ID_COPY, SupportingDocument.PROOF_OF_HEAD_ROLE, SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY)),
          OPERATIONS);
      CHAIN.subList(0, 3).forEach(seat -> send(cmd -> new Sign(cmd, CENTER, lease, "同意"), seat));
      send(cmd -> new ReturnForRevision(cmd, CENTER, lease, "押金条款不清\n请修改"), FINANCE);
      chain(lease);
      send(cmd -> new Issue(cmd, CENTER, lease), GENERAL_OFFICE);
      ContractId parking = send(cmd -> new DraftContract(cmd, CENTER, ContractType.PARKING, tenant, TenantType.OVERSEAS_OR_FORMING_COMPANY,
          new Terms("B2-017", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), Money.yuan("800.10"), Money.ZERO), lease, null), OPERATIONS).id();
      send(cmd -> new PrintContract(cmd, CENTER, parking), OPERATIONS);
      send(cmd -> new RecordTenantSignature(cmd, CENTER, parking, Signatory.of("María O'Neil 欧阳", "E12345678", Signatory.Capacity.REPRESENTATIVE),
          false, List.of(SupportingDocument.REPRESENTATIVE_ID_COPY, SupportingDocument.AUTHORISATION_LETTER,
              SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY)), OPERATIONS);
      chain(parking);
      send(cmd -> new Issue(cmd, CENTER, parking), GENERAL_OFFICE);
      deliver(parking);
      send(cmd -> new FilePhotocopy(cmd, CENTER, parking, "档案-P-1"), OPERATIONS);
      deliver(lease);
      send(cmd -> new DraftPaymentNotice(cmd, CENTER, lease, 3, LocalDate.of(2026, 4, 1)), DEPUTY);
      send(cmd -> new ReviewPaymentNotice(cmd, CENTER, lease), DEPARTMENT_MANAGER);
      send(cmd -> new StampPaymentNotice(cmd, CENTER, lease), FINANCE);
      send(cmd -> new RecordPaymentNoticeSignedFor(cmd, CENTER, lease, PersonName.of("司马建国")), OPERATIONS);
      Contract closed = send(cmd -> new BuildTenantFile(cmd, CENTER, lease, "租户档案-ACME"), ASSISTANT);
      assertEquals(ContractState.CLOSED, closed.state());
      return List.of(lease, parking);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("CS-1.1, CS-2.3, CS-3.1, CS-4.1, CS-5.1, CS-5.2: a whole tenancy reads back from the database exactly as it was decided")
  void aWholeTenancyReadsBack(Dialect dialect) {
    InMemoryStorage memory = new InMemoryStorage();
    JdbcStorage database = JdbcStorage.on(Databases.empty(dialect));
    Run inMemory = new Run(memory);
    Run onDatabase = new Run(database);

    List<ContractId> ids = inMemory.play();
    assertEquals(ids, onDatabase.play());

    assertEquals(inMemory.answers, onDatabase.answers, "every answer");
    assertEquals(memory.contracts().all(CENTER), database.contracts().all(CENTER), "every contract");
    assertEquals(memory.contracts().relatedTo(CENTER, ids.get(0)), database.contracts().relatedTo(CENTER, ids.get(0)));
    for (ContractId id : ids) {
      List<AuditEntry> trail = database.eventLog().trail(CENTER, "contracts", id.value());
      assertEquals(memory.eventLog().trail(CENTER, "contracts", id.value()), trail, "the trail of " + id + ", events and notices");
      assertEquals(database.contracts().find(CENTER, id.value()).get().version(), trail.size());
      assertEquals(memory.agenda().forCase(CENTER, "contracts", id.value()), database.agenda().forCase(CENTER, "contracts", id.value()));
    }
    // every command sent again answers its first answer, read back from the database's receipts
    for (int i = 0; i < onDatabase.sent.size(); i++) {
      assertEquals(onDatabase.answers.get(i), onDatabase.center.contracts().handle(onDatabase.sent.get(i), onDatabase.senders.get(i)),
          "the replay of " + onDatabase.sent.get(i));
    }
    assertEquals(memory.contracts().all(CENTER), database.contracts().all(CENTER), "the replay wrote nothing");
  }
}
