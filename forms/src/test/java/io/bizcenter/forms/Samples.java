package io.bizcenter.forms;

import io.bizcenter.core.kernel.FieldError;
import io.bizcenter.forms.complaints.ComplaintFixture;
import io.bizcenter.forms.complaints.ComplaintRecordForm;
import io.bizcenter.forms.complaints.ReplyLetter;
import io.bizcenter.forms.contracts.ContractFixture;
import io.bizcenter.forms.contracts.ContractOriginalForm;
import io.bizcenter.forms.contracts.EconomicContractReviewForm;
import io.bizcenter.forms.contracts.PaymentNoticeForm;
import io.bizcenter.forms.meetings.MeetingFixture;
import io.bizcenter.forms.meetings.MeetingReceptionRequestForm;
import io.bizcenter.forms.services.EquipmentUseApplicationForm;
import io.bizcenter.forms.services.FeeNoticeForm;
import io.bizcenter.forms.services.FeeReceiptForm;
import io.bizcenter.forms.services.FeeSettlementForm;
import io.bizcenter.forms.services.ServiceFixture;
import io.bizcenter.forms.tenancy.ClientFileForm;
import io.bizcenter.forms.tenancy.ClientMoveInNoticeForm;
import io.bizcenter.forms.tenancy.ClientMoveRegistrationForm;
import io.bizcenter.forms.tenancy.ManagementAgreementForm;
import io.bizcenter.forms.tenancy.MeterReadingConfirmationForm;
import io.bizcenter.forms.tenancy.MoveInFeeNoticeForm;
import io.bizcenter.forms.tenancy.MoveOutMeterReadingForm;
import io.bizcenter.forms.tenancy.TenancyFixture;
import io.bizcenter.forms.tenancy.TenantDirectoryForm;
import io.bizcenter.forms.tenancy.UnitAcceptanceRectificationForm;
import io.bizcenter.forms.tenancy.UnitKeyHandoverForm;
import io.bizcenter.forms.tenancy.UnitRectificationAcceptanceForm;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One form of every type, each built from a real procedure run (the fixtures drive the desks on the in-memory
 * adapter, on a manual clock), with the names and words a clerk would meet. What the golden files show.
 */
public final class Samples {
  static final String CLIENT = "欧阳娜娜";
  static final String SIGNER = "李建华";

  private Samples() {}

  /** Every form type to a sample of it, named by whose name it prints; {@code name} is the client's, tenant's or complainant's. */
  public static Map<FormType, Supplier<Form>> all(String name) {
    Map<FormType, Supplier<Form>> all = new LinkedHashMap<>();
    all.putAll(tenancy(name));
    all.put(MeetingReceptionRequestForm.TYPE, () -> {
      var run = new MeetingFixture().confirmed(name);
      return built(MeetingReceptionRequestForm.of(run.kase(), run.trail()));
    });
    all.put(EconomicContractReviewForm.TYPE, () -> {
      var run = new ContractFixture().leaseInReview(name);
      return built(EconomicContractReviewForm.of(run.kase(), run.trail()));
    });
    all.put(PaymentNoticeForm.TYPE, () -> {
      var run = new ContractFixture().leaseWithPaymentNotice(name);
      return built(PaymentNoticeForm.of(run.kase(), run.trail()));
    });
    all.put(ContractOriginalForm.TYPE, () -> {
      var run = new ContractFixture().issuedLease(name);
      return built(ContractOriginalForm.of(run.kase(), run.trail()));
    });
    all.put(FeeNoticeForm.TYPE, () -> {
      var run = new ServiceFixture().orderWithFeeNotice(name);
      return built(FeeNoticeForm.of(run.kase(), run.trail()));
    });
    all.put(FeeReceiptForm.TYPE, () -> {
      var run = new ServiceFixture().orderWithReceipt(name);
      return built(FeeReceiptForm.of(run.kase(), run.trail(), FeeReceiptForm.Input.of("上海某某贸易有限公司", "发票抬头同付款人")));
    });
    all.put(EquipmentUseApplicationForm.TYPE, () -> {
      ServiceFixture fixture = new ServiceFixture();
      var run = fixture.approvedAndUsed();
      return built(EquipmentUseApplicationForm.of(run.kase(), fixture.printer(), run.trail()));
    });
    all.put(FeeSettlementForm.TYPE, () -> {
      ServiceFixture fixture = new ServiceFixture();
      var run = fixture.settled();
      return built(FeeSettlementForm.of(run.kase(), fixture.printer(), run.trail()));
    });
    all.put(ComplaintRecordForm.TYPE, () -> {
      var run = new ComplaintFixture().phoneWithPlan(name);
      return built(ComplaintRecordForm.of(run.kase(), run.trail()));
    });
    all.put(ReplyLetter.TYPE, () -> {
      var run = new ComplaintFixture().letterAnswered(name);
      return built(ReplyLetter.of(run.kase(), run.trail(), ReplyLetter.Input.of(
          "您于三月二日来信反映大堂照明不足、电梯常停一事，我部已于当日安排更换大堂灯具，并请电梯维保单位完成检修。\n"
              + "因我方工作疏忽给贵司带来不便，谨此致歉，并感谢您的监督。", SIGNER)));
    });
    return all;
  }

  /** The forms of move-in and move-out (MI, MO); {@code name} is the client's, who signs for the tenant's company. */
  private static Map<FormType, Supplier<Form>> tenancy(String name) {
    Map<FormType, Supplier<Form>> all = new LinkedHashMap<>();
    all.put(ClientMoveInNoticeForm.TYPE, () -> {
      var run = new TenancyFixture().noticed();
      return built(ClientMoveInNoticeForm.of(run.kase(), run.trail()));
    });
    all.put(UnitAcceptanceRectificationForm.TYPE, () -> {
      var run = new TenancyFixture().movedIn(name);
      return built(UnitAcceptanceRectificationForm.of(run.kase(), run.trail()));
    });
    all.put(UnitKeyHandoverForm.TYPE, () -> {
      var run = new TenancyFixture().handedOver(name);
      return built(UnitKeyHandoverForm.of(run.kase(), run.trail()));
    });
    all.put(MeterReadingConfirmationForm.TYPE, () -> {
      var run = new TenancyFixture().movedIn(name);
      return built(MeterReadingConfirmationForm.of(run.kase(), run.trail()));
    });
    all.put(MoveInFeeNoticeForm.TYPE, () -> {
      var run = new TenancyFixture().handedOver(name);
      return built(MoveInFeeNoticeForm.of(run.kase(), run.trail()));
    });
    all.put(ManagementAgreementForm.TYPE, () -> {
      var run = new TenancyFixture().handedOver(name);
      return built(ManagementAgreementForm.of(run.kase(), run.trail()));
    });
    all.put(ClientMoveRegistrationForm.TYPE, () -> {
      var run = new TenancyFixture().movedIn(name);
      return built(ClientMoveRegistrationForm.of(run.kase(), run.trail(), ClientMoveRegistrationForm.Input.of(SIGNER, "13800001111",
          "搬家公司：某某搬场，两辆货车")));
    });
    all.put(ClientFileForm.TYPE, () -> {
      TenancyFixture fixture = new TenancyFixture();
      var out = fixture.archived(name);
      var in = fixture.run(out.kase().moveIn());
      return built(ClientFileForm.of(in.kase(), out.kase(), fixture.trails(out.kase())));
    });
    all.put(UnitRectificationAcceptanceForm.TYPE, () -> {
      var run = new TenancyFixture().archived(name);
      return built(UnitRectificationAcceptanceForm.of(run.kase(), run.trail()));
    });
    all.put(MoveOutMeterReadingForm.TYPE, () -> {
      var run = new TenancyFixture().archived(name);
      return built(MoveOutMeterReadingForm.of(run.kase(), run.trail()));
    });
    all.put(TenantDirectoryForm.TYPE, () -> {
      TenancyFixture fixture = new TenancyFixture();
      var directory = fixture.directory(name);
      return built(TenantDirectoryForm.of(TenancyFixture.TOWER, directory, fixture.now()));
    });
    return all;
  }

  public static Form of(FormType type) {
    return all(CLIENT).get(type).get();
  }

  static <F extends Form> F built(Validation<Seq<FieldError>, F> form) {
    if (form.isInvalid()) {
      throw new AssertionError("the run should give a form, got " + form.getError());
    }
    return form.get();
  }
}
