package io.bizcenter.core.contracts;

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
import io.bizcenter.core.contracts.ContractEvent.ContractAbandoned;
import io.bizcenter.core.contracts.ContractEvent.ContractDrafted;
import io.bizcenter.core.contracts.ContractEvent.ContractImported;
import io.bizcenter.core.contracts.ContractEvent.ContractIssued;
import io.bizcenter.core.contracts.ContractEvent.ContractPrinted;
import io.bizcenter.core.contracts.ContractEvent.ContractReturned;
import io.bizcenter.core.contracts.ContractEvent.ContractSigned;
import io.bizcenter.core.contracts.ContractEvent.DeliveryConfirmed;
import io.bizcenter.core.contracts.ContractEvent.DeviationRecorded;
import io.bizcenter.core.contracts.ContractEvent.DeviationReviewed;
import io.bizcenter.core.contracts.ContractEvent.DeviationWithdrawn;
import io.bizcenter.core.contracts.ContractEvent.PaymentNoticeDrafted;
import io.bizcenter.core.contracts.ContractEvent.PaymentNoticeReturned;
import io.bizcenter.core.contracts.ContractEvent.PaymentNoticeReviewed;
import io.bizcenter.core.contracts.ContractEvent.PaymentNoticeSignedFor;
import io.bizcenter.core.contracts.ContractEvent.PaymentNoticeStamped;
import io.bizcenter.core.contracts.ContractEvent.PhotocopyFiled;
import io.bizcenter.core.contracts.ContractEvent.TenantFileBuilt;
import io.bizcenter.core.contracts.ContractEvent.TenantSignatureRecorded;
import io.bizcenter.core.kernel.Case;
import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Decision;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TenantId;
import io.bizcenter.core.procedure.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * One contract and everything recorded about it, from the draft to the tenant file. Immutable: every decision
 * answers a new contract and the events that led to it. Which step may come next, and who may take it, is decided by
 * {@link ContractProcedure}; this class only records what each allowed step does.
 */
@Value.Immutable
public abstract class Contract implements Case<ContractState, Contract> {
  @Override
  public abstract ContractId id();

  @Override
  public abstract CenterId center();

  @Override
  public abstract long version();

  @Override
  public abstract ContractState state();

  @Override
  public abstract Instant stateEnteredAt();

  @Override
  public abstract PolicyVersion policy();

  public abstract ContractType type();

  public abstract TenantId tenant();

  public abstract TenantType tenantType();

  /** The standard template and version the draft was filled from (CS-1.1). */
  public abstract StandardTemplate template();

  public abstract Terms terms();

  /** For a parking or phone-line agreement, the lease it belongs to (CS-5.1). */
  public abstract Optional<ContractId> lease();

  /** For a lease, the earlier lease it renews (MO-1.1). */
  public abstract Optional<ContractId> renewalOf();

  /** The approval chain in force when the contract was drafted (CS-3.1). */
  public abstract ApprovalChain chain();

  /** The originals to print and where ours go, as the policy said when the contract was drafted (CS-2.1, CS-4.1). */
  public abstract Originals originals();

  public abstract Endorsement drafted();

  public abstract List<Deviation> deviations();

  public abstract Optional<Instant> printedAt();

  public abstract Optional<TenantSignature> tenantSignature();

  /** The chain's signatures so far: always its first steps, in order. */
  public abstract List<ApprovalChain.Signature> signatures();

  public abstract List<ApprovalChain.Returned> returns();

  public abstract Optional<Endorsement> issued();

  public abstract List<Delivery> deliveries();

  /** Where Operations filed its photocopy of a parking or phone-line agreement (CS-4.1). */
  public abstract Optional<String> photocopyFiled();

  public abstract Optional<PaymentNotice> paymentNotice();

  public abstract Optional<TenantFile> tenantFile();

  /** Why the contract was dropped, if it was. */
  public abstract Optional<String> abandonment();

  public static Builder builder() {
    return new Builder();
  }

  /** For adapters that rebuild a stored contract. */
  public static final class Builder extends ImmutableContract.Builder {}

  @Override
  public Contract advancedTo(ContractState to, Instant at, PolicyVersion policy) {
    return copy().withState(to).withStateEnteredAt(at).withPolicy(policy).withVersion(version() + 1);
  }

  /** The step of the chain waiting for its signature (the handler's, before review starts); empty once every step signed. */
  public Optional<ApprovalChain.Step> dueStep() {
    return chain().due(signatures().size());
  }

  public boolean isLease() {
    return type() == ContractType.LEASE;
  }

  /** Whether the General Office has issued it (CS-4.1): then its terms and signatures are final. */
  public boolean isIssued() {
    return issued().isPresent();
  }

  /** The documents the tenant owes with its signature (CS-2.2 to CS-2.4); none before it signed. */
  public List<SupportingDocument> requiredDocuments() {
    return tenantSignature().map(s -> tenantType().requiredDocuments(s.signatory().capacity())).orElse(List.of());
  }

  public List<Delivery> pendingDeliveries() {
    return deliveries().stream().filter(Delivery::pending).toList();
  }

  /** The deviations not yet confirmed by every department concerned, nor withdrawn: they keep the draft from print. */
  public List<Deviation> unsettledDeviations() {
    return deviations().stream().filter(d -> !d.settled()).toList();
  }

  /** The Economic Contract Review Form, once the handler has signed and filled it (CS-3.1). */
  public Optional<EconomicContractReviewForm> reviewForm() {
    if (signatures().isEmpty()) {
      return Optional.empty();
    }
    List<EconomicContractReviewForm.Row> rows = new ArrayList<>();
    List<ApprovalChain.Step> steps = chain().steps();
    for (int i = 0; i < steps.size(); i++) {
      Optional<ApprovalChain.Signature> signed = i < signatures().size() ? Optional.of(signatures().get(i)) : Optional.empty();
      rows.add(new EconomicContractReviewForm.Row(steps.get(i).capacity(), steps.get(i).seat(), signed));
    }
    return Optional.of(new EconomicContractReviewForm(id(), type(), tenant(), tenantType(), template(), terms(),
        deviations().stream().filter(d -> !d.withdrawn()).toList(), rows));
  }

  /** CS-0.1, CS-1.1: the draft, from the policy's current template for its type. */
  static Decision<Contract> open(DraftContract c, Step<ContractState> step, ContractPolicy policy) {
    Contract drafted = opened(c.type(), c.tenant(), c.tenantType(), c.terms(), c.leaseLink(), step, policy)
        .renewalOf(c.renewal())
        .originals(policy.originals())
        .drafted(new Endorsement(step.actor().staff(), step.at()))
        .build();
    return Decision.of(drafted, new ContractDrafted(c.type(), c.tenant(), c.tenantType(), drafted.template(), c.terms(),
        c.leaseLink(), c.renewal()));
  }

  /**
   * GS-6: a contract in force, imported closed: drafted and issued at the import by the importer (the source's dates stay in
   * the source), on the policy's current template and chain, with its originals where the row says, each confirmed there.
   */
  static Decision<Contract> imported(ContractCommand.ImportContract c, Step<ContractState> step, ContractPolicy policy) {
    Endorsement importer = new Endorsement(step.actor().staff(), step.at());
    List<Delivery> whereabouts = c.originals().stream()
        .map(o -> new Delivery(o.department(), o.count(), o.department().isPresent() ? Department.GENERAL_OFFICE : Department.OPERATIONS,
            Optional.of(importer)))
        .toList();
    Contract imported = opened(c.type(), c.tenant(), c.tenantType(), c.terms(), c.leaseLink(), step, policy)
        .originals(c.printed())
        .drafted(importer)
        .issued(importer)
        .addAllDeliveries(whereabouts)
        .build();
    return Decision.of(imported, new ContractImported(c.type(), c.tenant(), c.tenantType(), c.terms(), c.leaseLink(), c.originals(),
        c.source()));
  }

  /** A contract opened at {@code step}, drafted or imported: its type, parties, terms and lease, on the policy's template and chain. */
  private static Builder opened(ContractType type, TenantId tenant, TenantType tenantType, Terms terms, Optional<ContractId> lease,
      Step<ContractState> step, ContractPolicy policy) {
    return builder()
        .id(ContractId.of(step.caseId()))
        .center(step.center())
        .version(0)
        .state(step.to())
        .stateEnteredAt(step.at())
        .policy(step.policy())
        .type(type)
        .tenant(tenant)
        .tenantType(tenantType)
        .template(policy.template(type))
        .terms(terms)
        .lease(lease)
        .chain(policy.chain());
  }

  // the steps' decisions, each named in ContractProcedure's table beside the step it decides

  /** CS-1.1: each department concerned gets the deviation in writing; the policy names them by topic. */
  Decision<Contract> recordDeviation(RecordDeviation t, Step<ContractState> step, ContractPolicy policy) {
    ImmutableContract c = copy();
    int no = c.deviations().size() + 1;
    Deviation deviation = new Deviation(no, t.topic(), t.templateClause(), t.wording(), policy.reviewersOf(t.topic()), List.of(), false,
        step.actor().staff(), step.at());
    List<Notice> notices = deviation.reviewers().stream()
        .map(d -> Notice.to(d, "CS_DEVIATION_FOR_REVIEW", step.clause(), c.id().value(), String.valueOf(no)))
        .toList();
    return Decision.of(c.withDeviations(append(c.deviations(), deviation)), new DeviationRecorded(deviation), notices);
  }

  /** CS-1.1: a refusal goes back to Operations in writing. */
  Decision<Contract> reviewDeviation(ReviewDeviation t, Step<ContractState> step) {
    ImmutableContract c = copy();
    Department department = step.actor().department();
    Deviation.Review review = new Deviation.Review(department, step.actor().staff(), step.at(), t.confirmed(), t.note());
    ImmutableContract next = c.withDeviations(replace(c.deviations(), t.deviation() - 1, c.deviations().get(t.deviation() - 1).with(review)));
    DeviationReviewed event = new DeviationReviewed(t.deviation(), department, t.confirmed(), t.note());
    return t.confirmed()
        ? Decision.of(next, event)
        : Decision.of(next, event,
            Notice.to(Department.OPERATIONS, "CS_DEVIATION_REFUSED", step.clause(), c.id().value(), String.valueOf(t.deviation())));
  }

  Decision<Contract> withdrawDeviation(WithdrawDeviation t, Step<ContractState> step) {
    ImmutableContract c = copy();
    Deviation withdrawn = c.deviations().get(t.deviation() - 1).withdraw();
    return Decision.of(c.withDeviations(replace(c.deviations(), t.deviation() - 1, withdrawn)), new DeviationWithdrawn(t.deviation()));
  }

  Decision<Contract> print(PrintContract t, Step<ContractState> step) {
    return Decision.of(copy().withPrintedAt(step.at()), new ContractPrinted(originals().count()));
  }

  Decision<Contract> recordTenantSignature(RecordTenantSignature t, Step<ContractState> step) {
    List<SupportingDocument> documents = t.documents().stream().distinct().toList();
    TenantSignature signature = new TenantSignature(t.signatory(), t.companySeal(), documents, step.at(), step.actor().staff());
    return Decision.of(copy().withTenantSignature(signature), new TenantSignatureRecorded(t.signatory(), t.companySeal(), documents));
  }

  /** CS-3.1: the signature of the step due; the next step's department is sent the contract in writing. */
  Decision<Contract> sign(Sign t, Step<ContractState> step) {
    ImmutableContract c = copy();
    ApprovalChain.Step due = c.dueStep().orElseThrow();
    ApprovalChain.Signature signature = new ApprovalChain.Signature(due.capacity(), step.actor().staff(), step.actor().role(),
        step.actor().department(), step.at(), t.opinion());
    ImmutableContract next = c.withSignatures(append(c.signatures(), signature));
    List<Notice> notices = next.dueStep().flatMap(s -> s.seat().department())
        .map(d -> List.of(Notice.to(d, "CS_CONTRACT_FOR_REVIEW", step.clause(), c.id().value())))
        .orElse(List.of());
    return Decision.of(next, new ContractSigned(due.capacity(), t.opinion()), notices);
  }

  /** CS-3.1: back to where the chain's policy says, withdrawing the signatures from there on. */
  Decision<Contract> returnForRevision(ReturnForRevision t, Step<ContractState> step) {
    ImmutableContract c = copy();
    ReviewCapacity by = c.dueStep().orElseThrow().capacity();
    int keep = c.chain().returnTo() == ApprovalChain.ReturnTo.HANDLER ? 0 : c.signatures().size() - 1;
    List<ReviewCapacity> withdrawn = c.signatures().subList(keep, c.signatures().size()).stream()
        .map(ApprovalChain.Signature::capacity).toList();
    ApprovalChain.Returned returned = new ApprovalChain.Returned(by, step.actor().staff(), step.at(), t.comments(), withdrawn);
    ImmutableContract next = c.withSignatures(c.signatures().subList(0, keep)).withReturns(append(c.returns(), returned));
    List<Notice> notices = next.dueStep().flatMap(s -> s.seat().department())
        .map(d -> List.of(Notice.to(d, "CS_CONTRACT_RETURNED", step.clause(), c.id().value())))
        .orElse(List.of());
    return Decision.of(next, new ContractReturned(by, t.comments(), withdrawn), notices);
  }

  /** CS-4.1: one original to each of our departments through the General Office, the rest to the tenant through Operations. */
  Decision<Contract> issue(Issue t, Step<ContractState> step) {
    ImmutableContract c = copy();
    String id = c.id().value();
    List<Delivery> deliveries = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    for (Department ours : c.originals().ours()) {
      deliveries.add(new Delivery(Optional.of(ours), 1, Department.GENERAL_OFFICE, Optional.empty()));
      notices.add(Notice.to(ours, "CS_ORIGINAL_ON_ITS_WAY", step.clause(), id));
    }
    deliveries.add(new Delivery(Optional.empty(), c.originals().tenants(), Department.OPERATIONS, Optional.empty()));
    notices.add(Notice.to(Department.OPERATIONS, "CS_TENANT_ORIGINALS_TO_HAND_OVER", step.clause(), id,
        String.valueOf(c.originals().tenants())));
    return Decision.of(c.withIssued(endorsement(step)).withDeliveries(deliveries), new ContractIssued(deliveries), notices);
  }

  /** CS-4.1: everything waiting for the actor's department is confirmed at once. */
  Decision<Contract> confirmDelivery(ConfirmDelivery t, Step<ContractState> step) {
    Department department = step.actor().department();
    int originals = 0;
    List<Delivery> deliveries = new ArrayList<>();
    for (Delivery d : deliveries()) {
      boolean mine = d.pending() && d.confirmer() == department;
      originals += mine ? d.originals() : 0;
      deliveries.add(mine ? d.confirmedBy(endorsement(step)) : d);
    }
    return Decision.of(copy().withDeliveries(deliveries), new DeliveryConfirmed(department, originals));
  }

  Decision<Contract> filePhotocopy(FilePhotocopy t, Step<ContractState> step) {
    return Decision.of(copy().withPhotocopyFiled(t.reference()), new PhotocopyFiled(t.reference()));
  }

  /**
   * CS-5.1: from the lease and every related contract issued ({@code related}, read in the command's transaction); a
   * guard made sure none is still on its way.
   */
  Decision<Contract> draftPaymentNotice(DraftPaymentNotice t, Step<ContractState> step, List<Contract> related) {
    PaymentNotice notice = PaymentNotice.draft(withIssued(related), t.months(), t.dueOn(), endorsement(step));
    return Decision.of(copy().withPaymentNotice(notice), new PaymentNoticeDrafted(notice));
  }

  /** CS-5.1: reviewed and confirmed; Finance gets it in writing to review and stamp. */
  Decision<Contract> reviewPaymentNotice(ReviewPaymentNotice t, Step<ContractState> step) {
    return Decision.of(copy().withPaymentNotice(paymentNotice().orElseThrow().reviewedBy(endorsement(step))), new PaymentNoticeReviewed(),
        Notice.to(Department.FINANCE, "CS_PAYMENT_NOTICE_FOR_STAMP", step.clause(), id().value()));
  }

  /** CS-5.1: the draft is dropped and Operations drafts it again. */
  Decision<Contract> returnPaymentNotice(ReturnPaymentNotice t, Step<ContractState> step) {
    return Decision.of(copy().withPaymentNotice(Optional.empty()), new PaymentNoticeReturned(t.comments()),
        Notice.to(Department.OPERATIONS, "CS_PAYMENT_NOTICE_RETURNED", step.clause(), id().value()));
  }

  Decision<Contract> stampPaymentNotice(StampPaymentNotice t, Step<ContractState> step) {
    return Decision.of(copy().withPaymentNotice(paymentNotice().orElseThrow().stampedBy(endorsement(step))), new PaymentNoticeStamped());
  }

  Decision<Contract> recordPaymentNoticeSignedFor(RecordPaymentNoticeSignedFor t, Step<ContractState> step) {
    PaymentNotice signed = paymentNotice().orElseThrow().signedFor(new PaymentNotice.SignedFor(t.signedBy(), step.at()));
    return Decision.of(copy().withPaymentNotice(signed), new PaymentNoticeSignedFor(t.signedBy()));
  }

  /** CS-5.2: a copy of the lease and of every related contract issued ({@code related}, read in the command's transaction). */
  Decision<Contract> buildTenantFile(BuildTenantFile t, Step<ContractState> step, List<Contract> related) {
    List<TenantFile.Copy> copies = withIssued(related).stream()
        .map(k -> new TenantFile.Copy(k.id(), k.type(), k.template(), k.issued().orElseThrow().at()))
        .toList();
    TenantFile file = new TenantFile(t.reference(), copies, endorsement(step));
    return Decision.of(copy().withTenantFile(file), new TenantFileBuilt(file));
  }

  Decision<Contract> abandon(Abandon t, Step<ContractState> step) {
    return Decision.of(copy().withAbandonment(t.reason()), new ContractAbandoned(t.reason()));
  }

  /** Who takes the step, and when. */
  private static Endorsement endorsement(Step<ContractState> step) {
    return new Endorsement(step.actor().staff(), step.at());
  }

  /** This lease, then its related contracts that were issued, oldest first. */
  private List<Contract> withIssued(List<Contract> related) {
    return Stream.concat(Stream.<Contract>of(copy()), related.stream().filter(Contract::isIssued)).toList();
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }

  private static <T> List<T> replace(List<T> list, int index, T item) {
    List<T> all = new ArrayList<>(list);
    all.set(index, item);
    return all;
  }

  /** Every contract is an ImmutableContract; the generated type stays hidden behind this one (ValueStyle). */
  private ImmutableContract copy() {
    return (ImmutableContract) ImmutableContract.copyOf(this);
  }
}
