package io.bizcenter.core.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;

import io.bizcenter.core.contracts.ContractCommand.Abandon;
import io.bizcenter.core.contracts.ContractCommand.BuildTenantFile;
import io.bizcenter.core.contracts.ContractCommand.ConfirmDelivery;
import io.bizcenter.core.contracts.ContractCommand.DraftContract;
import io.bizcenter.core.contracts.ContractCommand.DraftPaymentNotice;
import io.bizcenter.core.contracts.ContractCommand.FilePhotocopy;
import io.bizcenter.core.contracts.ContractCommand.ImportContract;
import io.bizcenter.core.contracts.ContractCommand.Issue;
import io.bizcenter.core.contracts.ContractCommand.Opening;
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
import io.bizcenter.core.contracts.ContractRejection.ChainComplete;
import io.bizcenter.core.contracts.ContractRejection.ChainIncomplete;
import io.bizcenter.core.contracts.ContractRejection.CompanySealRequired;
import io.bizcenter.core.contracts.ContractRejection.DeliveriesPending;
import io.bizcenter.core.contracts.ContractRejection.DeviationNotAwaitingYou;
import io.bizcenter.core.contracts.ContractRejection.DeviationsUnconfirmed;
import io.bizcenter.core.contracts.ContractRejection.DocumentsMissing;
import io.bizcenter.core.contracts.ContractRejection.LeaseCopyGoesToTenantFile;
import io.bizcenter.core.contracts.ContractRejection.NoDeliveryAwaitsYou;
import io.bizcenter.core.contracts.ContractRejection.NoDeviationAwaitsYou;
import io.bizcenter.core.contracts.ContractRejection.NoSuchDeviation;
import io.bizcenter.core.contracts.ContractRejection.NotALease;
import io.bizcenter.core.contracts.ContractRejection.NotInTheChain;
import io.bizcenter.core.contracts.ContractRejection.NothingToReturn;
import io.bizcenter.core.contracts.ContractRejection.SignatoryDoesNotFit;
import io.bizcenter.core.contracts.ContractRejection.SignatureOutOfOrder;
import io.bizcenter.core.contracts.ContractRejection.SignedAlready;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.Seat;
import io.bizcenter.core.procedure.Guard;
import io.bizcenter.core.procedure.ProcedureDefinition;
import io.bizcenter.core.procedure.Who;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Contract signing (合同签署规程), declared once. Read top to bottom, it is the source's text: draft from the template
 * and settle the deviations (CS-1.1), print and have it signed with the tenant's documents (CS-2.1 to CS-2.4), the
 * approval chain (CS-3.1), issue and distribution (CS-4.1), then for a lease the payment notice (CS-5.1) and the
 * tenant file (CS-5.2).
 *
 * <p>Decisions where the source is silent, written down here where the code declares them:
 * <ul>
 *   <li>The approval chain is data ({@link ApprovalChain}, in the policy and kept by each contract): a list of steps,
 *       each a capacity and the seat that signs it. Signing and returning are one declared step each, taken in turns:
 *       a turn guard reads the seat of the step due off the contract, so legality, {@code availableActions} and the
 *       agenda all follow the chain, and the signatures present are always a prefix of it. A signature out of turn
 *       answers {@code CS_SIGNATURE_OUT_OF_ORDER}, from a seat of no step {@code CS_NOT_IN_THE_CHAIN} (CS-3.1).
 *   <li>Default chain: the Operations manager as handler (whose signature carries the opinion that fills the Economic
 *       Contract Review Form), the Operations department manager, then the managers of Audit, Finance, Legal and the
 *       General Office. The General Office reviews as the chain's last step (CS-3.1), then signs off and issues as a
 *       step of its own (CS-4.1).
 *   <li>Nobody signs two steps, except that by default one person may sign as handler and as department manager
 *       (the source: often the same person in two capacities, who then acts once in each role); the policy names the
 *       steps that may share a signer, none for strict four eyes.
 *   <li>A returned contract goes back to the handler by default, every signature withdrawn: comments usually change
 *       the contract or the form, and a signature covers only what its signer saw. The policy may send it back to the
 *       previous step instead. Only the reviewer whose turn it is returns it, with comments, and not before the
 *       handler has signed.
 *   <li>Deviations: the policy names the departments that review each topic; each reviews through its department
 *       manager, confirming or refusing with a reason. The draft prints only when every deviation is confirmed by all
 *       its departments or withdrawn by Operations (the template's wording then stands).
 *   <li>The tenant signs with every document its type owes (CS-2.2 to CS-2.4): a company also seals; an individual
 *       signs in person; where an overseas or forming company's representative is its head, proof of that role replaces
 *       the authorisation letter. A missing document refuses the signature, listing each one missing.
 *   <li>Distribution: each department receiving originals confirms them (Operations for the tenant's, which it hands
 *       over); the photocopy of a parking or phone-line agreement is filed once every original is confirmed, which
 *       closes it. A lease's copy goes into the tenant file, after its payment notice.
 *   <li>Parking and phone-line agreements belong to a lease; the payment notice and the tenant file cover the lease
 *       and every related contract issued, and wait while one is still being signed. The payment notice may be returned
 *       by the department manager or Finance, and is then drafted again.
 *   <li>GS-6: a contract in force when the building comes to the library is imported closed by Operations, issued, with
 *       where each original is kept (one keeper per entry, the tenant among them), each delivery confirmed at the import;
 *       a parking or phone-line agreement names a lease of the same tenant imported before it (CS-5.1). It owes nothing
 *       on the agenda; a renewal is drafted against it as against any lease.
 *   <li>A contract may be abandoned by the Operations manager or department manager until it is issued.
 *   <li>Separation of duties, declared on the steps and read off the contract's audit trail: whoever recorded a deviation
 *       on the contract reviews none of its deviations (CS-1.1: the departments concerned review it); whoever issued it
 *       confirms no delivery of its originals (CS-4.1); whoever drafted the payment notice neither reviews, returns nor
 *       stamps it, and its reviewer does not stamp it (CS-5.1). The approval chain keeps its own guard ("nobody signs
 *       two steps"), because the policy decides which of its steps may share a signer, which a fixed separation cannot say.
 * </ul>
 */
public final class ContractProcedure {
  /** The procedure's name in ids, logs, the audit trail and the agenda. */
  public static final String NAME = "contracts";

  /** Any role in any department: the seat of steps taken in turns, whose real seats a turn guard reads off the contract. */
  static final Who IN_TURN = Who.anyOf(new Seat(Optional.empty(), Optional.empty()));
  static final Who NOBODY = new Who(List.of());
  /** 营运招商部 drafts and sends contracts for signature (CS-0.1). */
  static final Who OPERATIONS = Who.anyOf(Seat.in(Department.OPERATIONS));
  static final Who OPERATIONS_MANAGERS = Who.anyOf(
      Seat.of(Department.OPERATIONS, Role.OPERATIONS_MANAGER), Seat.of(Department.OPERATIONS, Role.DEPARTMENT_MANAGER));
  /** A department concerned reviews a deviation through its manager (CS-1.1). */
  static final Who DEPARTMENT_MANAGERS = Who.anyOf(Seat.as(Role.DEPARTMENT_MANAGER));
  /** 总办签署下达 (CS-4.1). */
  static final Who GENERAL_OFFICE = Who.anyOf(Seat.of(Department.GENERAL_OFFICE, Role.DEPARTMENT_MANAGER));
  static final Who DEPUTY_SUPERVISOR = Who.anyOf(Seat.of(Department.OPERATIONS, Role.OPERATIONS_DEPUTY_SUPERVISOR));
  static final Who OPERATIONS_DEPARTMENT_MANAGER = Who.anyOf(Seat.of(Department.OPERATIONS, Role.DEPARTMENT_MANAGER));
  static final Who FINANCE = Who.anyOf(Seat.in(Department.FINANCE));
  static final Who MANAGERS_ASSISTANT = Who.anyOf(Seat.of(Department.OPERATIONS, Role.OPERATIONS_MANAGER_ASSISTANT));
  /** What the commands whose rules span a lease and its related contracts hold alone (CS-5.1, CS-5.2). */
  private static final String LEASE_CONTRACTS = "the lease's contracts";

  private ContractProcedure() {}

  /**
   * The declaration, its decisions and the rules that span a lease's contracts reading {@code contracts} and each center's
   * policy. A command's guards and decision run inside its transaction, while it holds the lease's contracts alone, so
   * they see the lease and its related contracts as the command's own decision will.
   */
  static ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> declare(Contracts contracts,
      Function<CenterId, ContractPolicy> policies) {
    return ProcedureDefinition.<ContractState, ContractAction, Contract, ContractCommand>declare(NAME, ContractState.class, ContractAction.class)
        // draft from the template, deviations reviewed and confirmed by the departments concerned (CS-0.1, CS-1.1)
        .opens(DRAFT_CONTRACT, DraftContract.class, DRAFTING, OPERATIONS, "CS-1.1",
            (draft, step) -> Contract.open(draft, step, policies.apply(step.center())), leaseOfTheTenant(contracts), renewsALeaseOfTheTenant(contracts))
        .step(DRAFTING, RECORD_DEVIATION, RecordDeviation.class, DRAFTING, OPERATIONS, "CS-1.1",
            (contract, deviation, step) -> contract.recordDeviation(deviation, step, policies.apply(step.center())))
        .step(DRAFTING, REVIEW_DEVIATION, ReviewDeviation.class, DRAFTING, DEPARTMENT_MANAGERS, "CS-1.1", Contract::reviewDeviation,
            deviationReviewerInTurn(), deviationAwaitsReviewer())
        .step(DRAFTING, WITHDRAW_DEVIATION, WithdrawDeviation.class, DRAFTING, OPERATIONS, "CS-1.1", Contract::withdrawDeviation, openDeviation())
        // print in originals, signed and sealed by the tenant with its documents (CS-2.1 to CS-2.4)
        .step(DRAFTING, PRINT, PrintContract.class, OUT_FOR_SIGNATURE, OPERATIONS, "CS-2.1", Contract::print, everyDeviationSettled())
        .step(OUT_FOR_SIGNATURE, RECORD_TENANT_SIGNATURE, RecordTenantSignature.class, IN_REVIEW, OPERATIONS, "CS-2.1",
            Contract::recordTenantSignature, signatoryFits(), companySeal(), documentsComplete())
        // the approval chain, strictly in order (CS-3.1)
        .step(IN_REVIEW, SIGN, Sign.class, IN_REVIEW, IN_TURN, "CS-3.1", Contract::sign, signerInTurn(), nobodySignsTwice())
        .step(IN_REVIEW, RETURN_FOR_REVISION, ReturnForRevision.class, IN_REVIEW, IN_TURN, "CS-3.1", Contract::returnForRevision, reviewerInTurn())
        // issue and distribution; the photocopy of a related contract closes it (CS-4.1)
        .step(IN_REVIEW, ISSUE, Issue.class, ISSUED, GENERAL_OFFICE, "CS-4.1", Contract::issue, everyStepSigned())
        .step(ISSUED, CONFIRM_DELIVERY, ConfirmDelivery.class, ISSUED, IN_TURN, "CS-4.1", Contract::confirmDelivery, recipientInTurn())
        .step(ISSUED, FILE_PHOTOCOPY, FilePhotocopy.class, CLOSED, OPERATIONS, "CS-4.1", Contract::filePhotocopy, notALease(), everyDeliveryConfirmed())
        // a lease's payment notice (CS-5.1); originals may still be confirmed meanwhile (CS-4.1)
        .step(ISSUED, DRAFT_PAYMENT_NOTICE, DraftPaymentNotice.class, PAYMENT_NOTICE_DRAFTED, DEPUTY_SUPERVISOR, "CS-5.1",
            (lease, draft, step) -> lease.draftPaymentNotice(draft, step, contracts.relatedTo(lease.center(), lease.id())),
            aLease(), relatedContractsSettled(contracts))
        .step(PAYMENT_NOTICE_DRAFTED, CONFIRM_DELIVERY, ConfirmDelivery.class, PAYMENT_NOTICE_DRAFTED, IN_TURN, "CS-4.1", Contract::confirmDelivery,
            recipientInTurn())
        .step(PAYMENT_NOTICE_DRAFTED, REVIEW_PAYMENT_NOTICE, ReviewPaymentNotice.class, PAYMENT_NOTICE_REVIEWED, OPERATIONS_DEPARTMENT_MANAGER, "CS-5.1",
            Contract::reviewPaymentNotice)
        .step(PAYMENT_NOTICE_DRAFTED, RETURN_PAYMENT_NOTICE, ReturnPaymentNotice.class, ISSUED, OPERATIONS_DEPARTMENT_MANAGER, "CS-5.1",
            Contract::returnPaymentNotice)
        .step(PAYMENT_NOTICE_REVIEWED, CONFIRM_DELIVERY, ConfirmDelivery.class, PAYMENT_NOTICE_REVIEWED, IN_TURN, "CS-4.1", Contract::confirmDelivery,
            recipientInTurn())
        .step(PAYMENT_NOTICE_REVIEWED, STAMP_PAYMENT_NOTICE, StampPaymentNotice.class, PAYMENT_NOTICE_STAMPED, FINANCE, "CS-5.1",
            Contract::stampPaymentNotice)
        .step(PAYMENT_NOTICE_REVIEWED, RETURN_PAYMENT_NOTICE, ReturnPaymentNotice.class, ISSUED, FINANCE, "CS-5.1", Contract::returnPaymentNotice)
        .step(PAYMENT_NOTICE_STAMPED, CONFIRM_DELIVERY, ConfirmDelivery.class, PAYMENT_NOTICE_STAMPED, IN_TURN, "CS-4.1", Contract::confirmDelivery,
            recipientInTurn())
        .step(PAYMENT_NOTICE_STAMPED, RECORD_PAYMENT_NOTICE_SIGNED_FOR, RecordPaymentNoticeSignedFor.class, PAYMENT_NOTICE_SIGNED_FOR, OPERATIONS,
            "CS-5.1", Contract::recordPaymentNoticeSignedFor)
        .step(PAYMENT_NOTICE_SIGNED_FOR, CONFIRM_DELIVERY, ConfirmDelivery.class, PAYMENT_NOTICE_SIGNED_FOR, IN_TURN, "CS-4.1",
            Contract::confirmDelivery, recipientInTurn())
        // the tenant file, with copies of the lease and its related contracts (CS-5.2)
        .step(PAYMENT_NOTICE_SIGNED_FOR, BUILD_TENANT_FILE, BuildTenantFile.class, CLOSED, MANAGERS_ASSISTANT, "CS-5.2",
            (lease, file, step) -> lease.buildTenantFile(file, step, contracts.relatedTo(lease.center(), lease.id())),
            everyDeliveryConfirmed(), relatedContractsSettled(contracts))
        // until it is issued, a contract may be dropped
        .step(DRAFTING, ABANDON, Abandon.class, ABANDONED, OPERATIONS_MANAGERS, "CS-0.1", Contract::abandon)
        .step(OUT_FOR_SIGNATURE, ABANDON, Abandon.class, ABANDONED, OPERATIONS_MANAGERS, "CS-0.1", Contract::abandon)
        .step(IN_REVIEW, ABANDON, Abandon.class, ABANDONED, OPERATIONS_MANAGERS, "CS-0.1", Contract::abandon)
        // a contract in force when the building comes to the library, closed with its originals where they are
        .opens(IMPORT_CONTRACT, ImportContract.class, CLOSED, OPERATIONS, "GS-6",
            (imported, step) -> Contract.imported(imported, step, policies.apply(step.center())), leaseOfTheTenant(contracts))
        // a related contract drafted meanwhile would be missed by the payment notice or the tenant file: these commands hold
        // the lease's contracts alone (CS-5.1, CS-5.2)
        .holds(LEASE_CONTRACTS, "CS-5.1", Opening.class, opening -> opening.leaseLink().map(RelatedContracts::ofLease).stream().toList())
        .holds(LEASE_CONTRACTS, "CS-5.1", DraftPaymentNotice.class, draft -> List.of(RelatedContracts.ofLease(draft.contractId())))
        .holds(LEASE_CONTRACTS, "CS-5.2", BuildTenantFile.class, file -> List.of(RelatedContracts.ofLease(file.contractId())))
        // separation of duties: who records a deviation does not review it, who issues does not confirm receipt, and the
        // payment notice's draft, review and stamp are three people (CS-1.1, CS-4.1, CS-5.1); the chain keeps its own guard
        .separate(REVIEW_DEVIATION, "CS-1.1", RECORD_DEVIATION)
        .separate(CONFIRM_DELIVERY, "CS-4.1", ISSUE)
        .separate(REVIEW_PAYMENT_NOTICE, "CS-5.1", DRAFT_PAYMENT_NOTICE)
        .separate(RETURN_PAYMENT_NOTICE, "CS-5.1", DRAFT_PAYMENT_NOTICE)
        .separate(STAMP_PAYMENT_NOTICE, "CS-5.1", DRAFT_PAYMENT_NOTICE, REVIEW_PAYMENT_NOTICE)
        .finals(CLOSED, ABANDONED)
        // whoever signs a step of the chain, or confirms originals, reads the contract before and after their turn
        .readers(ContractProcedure::chainAndRecipients)
        .stateClause(IN_REVIEW, "CS-3.1")
        .stateClause(CLOSED, "CS-0.1")
        .build();
  }

  /** Every seat of the contract's approval chain and every department its originals go through (CS-3.1, CS-4.1). */
  private static Who chainAndRecipients(Contract c) {
    List<Seat> seats = new java.util.ArrayList<>();
    c.chain().steps().forEach(step -> seats.add(step.seat()));
    c.deliveries().forEach(d -> seats.add(Seat.in(d.confirmer())));
    return new Who(seats);
  }

  // ---- CS-5.1, MO-1.1: the lease a new contract names

  /** A parking or phone-line agreement, drafted or imported, belongs to a lease of the same tenant (CS-5.1). */
  private static Guard<Contract, Opening> leaseOfTheTenant(Contracts contracts) {
    return Guard.of("a related contract names a lease of its tenant", "CS-5.1", (none, opening, rule) ->
        RelatedContracts.noLeaseOf(opening.tenant(), opening.leaseLink(), rule, id -> contracts.find(opening.center(), id.value())));
  }

  /** A renewal renews a lease of the same tenant (MO-1.1, drafted under CS-1.1). */
  private static Guard<Contract, DraftContract> renewsALeaseOfTheTenant(Contracts contracts) {
    return Guard.of("a renewal renews a lease of its tenant", (none, draft, rule) ->
        RelatedContracts.noLeaseOf(draft.tenant(), draft.renewal(), rule, id -> contracts.find(draft.center(), id.value())));
  }

  // ---- CS-1.1: deviations

  /** The managers of the departments that still owe some open deviation their review. */
  private static Guard<Contract, ContractCommand> deviationReviewerInTurn() {
    return Guard.turn("a department concerned reviews", "CS-1.1",
        c -> new Who(c.deviations().stream()
            .flatMap(d -> d.reviewers().stream().filter(d::awaits))
            .distinct()
            .map(department -> Seat.of(department, Role.DEPARTMENT_MANAGER))
            .toList()),
        (c, actor, rule) -> new NoDeviationAwaitsYou(actor.role(), actor.department(), rule));
  }

  private static Guard<Contract, ReviewDeviation> deviationAwaitsReviewer() {
    return Guard.withActor("the deviation awaits this department's review", (c, review, actor, rule) ->
        onOpenDeviation(c, review.deviation(), rule, d -> d.awaits(actor.department())
            ? Option.none() : Option.some(new DeviationNotAwaitingYou(review.deviation(), actor.department(), rule))));
  }

  private static Guard<Contract, WithdrawDeviation> openDeviation() {
    return Guard.of("an open deviation", (c, withdrawal, rule) -> onOpenDeviation(c, withdrawal.deviation(), rule, d -> Option.none()));
  }

  /** {@code then} on the open deviation numbered {@code no}; without one (never recorded, or withdrawn) there is none to act on. */
  private static Option<Rejection.RuleBroken> onOpenDeviation(Contract c, int no, Clause rule,
      Function<Deviation, Option<Rejection.RuleBroken>> then) {
    boolean open = no >= 1 && no <= c.deviations().size() && !c.deviations().get(no - 1).withdrawn();
    return open ? then.apply(c.deviations().get(no - 1)) : Option.some(new NoSuchDeviation(no, rule));
  }

  /** On the print (CS-2.1), the rule is the deviations' own. */
  private static Guard<Contract, ContractCommand> everyDeviationSettled() {
    return Guard.onCase("every deviation confirmed or withdrawn", "CS-1.1", (c, actor, rule) -> {
      List<Integer> unsettled = c.unsettledDeviations().stream().map(Deviation::no).toList();
      return unsettled.isEmpty() ? Option.none() : Option.some(new DeviationsUnconfirmed(unsettled, rule));
    });
  }

  // ---- CS-2.1 to CS-2.4: the tenant's signature

  /** Who signs depends on the kind of tenant; its rule (CS-2.2 to CS-2.4) is the rejection's clause. */
  private static Guard<Contract, RecordTenantSignature> signatoryFits() {
    return Guard.of("who signs for this kind of tenant", (c, signed, rule) -> {
      Signatory.Capacity capacity = signed.signatory().capacity();
      return c.tenantType().signsAs(capacity) ? Option.none() : Option.some(new SignatoryDoesNotFit(c.tenantType(), capacity));
    });
  }

  private static Guard<Contract, RecordTenantSignature> companySeal() {
    return Guard.of("a company seals", "CS-2.2", (c, signed, rule) ->
        c.tenantType() == TenantType.COMPANY && !signed.companySeal() ? Option.some(new CompanySealRequired(rule)) : Option.none());
  }

  /** The documents depend on the kind of tenant; its rule (CS-2.2 to CS-2.4) is the rejection's clause. */
  private static Guard<Contract, RecordTenantSignature> documentsComplete() {
    return Guard.of("every document the tenant owes", (c, signed, rule) -> {
      List<SupportingDocument> missing = c.tenantType().requiredDocuments(signed.signatory().capacity()).stream()
          .filter(d -> !signed.documents().contains(d))
          .toList();
      return missing.isEmpty() ? Option.none() : Option.some(new DocumentsMissing(c.tenantType(), missing));
    });
  }

  // ---- CS-3.1: the approval chain

  /** The seat of the step due; nobody once every step has signed. */
  private static Who seatDue(Contract c) {
    return c.dueStep().map(s -> Who.anyOf(s.seat())).orElse(NOBODY);
  }

  /** Why an actor whose turn it is not may not sign or return now. */
  private static Rejection.RuleBroken notYourTurn(Contract c, Actor actor, Clause rule) {
    return c.dueStep()
        .<Rejection.RuleBroken>map(due -> c.chain().stepOf(actor)
            .<Rejection.RuleBroken>map(theirs -> new SignatureOutOfOrder(due.capacity(), theirs.capacity(), rule))
            .orElseGet(() -> new NotInTheChain(due.capacity(), actor.role(), actor.department(), rule)))
        .orElseGet(() -> new ChainComplete(rule));
  }

  private static Guard<Contract, ContractCommand> signerInTurn() {
    return Guard.turn("the seat of the step due signs", "CS-3.1", ContractProcedure::seatDue, ContractProcedure::notYourTurn);
  }

  private static Guard<Contract, ContractCommand> nobodySignsTwice() {
    return Guard.onCase("nobody signs two steps", (c, actor, rule) -> Option.ofOptional(c.dueStep().flatMap(due ->
        c.signatures().stream()
            .filter(s -> s.staff().equals(actor.staff()) && !c.chain().mayShare(s.capacity(), due.capacity()))
            .findFirst()
            .map(s -> (Rejection.RuleBroken) new SignedAlready(actor.staff(), s.capacity(), rule)))));
  }

  private static Guard<Contract, ContractCommand> reviewerInTurn() {
    return Guard.turn("the reviewer due may return it", "CS-3.1",
        c -> c.signatures().isEmpty() ? NOBODY : seatDue(c),
        (c, actor, rule) -> c.signatures().isEmpty() ? new NothingToReturn(rule) : notYourTurn(c, actor, rule));
  }

  // ---- CS-4.1: issue and distribution

  private static Guard<Contract, ContractCommand> everyStepSigned() {
    return Guard.onCase("every step of the chain signed",
        (c, actor, rule) -> Option.ofOptional(c.dueStep().map(due -> new ChainIncomplete(due.capacity(), rule))));
  }

  /** The departments that still have originals to confirm. */
  private static Guard<Contract, ContractCommand> recipientInTurn() {
    return Guard.turn("a department with originals to confirm", "CS-4.1",
        c -> new Who(c.pendingDeliveries().stream().map(Delivery::confirmer).distinct().map(Seat::in).toList()),
        (c, actor, rule) -> new NoDeliveryAwaitsYou(actor.department(), rule));
  }

  /** On the photocopy (CS-4.1) and on the tenant file (CS-5.2) alike, the rule is distribution's. */
  private static Guard<Contract, ContractCommand> everyDeliveryConfirmed() {
    return Guard.onCase("every delivery confirmed", "CS-4.1", (c, actor, rule) ->
        c.pendingDeliveries().isEmpty() ? Option.none() : Option.some(new DeliveriesPending(c.pendingDeliveries().size(), rule)));
  }

  private static Guard<Contract, ContractCommand> notALease() {
    return Guard.onCase("a lease's copy goes into the tenant file", "CS-5.2", (c, actor, rule) ->
        c.isLease() ? Option.some(new LeaseCopyGoesToTenantFile(rule)) : Option.none());
  }

  // ---- CS-5.1, CS-5.2: the payment notice and the tenant file

  private static Guard<Contract, ContractCommand> aLease() {
    return Guard.onCase("a payment notice is drafted from a lease", (c, actor, rule) ->
        c.isLease() ? Option.none() : Option.some(new NotALease(c.type(), rule)));
  }

  /**
   * The payment notice (CS-5.1) and the tenant file (CS-5.2) cover every related contract of the lease, so they wait for
   * each to be issued or abandoned. Judged on the command only, not for a screen's offers: it reads the lease's other
   * contracts, in the command's transaction.
   */
  private static Guard<Contract, ContractCommand> relatedContractsSettled(Contracts contracts) {
    return Guard.of("every related contract issued or abandoned", (lease, command, rule) ->
        RelatedContracts.unsettled(contracts.relatedTo(lease.center(), lease.id()), rule));
  }
}
