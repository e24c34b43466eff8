package io.bizcenter.core.contracts;

import static io.bizcenter.core.kernel.Field.line;
import static io.bizcenter.core.kernel.Field.present;
import static io.bizcenter.core.kernel.Field.text;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Command;
import io.bizcenter.core.kernel.CommandId;
import io.bizcenter.core.kernel.Field;
import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.ImportSource;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.core.kernel.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commands of contract signing, in the imperative. Each checks its own fields, every error collected; which step it
 * triggers is declared once, in {@link ContractProcedure}; {@code toString} masks personal data through {@link Signatory}
 * and {@link PersonName}.
 */
public sealed interface ContractCommand extends Command {
  int REFERENCE = 64;
  int SUBJECT = 100;
  int NOTE = 1000;
  int TEXT = 2000;
  /** The most months one payment notice asks for in advance. */
  int MOST_MONTHS = 12;
  /** Amounts beyond this are typing errors, not contracts of a business center (and would not fit a form). */
  Money LARGEST_AMOUNT = Money.yuan("999999999999.99");
  /** An ID card or passport number: letters, digits and hyphens. */
  Pattern IDENTITY = Pattern.compile("[0-9A-Za-z-]{5,32}");

  /** Every field error of the command, or the command itself. */
  Validation<Seq<FieldError>, ContractCommand> check();

  /** A command on an existing contract. */
  sealed interface OnContract extends ContractCommand, Command.OnCase {
    ContractId contractId();

    default String caseId() {
      return contractId() == null ? null : contractId().value();
    }
  }

  /** A command that opens a contract, drafted or imported; a parking or phone-line agreement names its lease (CS-5.1). */
  sealed interface Opening extends ContractCommand {
    TenantId tenant();

    Optional<ContractId> leaseLink();
  }

  /**
   * CS-0.1, CS-1.1: draft a contract of one of the three types from its standard template, filled with the negotiated
   * terms. Parking and phone-line agreements name the lease they belong to (CS-5.1); a lease may name the lease it
   * renews (MO-1.1).
   */
  record DraftContract(CommandId commandId, CenterId center, ContractType type, TenantId tenant, TenantType tenantType, Terms terms,
      ContractId lease, ContractId renewalOf) implements Opening {
    public Optional<ContractId> leaseLink() {
      return Optional.ofNullable(lease);
    }

    public Optional<ContractId> renewal() {
      return Optional.ofNullable(renewalOf);
    }

    public Validation<Seq<FieldError>, ContractCommand> check() {
      List<Validation<FieldError, ?>> checks = contractChecks(type, tenant, tenantType, terms, lease);
      if (type != null && renewalOf != null) {
        checks.add(type == ContractType.LEASE ? id("renewalOf", renewalOf) : Validation.invalid(FieldError.of("renewalOf", Problem.NOT_ALLOWED)));
      }
      return ContractCommand.all(this, checks);
    }
  }

  /** CS-1.1: a clause the tenant wants changed from the template, for review by the departments concerned. */
  record RecordDeviation(CommandId commandId, CenterId center, ContractId contractId, DeviationTopic topic, String templateClause,
      String wording) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, present("topic", topic), line("templateClause", templateClause, REFERENCE), text("wording", wording, TEXT));
    }
  }

  /** CS-1.1: a department concerned confirms a deviation, or refuses it with its reason. */
  record ReviewDeviation(CommandId commandId, CenterId center, ContractId contractId, int deviation, boolean confirmed, String comment)
      implements OnContract {
    public Optional<String> note() {
      return Optional.ofNullable(comment);
    }

    public Validation<Seq<FieldError>, ContractCommand> check() {
      Validation<FieldError, ?> reason = !confirmed || comment != null ? text("comment", comment, NOTE) : Validation.valid("");
      return on(this, number("deviation", deviation), reason);
    }
  }

  /** CS-1.1: the tenant gives up a change; the template's wording stands. */
  record WithdrawDeviation(CommandId commandId, CenterId center, ContractId contractId, int deviation) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, number("deviation", deviation));
    }
  }

  /** CS-2.1: print the formal contract in the policy's number of originals and send it to the tenant to sign and seal. */
  record PrintContract(CommandId commandId, CenterId center, ContractId contractId) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this);
    }
  }

  /** CS-2.1 to CS-2.4: the contract came back signed (and sealed), with the tenant's documents. */
  record RecordTenantSignature(CommandId commandId, CenterId center, ContractId contractId, Signatory signatory, boolean companySeal,
      List<SupportingDocument> documents) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      Validation<FieldError, ?> docs = documents == null || documents.stream().anyMatch(Objects::isNull)
          ? Validation.invalid(FieldError.of("documents", Problem.MISSING)) : Validation.valid(documents);
      if (signatory == null) {
        return on(this, present("signatory", signatory), docs);
      }
      Validation<FieldError, ?> identity = signatory.identity() == null
          ? Validation.invalid(FieldError.of("signatory.identity", Problem.MISSING))
          : line("signatory.identity", signatory.identity().value(), 32).flatMap(v -> IDENTITY.matcher(v).matches()
              ? Validation.valid(v) : Validation.invalid(FieldError.of("signatory.identity", Problem.MALFORMED)));
      return on(this, Field.name("signatory.name", signatory.name()), identity, present("signatory.capacity", signatory.capacity()), docs);
    }
  }

  /** CS-3.1: sign the step of the approval chain that is due, with an opinion (the handler's fills the review form). */
  record Sign(CommandId commandId, CenterId center, ContractId contractId, String opinion) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, text("opinion", opinion, NOTE));
    }
  }

  /** CS-3.1: the reviewer whose turn it is sends the contract back with comments. */
  record ReturnForRevision(CommandId commandId, CenterId center, ContractId contractId, String comments) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, text("comments", comments, TEXT));
    }
  }

  /** CS-4.1: the General Office signs off and issues the contract; the originals go out. */
  record Issue(CommandId commandId, CenterId center, ContractId contractId) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this);
    }
  }

  /** CS-4.1: the actor's department confirms the originals it was to receive (or, Operations, hand to the tenant). */
  record ConfirmDelivery(CommandId commandId, CenterId center, ContractId contractId) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this);
    }
  }

  /** CS-4.1: Operations files a photocopy of a parking or phone-line agreement (a lease's copy goes into the tenant file). */
  record FilePhotocopy(CommandId commandId, CenterId center, ContractId contractId, String reference) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, line("reference", reference, REFERENCE));
    }
  }

  /** CS-5.1: draft the payment notice of a lease and its related contracts, for {@code months} of charges, due on a date. */
  record DraftPaymentNotice(CommandId commandId, CenterId center, ContractId contractId, int months, LocalDate dueOn)
      implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      Validation<FieldError, ?> period = months >= 1 && months <= MOST_MONTHS
          ? Validation.valid(months) : Validation.invalid(FieldError.of("months", Problem.NOT_ALLOWED));
      return on(this, period, present("dueOn", dueOn));
    }
  }

  /** CS-5.1: the department manager reviews and confirms the payment notice. */
  record ReviewPaymentNotice(CommandId commandId, CenterId center, ContractId contractId) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this);
    }
  }

  /** CS-5.1: the department manager or Finance sends the payment notice back to be drafted again. */
  record ReturnPaymentNotice(CommandId commandId, CenterId center, ContractId contractId, String comments) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, text("comments", comments, TEXT));
    }
  }

  /** CS-5.1: Finance reviews the payment notice and stamps it. */
  record StampPaymentNotice(CommandId commandId, CenterId center, ContractId contractId) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this);
    }
  }

  /** CS-5.1: the tenant signed for the payment notice; the name of who signed is kept (masked in logs). */
  record RecordPaymentNoticeSignedFor(CommandId commandId, CenterId center, ContractId contractId, PersonName signedBy)
      implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, Field.name("signedBy", signedBy));
    }
  }

  /** CS-5.2: the Operations manager's assistant builds the tenant file with copies of the lease and its related contracts. */
  record BuildTenantFile(CommandId commandId, CenterId center, ContractId contractId, String reference) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, line("reference", reference, REFERENCE));
    }
  }

  /** Drop a contract before it is issued (negotiations failed, the tenant will not sign), with the reason. */
  record Abandon(CommandId commandId, CenterId center, ContractId contractId, String reason) implements OnContract {
    public Validation<Seq<FieldError>, ContractCommand> check() {
      return on(this, text("reason", reason, NOTE));
    }
  }

  /**
   * GS-6: a contract in force when the building comes to the library, signed and issued before, with where each of its
   * originals is now (CS-4.1): our departments' and the tenant's, one keeper per entry and at least one original with
   * the tenant. Its links are checked as a draft's are (CS-5.1, MO-1.1): a parking or phone-line agreement names a lease
   * of the same tenant, imported before it.
   */
  record ImportContract(CommandId commandId, CenterId center, ContractType type, TenantId tenant, TenantType tenantType, Terms terms,
      ContractId lease, List<HeldOriginals> originals, ImportSource source) implements Opening {
    public ImportContract {
      originals = originals == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(originals));
    }


    public Optional<ContractId> leaseLink() {
      return Optional.ofNullable(lease);
    }

    public Validation<Seq<FieldError>, ContractCommand> check() {
      List<Validation<FieldError, ?>> checks = contractChecks(type, tenant, tenantType, terms, lease);
      checks.add(originalsCheck(originals));
      checks.addAll(ImportSource.checks("source", source));
      return ContractCommand.all(this, checks);
    }

    /** What the whereabouts say of the originals printed: how many, and which of our departments keep some. */
    public Originals printed() {
      return new Originals(originals.stream().mapToInt(HeldOriginals::count).sum(),
          originals.stream().flatMap(o -> o.department().stream()).toList());
    }
  }

  /** CS-2.1, CS-4.1: each keeper once, each with one original or more, and the tenant among them. */
  /** What a draft and an imported contract both carry: type, tenant, terms, and the lease link its type asks for. */
  private static List<Validation<FieldError, ?>> contractChecks(ContractType type, TenantId tenant, TenantType tenantType, Terms terms,
      ContractId lease) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(present("type", type));
    checks.add(present("tenant", tenant).flatMap(t -> line("tenant", t.value(), REFERENCE)));
    checks.add(present("tenantType", tenantType));
    checks.addAll(termsChecks(terms));
    // which links a contract carries depends on its type; without a type there is nothing to judge them by
    if (type != null && type.belongsToALease()) {
      checks.add(id("lease", lease));
    } else if (type != null && lease != null) {
      checks.add(Validation.invalid(FieldError.of("lease", Problem.NOT_ALLOWED)));
    }
    return checks;
  }

  private static Validation<FieldError, ?> originalsCheck(List<HeldOriginals> originals) {
    return Field.nonEmpty("originals", originals).flatMap(all -> {
      if (all.size() > 20 || all.stream().anyMatch(Objects::isNull)) {
        return Validation.invalid(FieldError.of("originals", Problem.MALFORMED));
      }
      if (all.stream().anyMatch(o -> o.count() < 1 || o.count() > 20)) {
        return Validation.invalid(FieldError.of("originals.count", Problem.MALFORMED));
      }
      long tenants = all.stream().filter(o -> o.keeper() == null).count();
      long departments = all.stream().map(HeldOriginals::keeper).filter(Objects::nonNull).distinct().count();
      return tenants == 1 && departments == all.size() - 1
          ? Validation.valid(all)
          : Validation.invalid(FieldError.of("originals.keeper", Problem.NOT_ALLOWED));
    });
  }

  private static List<Validation<FieldError, ?>> termsChecks(Terms terms) {
    if (terms == null) {
      return List.of(Validation.invalid(FieldError.of("terms", Problem.MISSING)));
    }
    List<Validation<FieldError, ?>> checks = new ArrayList<>();
    checks.add(line("terms.subject", terms.subject(), SUBJECT));
    checks.add(present("terms.start", terms.start()));
    Validation<FieldError, LocalDate> end = present("terms.end", terms.end());
    if (terms.start() != null && terms.end() != null && !terms.end().isAfter(terms.start())) {
      end = Validation.invalid(FieldError.of("terms.end", Problem.MALFORMED));
    }
    checks.add(end);
    checks.add(amount("terms.monthlyCharge", terms.monthlyCharge()));
    checks.add(amount("terms.deposit", terms.deposit()));
    return checks;
  }

  private static Validation<FieldError, Money> amount(String field, Money amount) {
    return Field.amount(field, amount).flatMap(m -> m.isNegative() || m.compareTo(LARGEST_AMOUNT) > 0
        ? Validation.invalid(FieldError.of(field, Problem.NOT_ALLOWED)) : Validation.valid(m));
  }

  private static Validation<FieldError, ?> id(String field, ContractId id) {
    return present(field, id).flatMap(i -> line(field, i.value(), REFERENCE));
  }

  private static Validation<FieldError, ?> number(String field, int number) {
    return number >= 1 ? Validation.valid(number) : Validation.invalid(FieldError.of(field, Problem.MALFORMED));
  }

  @SafeVarargs
  private static Validation<Seq<FieldError>, ContractCommand> on(OnContract c, Validation<FieldError, ?>... fields) {
    List<Validation<FieldError, ?>> checks = new ArrayList<>(List.of(fields));
    checks.add(0, id("contractId", c.contractId()));
    return all(c, checks);
  }

  @SuppressWarnings("unchecked")
  private static Validation<Seq<FieldError>, ContractCommand> all(ContractCommand c, List<Validation<FieldError, ?>> checks) {
    return Field.all(c, checks.toArray(Validation[]::new));
  }
}
