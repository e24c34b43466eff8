package io.bizcenter.core.contracts;

import static io.bizcenter.core.contracts.ContractAction.*;
import static io.bizcenter.core.contracts.ContractState.*;

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

  public static final ProcedureDefinition<ContractState, ContractAction, Contract, ContractCommand> DEFINITION =
      ProcedureDefinition.<ContractState, ContractAction, Contract, ContractCommand>declare(NAME, ContractState.class, ContractAction.class)
          // draft from the template, deviations reviewed and confirmed by the departments concerned (CS-0.1, CS-1.1)
          .opens(DRAFT_CONTRACT, DRAFTING, OPERATIONS, "CS-1.1")
          .step(DRAFTING, RECORD_DEVIATION, DRAFTING, OPERATIONS, "CS-1.1")
          .step(DRAFTING, REVIEW_DEVIATION, DRAFTING, DEPARTMENT_MANAGERS, "CS-1.1", deviationReviewerInTurn(), deviationAwaitsReviewer())
          .step(DRAFTING, WITHDRAW_DEVIATION, DRAFTING, OPERATIONS, "CS-1.1", openDeviation())
          // print in originals, signed and sealed by the tenant with its documents (CS-2.1 to CS-2.4)
          .step(DRAFTING, PRINT, OUT_FOR_SIGNATURE, OPERATIONS, "CS-2.1", everyDeviationSettled())
          .step(OUT_FOR_SIGNATURE, RECORD_TENANT_SIGNATURE, IN_REVIEW, OPERATIONS, "CS-2.1", signatoryFits(), companySeal(), documentsComplete())
          // the approval chain, strictly in order (CS-3.1)
          .step(IN_REVIEW, SIGN, IN_REVIEW, IN_TURN, "CS-3.1", signerInTurn(), nobodySignsTwice())
          .step(IN_REVIEW, RETURN_FOR_REVISION, IN_REVIEW, IN_TURN, "CS-3.1", reviewerInTurn())
          // issue and distribution; the photocopy of a related contract closes it (CS-4.1)
          .step(IN_REVIEW, ISSUE, ISSUED, GENERAL_OFFICE, "CS-4.1", everyStepSigned())
          .step(ISSUED, CONFIRM_DELIVERY, ISSUED, IN_TURN, "CS-4.1", recipientInTurn())
          .step(ISSUED, FILE_PHOTOCOPY, CLOSED, OPERATIONS, "CS-4.1", notALease(), everyDeliveryConfirmed())
          // a lease's payment notice (CS-5.1); originals may still be confirmed meanwhile (CS-4.1)
          .step(ISSUED, DRAFT_PAYMENT_NOTICE, PAYMENT_NOTICE_DRAFTED, DEPUTY_SUPERVISOR, "CS-5.1", aLease())
          .step(PAYMENT_NOTICE_DRAFTED, CONFIRM_DELIVERY, PAYMENT_NOTICE_DRAFTED, IN_TURN, "CS-4.1", recipientInTurn())
          .step(PAYMENT_NOTICE_DRAFTED, REVIEW_PAYMENT_NOTICE, PAYMENT_NOTICE_REVIEWED, OPERATIONS_DEPARTMENT_MANAGER, "CS-5.1")
          .step(PAYMENT_NOTICE_DRAFTED, RETURN_PAYMENT_NOTICE, ISSUED, OPERATIONS_DEPARTMENT_MANAGER, "CS-5.1")
          .step(PAYMENT_NOTICE_REVIEWED, CONFIRM_DELIVERY, PAYMENT_NOTICE_REVIEWED, IN_TURN, "CS-4.1", recipientInTurn())
          .step(PAYMENT_NOTICE_REVIEWED, STAMP_PAYMENT_NOTICE, PAYMENT_NOTICE_STAMPED, FINANCE, "CS-5.1")
          .step(PAYMENT_NOTICE_REVIEWED, RETURN_PAYMENT_NOTICE, ISSUED, FINANCE, "CS-5.1")
          .step(PAYMENT_NOTICE_STAMPED, CONFIRM_DELIVERY, PAYMENT_NOTICE_STAMPED, IN_TURN, "CS-4.1", recipientInTurn())
          .step(PAYMENT_NOTICE_STAMPED, RECORD_PAYMENT_NOTICE_SIGNED_FOR, PAYMENT_NOTICE_SIGNED_FOR, OPERATIONS, "CS-5.1")
          .step(PAYMENT_NOTICE_SIGNED_FOR, CONFIRM_DELIVERY, PAYMENT_NOTICE_SIGNED_FOR, IN_TURN, "CS-4.1", recipientInTurn())
          // the tenant file, with copies of the lease and its related contracts (CS-5.2)
          .step(PAYMENT_NOTICE_SIGNED_FOR, BUILD_TENANT_FILE, CLOSED, MANAGERS_ASSISTANT, "CS-5.2", everyDeliveryConfirmed())
          // until it is issued, a contract may be dropped
          .step(DRAFTING, ABANDON, ABANDONED, OPERATIONS_MANAGERS, "CS-0.1")
          .step(OUT_FOR_SIGNATURE, ABANDON, ABANDONED, OPERATIONS_MANAGERS, "CS-0.1")
          .step(IN_REVIEW, ABANDON, ABANDONED, OPERATIONS_MANAGERS, "CS-0.1")
          // a contract in force when the building comes to the library, closed with its originals where they are
          .opens(IMPORT_CONTRACT, CLOSED, OPERATIONS, "GS-6")
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

  private ContractProcedure() {}

  /** Every seat of the contract's approval chain and every department its originals go through (CS-3.1, CS-4.1). */
  private static Who chainAndRecipients(Contract c) {
    List<Seat> seats = new java.util.ArrayList<>();
    c.chain().steps().forEach(step -> seats.add(step.seat()));
    c.deliveries().forEach(d -> seats.add(Seat.in(d.confirmer())));
    return new Who(seats);
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
        (c, actor) -> new NoDeviationAwaitsYou(actor.role(), actor.department()));
  }

  private static Guard<Contract, ContractCommand> deviationAwaitsReviewer() {
    return Guard.withActor("the deviation awaits this department's review", "CS-1.1", (c, command, actor) -> {
      int no = ((ContractCommand.ReviewDeviation) command).deviation();
      return onOpenDeviation(c, no, d -> d.awaits(actor.department())
          ? Option.none() : Option.some(new DeviationNotAwaitingYou(no, actor.department())));
    });
  }

  private static Guard<Contract, ContractCommand> openDeviation() {
    return Guard.of("an open deviation", "CS-1.1",
        (c, command) -> onOpenDeviation(c, ((ContractCommand.WithdrawDeviation) command).deviation(), d -> Option.none()));
  }

  /** {@code then} on the open deviation numbered {@code no}; without one (never recorded, or withdrawn) there is none to act on. */
  private static Option<Rejection.RuleBroken> onOpenDeviation(Contract c, int no, Function<Deviation, Option<Rejection.RuleBroken>> then) {
    boolean open = no >= 1 && no <= c.deviations().size() && !c.deviations().get(no - 1).withdrawn();
    return open ? then.apply(c.deviations().get(no - 1)) : Option.some(new NoSuchDeviation(no));
  }

  private static Guard<Contract, ContractCommand> everyDeviationSettled() {
    return Guard.onCase("every deviation confirmed or withdrawn", "CS-1.1", (c, actor) -> {
      List<Integer> unsettled = c.unsettledDeviations().stream().map(Deviation::no).toList();
      return unsettled.isEmpty() ? Option.none() : Option.some(new DeviationsUnconfirmed(unsettled));
    });
  }

  // ---- CS-2.1 to CS-2.4: the tenant's signature

  private static Guard<Contract, ContractCommand> signatoryFits() {
    return Guard.of("who signs for this kind of tenant", "CS-2.1", (c, command) -> {
      Signatory.Capacity capacity = ((ContractCommand.RecordTenantSignature) command).signatory().capacity();
      return c.tenantType().signsAs(capacity) ? Option.none() : Option.some(new SignatoryDoesNotFit(c.tenantType(), capacity));
    });
  }

  private static Guard<Contract, ContractCommand> companySeal() {
    return Guard.of("a company seals", "CS-2.2", (c, command) ->
        c.tenantType() == TenantType.COMPANY && !((ContractCommand.RecordTenantSignature) command).companySeal()
            ? Option.some(new CompanySealRequired()) : Option.none());
  }

  private static Guard<Contract, ContractCommand> documentsComplete() {
    return Guard.of("every document the tenant owes", "CS-2.1", (c, command) -> {
      ContractCommand.RecordTenantSignature signed = (ContractCommand.RecordTenantSignature) command;
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
  private static Rejection.RuleBroken notYourTurn(Contract c, Actor actor) {
    return c.dueStep()
        .<Rejection.RuleBroken>map(due -> c.chain().stepOf(actor)
            .<Rejection.RuleBroken>map(theirs -> new SignatureOutOfOrder(due.capacity(), theirs.capacity()))
            .orElseGet(() -> new NotInTheChain(due.capacity(), actor.role(), actor.department())))
        .orElseGet(ChainComplete::new);
  }

  private static Guard<Contract, ContractCommand> signerInTurn() {
    return Guard.turn("the seat of the step due signs", "CS-3.1", ContractProcedure::seatDue, ContractProcedure::notYourTurn);
  }

  private static Guard<Contract, ContractCommand> nobodySignsTwice() {
    return Guard.onCase("nobody signs two steps", "CS-3.1", (c, actor) -> Option.ofOptional(c.dueStep().flatMap(due ->
        c.signatures().stream()
            .filter(s -> s.staff().equals(actor.staff()) && !c.chain().mayShare(s.capacity(), due.capacity()))
            .findFirst()
            .map(s -> (Rejection.RuleBroken) new SignedAlready(actor.staff(), s.capacity())))));
  }

  private static Guard<Contract, ContractCommand> reviewerInTurn() {
    return Guard.turn("the reviewer due may return it", "CS-3.1",
        c -> c.signatures().isEmpty() ? NOBODY : seatDue(c),
        (c, actor) -> c.signatures().isEmpty() ? new NothingToReturn() : notYourTurn(c, actor));
  }

  // ---- CS-4.1: issue and distribution

  private static Guard<Contract, ContractCommand> everyStepSigned() {
    return Guard.onCase("every step of the chain signed", "CS-4.1",
        (c, actor) -> Option.ofOptional(c.dueStep().map(due -> new ChainIncomplete(due.capacity()))));
  }

  /** The departments that still have originals to confirm. */
  private static Guard<Contract, ContractCommand> recipientInTurn() {
    return Guard.turn("a department with originals to confirm", "CS-4.1",
        c -> new Who(c.pendingDeliveries().stream().map(Delivery::confirmer).distinct().map(Seat::in).toList()),
        (c, actor) -> new NoDeliveryAwaitsYou(actor.department()));
  }

  private static Guard<Contract, ContractCommand> everyDeliveryConfirmed() {
    return Guard.onCase("every delivery confirmed", "CS-4.1", (c, actor) ->
        c.pendingDeliveries().isEmpty() ? Option.none() : Option.some(new DeliveriesPending(c.pendingDeliveries().size())));
  }

  private static Guard<Contract, ContractCommand> notALease() {
    return Guard.onCase("a lease's copy goes into the tenant file", "CS-5.2", (c, actor) ->
        c.isLease() ? Option.some(new LeaseCopyGoesToTenantFile()) : Option.none());
  }

  // ---- CS-5.1: the payment notice

  private static Guard<Contract, ContractCommand> aLease() {
    return Guard.onCase("a payment notice is drafted from a lease", "CS-5.1", (c, actor) ->
        c.isLease() ? Option.none() : Option.some(new NotALease(c.type())));
  }
}
