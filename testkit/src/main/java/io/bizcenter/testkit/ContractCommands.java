package io.bizcenter.testkit;

import io.bizcenter.core.contracts.Contract;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractCommand;
import io.bizcenter.core.contracts.ContractCommand.Abandon;
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
import io.bizcenter.core.contracts.ContractCommand.ReturnPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.ReviewDeviation;
import io.bizcenter.core.contracts.ContractCommand.ReviewPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.Sign;
import io.bizcenter.core.contracts.ContractCommand.StampPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.WithdrawDeviation;
import io.bizcenter.core.contracts.ContractId;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.HeldOriginals;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import io.bizcenter.core.contracts.Terms;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.IdentityNumber;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of contract commands and of the people who send them: plain functions of a {@link RandomGenerator}.
 * {@link #wellFormedFor} makes a command whose fields pass their checks (the procedure's rules still decide), mostly
 * one a clerk would send for the contract as it stands; {@link #arbitrary} makes anything a front end could send.
 */
public final class ContractCommands {
  /** A few tenants, so that leases and their related contracts meet. */
  private static final List<TenantId> TENANTS = List.of(TenantId.of("T-1"), TenantId.of("T-2"), TenantId.of("T-3"));

  private ContractCommands() {}

  /**
   * The seats of contract signing, each a few people; some people hold two seats (the Operations manager who is also
   * its department manager), so that "nobody signs twice" is tried. Now and then someone from anywhere.
   */
  public static Actor actor(RandomGenerator random, List<CenterId> centers) {
    if (random.nextInt(8) == 0) {
      return Actors.any(random, centers);
    }
    Set<CenterId> works = new HashSet<>();
    works.add(centers.get(random.nextInt(centers.size())));
    String person = "p" + random.nextInt(3);
    Actor seat = switch (random.nextInt(12)) {
      case 0, 1 -> Actor.of("ops-" + person, Role.STAFF, Department.OPERATIONS);
      case 2 -> Actor.of("opm-" + person, Role.OPERATIONS_MANAGER, Department.OPERATIONS);
      // the same people as the Operations manager, in their second capacity
      case 3 -> Actor.of("opm-" + person, Role.DEPARTMENT_MANAGER, Department.OPERATIONS);
      case 4 -> Actor.of("dep-" + person, Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS);
      case 5 -> Actor.of("ast-" + person, Role.OPERATIONS_MANAGER_ASSISTANT, Department.OPERATIONS);
      case 6 -> Actor.of("aud-" + person, Role.DEPARTMENT_MANAGER, Department.AUDIT);
      case 7 -> Actor.of("fin-" + person, Role.DEPARTMENT_MANAGER, Department.FINANCE);
      case 8 -> Actor.of("leg-" + person, Role.DEPARTMENT_MANAGER, Department.LEGAL);
      case 9 -> Actor.of("go-" + person, Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE);
      case 10 -> Actor.of("adm-" + person, Role.STAFF, Department.ADMINISTRATION);
      default -> Actor.of("eng-" + person, Role.DEPARTMENT_MANAGER, Department.ENGINEERING);
    };
    return new Actor(seat.staff(), seat.role(), seat.department(), works);
  }

  /**
   * Someone in each seat of contract signing, for a screen-like sweep: who may do what on a contract now? Under the
   * name {@code "acting"} one person holds the manager's seat of Audit, Finance, Legal and the General Office at once
   * (standing in for absent colleagues), so that "nobody signs two steps" is put to the test.
   */
  public static List<Actor> everySeat(CenterId center, String person) {
    boolean acting = person.equals("acting");
    return List.of(
        Actor.of("ops-" + person, Role.STAFF, Department.OPERATIONS, center),
        Actor.of("opm-" + person, Role.OPERATIONS_MANAGER, Department.OPERATIONS, center),
        Actor.of("opm-" + person, Role.DEPARTMENT_MANAGER, Department.OPERATIONS, center),
        Actor.of("dep-" + person, Role.OPERATIONS_DEPUTY_SUPERVISOR, Department.OPERATIONS, center),
        Actor.of("ast-" + person, Role.OPERATIONS_MANAGER_ASSISTANT, Department.OPERATIONS, center),
        Actor.of((acting ? "mgr-" : "aud-") + person, Role.DEPARTMENT_MANAGER, Department.AUDIT, center),
        Actor.of((acting ? "mgr-" : "fin-") + person, Role.DEPARTMENT_MANAGER, Department.FINANCE, center),
        Actor.of("fin-staff-" + person, Role.STAFF, Department.FINANCE, center),
        Actor.of((acting ? "mgr-" : "leg-") + person, Role.DEPARTMENT_MANAGER, Department.LEGAL, center),
        Actor.of((acting ? "mgr-" : "go-") + person, Role.DEPARTMENT_MANAGER, Department.GENERAL_OFFICE, center),
        Actor.of("adm-" + person, Role.STAFF, Department.ADMINISTRATION, center),
        Actor.of("eng-" + person, Role.DEPARTMENT_MANAGER, Department.ENGINEERING, center));
  }

  /**
   * A new draft of any type for one of a few tenants; a parking or phone-line agreement names one of {@code leases}
   * (now and then one nobody issued), a lease now and then renews one.
   */
  public static DraftContract draft(RandomGenerator random, CenterId center, List<ContractId> leases) {
    ContractType type = Actors.pick(random, ContractType.values());
    ContractId lease = null;
    ContractId renewal = null;
    if (type.belongsToALease()) {
      lease = leases.isEmpty() || random.nextInt(10) == 0 ? ContractId.of("K-" + random.nextInt(50)) : leases.get(random.nextInt(leases.size()));
    } else if (!leases.isEmpty() && random.nextInt(5) == 0) {
      renewal = leases.get(random.nextInt(leases.size()));
    }
    return new DraftContract(commandId(random), center, type, TENANTS.get(random.nextInt(TENANTS.size())),
        Actors.pick(random, TenantType.values()), terms(random), lease, renewal);
  }

  /**
   * A well-formed command asking for {@code action} on {@code contract}; mostly what the contract calls for (the
   * documents its tenant owes, a deviation that exists), sometimes not. The opening action ignores the contract.
   */
  public static ContractCommand wellFormedFor(RandomGenerator random, Contract contract, ContractAction action, List<ContractId> leases) {
    CommandId id = commandId(random);
    CenterId center = contract.center();
    ContractId on = contract.id();
    int deviations = Math.max(1, contract.deviations().size());
    return switch (action) {
      case DRAFT_CONTRACT -> draft(random, center, leases);
      case RECORD_DEVIATION -> new RecordDeviation(id, center, on, Actors.pick(random, DeviationTopic.values()), "第" + (1 + random.nextInt(20)) + "条",
          Texts.plain(random, 200));
      case REVIEW_DEVIATION -> {
        boolean confirmed = random.nextInt(5) != 0;
        // a refusal says why; a confirmation may
        yield new ReviewDeviation(id, center, on, 1 + random.nextInt(deviations + 1), confirmed,
            !confirmed || random.nextBoolean() ? Texts.plain(random, 100) : null);
      }
      case WITHDRAW_DEVIATION -> new WithdrawDeviation(id, center, on, 1 + random.nextInt(deviations + 1));
      case PRINT -> new PrintContract(id, center, on);
      case RECORD_TENANT_SIGNATURE -> tenantSignature(random, contract);
      case SIGN -> new Sign(id, center, on, Texts.plain(random, 100));
      case RETURN_FOR_REVISION -> new ReturnForRevision(id, center, on, Texts.plain(random, 100));
      case ISSUE -> new Issue(id, center, on);
      case CONFIRM_DELIVERY -> new ConfirmDelivery(id, center, on);
      case FILE_PHOTOCOPY -> new FilePhotocopy(id, center, on, "F-" + random.nextInt(1000));
      case DRAFT_PAYMENT_NOTICE -> new DraftPaymentNotice(id, center, on, 1 + random.nextInt(12), LocalDate.of(2026, 1 + random.nextInt(12), 1));
      case REVIEW_PAYMENT_NOTICE -> new ReviewPaymentNotice(id, center, on);
      case RETURN_PAYMENT_NOTICE -> new ReturnPaymentNotice(id, center, on, Texts.plain(random, 100));
      case STAMP_PAYMENT_NOTICE -> new StampPaymentNotice(id, center, on);
      case RECORD_PAYMENT_NOTICE_SIGNED_FOR -> new RecordPaymentNoticeSignedFor(id, center, on, PersonName.of(Actors.pick(random, "王小明", "李华", "Jane O'Neil")));
      case BUILD_TENANT_FILE -> new BuildTenantFile(id, center, on, "TF-" + random.nextInt(1000));
      case ABANDON -> new Abandon(id, center, on, Texts.plain(random, 100));
      case IMPORT_CONTRACT -> importContract(random, center, leases);
    };
  }

  /** The signed contract back from the tenant: mostly the right signatory, seal and documents for its type, sometimes not. */
  public static RecordTenantSignature tenantSignature(RandomGenerator random, Contract contract) {
    TenantType type = contract.tenantType();
    boolean right = random.nextInt(5) != 0;
    Signatory.Capacity capacity = right
        ? (type == TenantType.INDIVIDUAL ? Signatory.Capacity.TENANT_IN_PERSON
            : random.nextBoolean() ? Signatory.Capacity.REPRESENTATIVE : Signatory.Capacity.HEAD_OF_COMPANY)
        : Actors.pick(random, Signatory.Capacity.values());
    List<SupportingDocument> documents = new ArrayList<>(type.requiredDocuments(capacity));
    if (!right || random.nextInt(10) == 0) {
      documents.removeIf(d -> random.nextBoolean());
      documents.add(Actors.pick(random, SupportingDocument.values()));
    }
    boolean seal = right || random.nextBoolean();
    return new RecordTenantSignature(commandId(random), contract.center(), contract.id(), signatory(random, capacity), seal, documents);
  }

  public static Signatory signatory(RandomGenerator random, Signatory.Capacity capacity) {
    return new Signatory(PersonName.of(Actors.pick(random, "欧阳娜娜", "Jane O'Neil", "张伟")),
        IdentityNumber.of(Actors.pick(random, "E12345678", "110101199003071234", "K-99887766")), capacity);
  }

  /** Negotiated terms: a unit, a space or a line, one to three years, a monthly charge and a deposit of up to three months. */
  public static Terms terms(RandomGenerator random) {
    LocalDate start = LocalDate.of(2026, 1 + random.nextInt(12), 1);
    Money monthly = Money.yuan(100 + random.nextInt(50_000)).plus(Money.yuan("0." + random.nextInt(10) + random.nextInt(10)));
    return new Terms(Actors.pick(random, "1203 室", "B2-017 车位", "021-5555 0123 线路", "Unit 8F"), start, start.plusYears(1 + random.nextInt(3)).minusDays(1),
        monthly, random.nextInt(4) == 0 ? Money.ZERO : monthly.times(1 + random.nextInt(3)));
  }

  /**
   * A contract in force for the import (GS-6), of any type for one of a few tenants, with its originals where the policy's
   * defaults send them; a parking or phone-line agreement names one of {@code leases}.
   */
  public static ContractCommand.ImportContract importContract(RandomGenerator random, CenterId center, List<ContractId> leases) {
    ContractType type = Actors.pick(random, ContractType.values());
    ContractId lease = type.belongsToALease()
        ? (leases.isEmpty() ? ContractId.of("K-" + random.nextInt(50)) : leases.get(random.nextInt(leases.size())))
        : null;
    return new ContractCommand.ImportContract(commandId(random), center, type, TENANTS.get(random.nextInt(TENANTS.size())),
        Actors.pick(random, TenantType.values()), terms(random), lease,
        List.of(HeldOriginals.by(Department.ADMINISTRATION, 1), HeldOriginals.by(Department.FINANCE, 1), HeldOriginals.byTenant(2)),
        new ImportSource("batch-" + random.nextInt(5), "contracts", 1 + random.nextInt(100), "generated"));
  }

  /** Anything at all: null fields, hostile or oversized text, impossible numbers, unknown ids, any center. */
  public static ContractCommand arbitrary(RandomGenerator random, List<CenterId> centers, List<ContractId> known) {
    CommandId id = random.nextInt(20) == 0 ? null : new CommandId(random.nextInt(20) == 0 ? Texts.any(random, 120) : "cmd-" + random.nextLong());
    CenterId center = random.nextInt(20) == 0 ? null : centers.get(random.nextInt(centers.size()));
    ContractId on = random.nextInt(10) == 0 || known.isEmpty()
        ? (random.nextInt(3) == 0 ? null : ContractId.of(Texts.any(random, 80)))
        : known.get(random.nextInt(known.size()));
    int number = random.nextInt(6) - 1;
    return switch (random.nextInt(18)) {
      case 0 -> new DraftContract(id, center, random.nextInt(8) == 0 ? null : Actors.pick(random, ContractType.values()),
          random.nextInt(8) == 0 ? null : TenantId.of(Texts.any(random, 70)), random.nextInt(8) == 0 ? null : Actors.pick(random, TenantType.values()),
          arbitraryTerms(random), random.nextBoolean() ? on : null, random.nextInt(4) == 0 ? on : null);
      case 1 -> new RecordDeviation(id, center, on, random.nextInt(5) == 0 ? null : Actors.pick(random, DeviationTopic.values()), Texts.any(random, 70),
          Texts.any(random, 2100));
      case 2 -> new ReviewDeviation(id, center, on, number, random.nextBoolean(), Texts.any(random, 1100));
      case 3 -> new WithdrawDeviation(id, center, on, number);
      case 4 -> new PrintContract(id, center, on);
      case 5 -> new RecordTenantSignature(id, center, on, random.nextInt(6) == 0 ? null
          : new Signatory(random.nextInt(6) == 0 ? null : PersonName.of(Texts.any(random, 60)),
              random.nextInt(6) == 0 ? null : IdentityNumber.of(Texts.any(random, 40)),
              random.nextInt(6) == 0 ? null : Actors.pick(random, Signatory.Capacity.values())),
          random.nextBoolean(), random.nextInt(6) == 0 ? null : new ArrayList<>(java.util.Arrays.asList(
              Actors.pick(random, SupportingDocument.values()), random.nextInt(6) == 0 ? null : Actors.pick(random, SupportingDocument.values()))));
      case 6 -> new Sign(id, center, on, Texts.any(random, 1100));
      case 7 -> new ReturnForRevision(id, center, on, Texts.any(random, 2100));
      case 8 -> new Issue(id, center, on);
      case 9 -> new ConfirmDelivery(id, center, on);
      case 10 -> new FilePhotocopy(id, center, on, Texts.any(random, 70));
      case 11 -> new DraftPaymentNotice(id, center, on, random.nextInt(16) - 2, random.nextInt(5) == 0 ? null : LocalDate.of(2026, 5, 1));
      case 12 -> new ReviewPaymentNotice(id, center, on);
      case 13 -> new ReturnPaymentNotice(id, center, on, Texts.any(random, 2100));
      case 14 -> new StampPaymentNotice(id, center, on);
      case 15 -> new RecordPaymentNoticeSignedFor(id, center, on, random.nextInt(5) == 0 ? null : PersonName.of(Texts.any(random, 60)));
      case 16 -> new BuildTenantFile(id, center, on, Texts.any(random, 70));
      default -> new Abandon(id, center, on, Texts.any(random, 1100));
    };
  }

  private static Terms arbitraryTerms(RandomGenerator random) {
    if (random.nextInt(8) == 0) {
      return null;
    }
    LocalDate start = random.nextInt(8) == 0 ? null : LocalDate.of(2026, 1 + random.nextInt(12), 1);
    LocalDate end = random.nextInt(8) == 0 || start == null ? null : start.plusDays(random.nextInt(800) - 100);
    return new Terms(Texts.any(random, 110), start, end, arbitraryAmount(random), arbitraryAmount(random));
  }

  private static Money arbitraryAmount(RandomGenerator random) {
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 -> Money.yuan(-1 - random.nextInt(1000));
      case 2 -> Money.yuan("1000000000000.00");
      default -> Money.yuan(random.nextInt(100_000));
    };
  }

  private static CommandId commandId(RandomGenerator random) {
    return CommandId.of("cmd-" + Long.toUnsignedString(random.nextLong(), 36));
  }
}
