package io.bizcenter.forms.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.forms.FieldErrors;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Run;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Internal use of the center's equipment: the application and the fee settlement (SV-2.5)")
class InternalUseFormsTest {
  private final ServiceFixture fixture = new ServiceFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("SV-2.5: the application shows reason, content, time and applicant; the approver is pending until the manager approves")
  void applicationBeforeApproval() {
    Run<InternalUse> run = fixture.applied();

    EquipmentUseApplicationForm form = EquipmentUseApplicationForm.of(run.kase(), fixture.printer(), run.trail()).get();

    assertEquals("季度报告", form.reason());
    assertEquals("打印工程部季度报告 40 页", form.content());
    assertEquals("en-05", form.applicant());
    assertEquals(Department.ENGINEERING, form.department());
    assertEquals(EquipmentKind.PRINTER, form.deviceKind());
    assertEquals(Optional.empty(), form.approvedBy());
    assertTrue(printer.text(form, Messages.ZH_CN).contains("批准人：待部门经理批准"));
    assertTrue(printer.html(form, Messages.EN).contains("Approved by the department manager (signature)"), "room for the approver's signature");
  }

  @Test
  @DisplayName("SV-2.5: approved, the form names the approver; used, the Fee Settlement Form shows the time used and the amount")
  void approvedUsedAndSettled() {
    Run<InternalUse> settled = fixture.settled();

    EquipmentUseApplicationForm application = EquipmentUseApplicationForm.of(settled.kase(), fixture.printer(), settled.trail()).get();
    FeeSettlementForm settlement = FeeSettlementForm.of(settled.kase(), fixture.printer(), settled.trail()).get();

    assertEquals(Optional.of("en-mgr"), application.approvedBy());
    assertEquals("F-2026-007", settlement.number());
    assertEquals(Money.yuan("12.50"), settlement.amount());
    assertEquals(settled.kase().used().orElseThrow().startsAt(), settlement.usedFrom());
    assertEquals(settled.kase().used().orElseThrow().endsAt(), settlement.usedUntil());
    assertTrue(printer.text(settlement, Messages.ZH_CN).contains("使用时间：2026年3月2日 11:00 至 2026年3月2日 11:42"),
        printer.text(settlement, Messages.ZH_CN));
  }

  @Test
  @DisplayName("SV-2.5: no settlement before the user signed it; a device other than the one used is refused")
  void notYet() {
    Run<InternalUse> used = fixture.approvedAndUsed();
    Device other = fixture.printer();

    assertEquals(Map.of("settlement", Problem.MISSING),
        FieldErrors.of(FeeSettlementForm.of(used.kase(), other, used.trail()), FeeSettlementForm.TYPE));
    Device wrong = fixture.fax();
    assertEquals(Map.of("device", Problem.NOT_ALLOWED),
        FieldErrors.of(EquipmentUseApplicationForm.of(used.kase(), wrong, used.trail()), EquipmentUseApplicationForm.TYPE));
  }
}
