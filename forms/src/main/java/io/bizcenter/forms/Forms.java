package io.bizcenter.forms;

import io.bizcenter.forms.complaints.ComplaintRecordForm;
import io.bizcenter.forms.complaints.ReplyLetter;
import io.bizcenter.forms.contracts.ContractOriginalForm;
import io.bizcenter.forms.contracts.EconomicContractReviewForm;
import io.bizcenter.forms.contracts.PaymentNoticeForm;
import io.bizcenter.forms.meetings.MeetingReceptionRequestForm;
import io.bizcenter.forms.services.EquipmentUseApplicationForm;
import io.bizcenter.forms.services.FeeNoticeForm;
import io.bizcenter.forms.services.FeeReceiptForm;
import io.bizcenter.forms.services.FeeSettlementForm;
import io.bizcenter.forms.tenancy.ClientFileForm;
import io.bizcenter.forms.tenancy.ClientMoveInNoticeForm;
import io.bizcenter.forms.tenancy.ClientMoveRegistrationForm;
import io.bizcenter.forms.tenancy.ManagementAgreementForm;
import io.bizcenter.forms.tenancy.MeterReadingConfirmationForm;
import io.bizcenter.forms.tenancy.MoveInFeeNoticeForm;
import io.bizcenter.forms.tenancy.MoveOutMeterReadingForm;
import io.bizcenter.forms.tenancy.TenantDirectoryForm;
import io.bizcenter.forms.tenancy.UnitAcceptanceRectificationForm;
import io.bizcenter.forms.tenancy.UnitKeyHandoverForm;
import io.bizcenter.forms.tenancy.UnitRectificationAcceptanceForm;
import java.util.List;
import java.util.Optional;

/**
 * Every form this library prints, in the order of the source's table (docs/rules.md, "Forms named by the source",
 * from core's {@code ClauseCatalogue.forms()}). A new form adds its type here; the tests print every form listed, in
 * both languages and both outputs.
 */
public final class Forms {
  public static final List<FormType> ALL = List.of(
      ClientMoveInNoticeForm.TYPE,
      UnitAcceptanceRectificationForm.TYPE,
      UnitKeyHandoverForm.TYPE,
      MeterReadingConfirmationForm.TYPE,
      MoveInFeeNoticeForm.TYPE,
      ManagementAgreementForm.TYPE,
      ClientMoveRegistrationForm.TYPE,
      ClientFileForm.TYPE,
      UnitRectificationAcceptanceForm.TYPE,
      MoveOutMeterReadingForm.TYPE,
      TenantDirectoryForm.TYPE,
      MeetingReceptionRequestForm.TYPE,
      EconomicContractReviewForm.TYPE,
      PaymentNoticeForm.TYPE,
      ContractOriginalForm.TYPE,
      FeeNoticeForm.TYPE,
      FeeReceiptForm.TYPE,
      EquipmentUseApplicationForm.TYPE,
      FeeSettlementForm.TYPE,
      ComplaintRecordForm.TYPE,
      ReplyLetter.TYPE);

  private Forms() {}

  /** A form as logs may show it: its type and reference (its first field), such as {@code fee-receipt R-2026-088}. */
  public static String describe(Form form) {
    java.lang.reflect.RecordComponent first = ((Record) form).getClass().getRecordComponents()[0];
    return form.type().name() + " " + FormInput.value(first, (Record) form);
  }

  public static Optional<FormType> named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
