package io.bizcenter.forms.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.tenancy.ChargeItem;
import io.bizcenter.core.tenancy.KeyKind;
import io.bizcenter.core.tenancy.MoveIn;
import io.bizcenter.forms.FieldErrors;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.FormText;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Run;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The forms of tenant move-in, printed from a real move-in (MI-1.1 to MI-6.1)")
class MoveInFormsTest {
  private static final String CLIENT = "欧阳娜娜";
  private final TenancyFixture fixture = new TenancyFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("MI-1.1: Administration's notice as received, with the written pre-inspection requests to Engineering and Security; Service's copy")
  void theMoveInNotice() {
    Run<MoveIn> run = fixture.noticed();

    ClientMoveInNoticeForm notice = ClientMoveInNoticeForm.of(run.kase(), run.trail()).get();

    assertEquals("行政-2026-031", notice.notice());
    assertEquals("1203, 1204", notice.units());
    assertEquals(List.of(Department.ENGINEERING, Department.SECURITY),
        notice.preInspections().stream().map(ClientMoveInNoticeForm.PreInspection::department).toList());
    assertEquals(List.of(Recipient.of(Department.SERVICE)), notice.copies().recipients());
    assertTrue(printer.text(notice, Messages.ZH_CN).contains("- 保安部：2026年3月2日 09:00\n"));
    assertEquals(Map.of("notice", Problem.MISSING),
        FieldErrors.of(ClientMoveInNoticeForm.of(run.kase(), List.of()), ClientMoveInNoticeForm.TYPE),
        "a trail of another case finds no notice");
  }

  @Test
  @DisplayName("MI-1.2: before Service prepares them there are no forms; once prepared, the three print with blank rows to fill in on the walk round")
  void preparedForms() {
    Run<MoveIn> noticed = fixture.noticed();
    assertEquals(Map.of("prepared", Problem.MISSING),
        FieldErrors.of(UnitAcceptanceRectificationForm.of(noticed.kase(), noticed.trail()), UnitAcceptanceRectificationForm.TYPE));
    assertEquals(Map.of("prepared", Problem.MISSING),
        FieldErrors.of(UnitKeyHandoverForm.of(noticed.kase(), noticed.trail()), UnitKeyHandoverForm.TYPE));
    assertEquals(Map.of("prepared", Problem.MISSING),
        FieldErrors.of(MeterReadingConfirmationForm.of(noticed.kase(), noticed.trail()), MeterReadingConfirmationForm.TYPE));

    Run<MoveIn> run = new TenancyFixture().prepared();
    UnitAcceptanceRectificationForm acceptance = UnitAcceptanceRectificationForm.of(run.kase(), run.trail()).get();
    UnitKeyHandoverForm keys = UnitKeyHandoverForm.of(run.kase(), run.trail()).get();
    MeterReadingConfirmationForm meter = MeterReadingConfirmationForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of(), acceptance.equipment());
    assertEquals(Optional.empty(), acceptance.acceptedAt());
    String html = printer.html(acceptance, Messages.ZH_CN);
    assertEquals(5 + 3, html.split("<tr><td>&nbsp;</td>", -1).length - 1, "empty rows for the equipment and the comments");
    assertEquals(List.of(), keys.keys());
    assertTrue(printer.text(keys, Messages.EN).contains("Signed for by the client: ______________________\n"));
    assertEquals(Optional.empty(), meter.confirmed());
    assertTrue(printer.text(meter, Messages.ZH_CN).contains("与客户确认的电表初始读数：______________________\n"));
  }

  @Test
  @DisplayName("MI-4.2, MI-4.5: the equipment handed over and the client's comments, open with Engineering, then closed with how and by whom")
  void acceptanceAndRectification() {
    Run<MoveIn> handedOver = fixture.handedOver(CLIENT);
    UnitAcceptanceRectificationForm open = UnitAcceptanceRectificationForm.of(handedOver.kase(), handedOver.trail()).get();

    assertEquals(List.of("空调 ×2", "窗帘", "门禁卡读卡器"), open.equipment().stream().map(UnitAcceptanceRectificationForm.Equipment::name).toList());
    assertEquals(List.of("R1", "R2"), open.comments().stream().map(UnitAcceptanceRectificationForm.Comment::item).toList());
    assertTrue(open.comments().stream().allMatch(c -> c.resolution().isEmpty()));
    assertTrue(printer.text(open, Messages.EN).contains("R1. 窗帘轨道松动 | open, with Engineering\n"));

    Run<MoveIn> movedIn = new TenancyFixture().movedIn(CLIENT);
    UnitAcceptanceRectificationForm closed = UnitAcceptanceRectificationForm.of(movedIn.kase(), movedIn.trail()).get();
    assertEquals(Optional.of("已紧固窗帘轨道"), closed.comments().get(0).resolution());
    assertEquals(Optional.of("en-stf-1"), closed.comments().get(1).closedBy());
    assertEquals(Optional.of("sv-clk-1"), closed.acceptedBy(), "who handed the equipment over, from the trail");
  }

  @Test
  @DisplayName("MI-4.3: the keys the key register says the client holds, one door key per unit; the form is the client file's key collection record")
  void keyHandover() {
    Run<MoveIn> run = fixture.handedOver(CLIENT);

    UnitKeyHandoverForm form = UnitKeyHandoverForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of("1203", "1204"), form.keys().stream().map(UnitKeyHandoverForm.Key::room).toList());
    assertTrue(form.keys().stream().allMatch(k -> k.kind() == KeyKind.DOOR));
    assertEquals(Optional.of("KEY-HANDOVER-" + run.kase().id().value()), form.filedAs());
    assertEquals(List.of(Recipient.of(Party.CLIENT_FILE)), form.copies().recipients());
    assertTrue(printer.html(form, Messages.ZH_CN).contains("第1份（共1份）：客户档案"));
  }

  @Test
  @DisplayName("MI-4.4: the initial reading confirmed with the client, then as Engineering recorded it")
  void meterReading() {
    Run<MoveIn> handedOver = fixture.handedOver(CLIENT);
    MeterReadingConfirmationForm confirmed = MeterReadingConfirmationForm.of(handedOver.kase(), handedOver.trail()).get();
    assertEquals(new BigDecimal("1520.50"), confirmed.confirmed().get().kwh());
    assertEquals(Optional.empty(), confirmed.recorded(), "Engineering has not recorded it yet");

    Run<MoveIn> movedIn = new TenancyFixture().movedIn(CLIENT);
    MeterReadingConfirmationForm recorded = MeterReadingConfirmationForm.of(movedIn.kase(), movedIn.trail()).get();
    assertEquals("en-stf-1", recorded.recorded().get().by());
    assertTrue(printer.text(recorded, Messages.EN).contains("Recorded by Engineering: Meter E-1203 · Reading (kWh) 1520.5 · "));
  }

  @Test
  @DisplayName("MI-2.2: the fee notice to Administration, each item at the standard's rate, the total exact to the fen")
  void feeNotice() {
    Run<MoveIn> prepared = fixture.prepared();
    assertEquals(Map.of("notice", Problem.MISSING),
        FieldErrors.of(MoveInFeeNoticeForm.of(prepared.kase(), prepared.trail()), MoveInFeeNoticeForm.TYPE));
    Run<MoveIn> run = new TenancyFixture().handedOver(CLIENT);

    MoveInFeeNoticeForm notice = MoveInFeeNoticeForm.of(run.kase(), run.trail()).get();

    assertEquals(List.of(ChargeItem.MANAGEMENT_FEE, ChargeItem.MANAGEMENT_FEE_DEPOSIT, ChargeItem.UTILITY_DEPOSIT),
        notice.lines().stream().map(MoveInFeeNoticeForm.Line::item).toList());
    assertEquals(Money.yuan("9037.50"), notice.lines().get(0).amount(), "361.50 m² at CNY 25.00");
    assertEquals(Money.yuan("20075.00"), notice.total());
    assertEquals("MA-2026-1", notice.agreementTemplate());
    assertEquals(List.of(Recipient.of(Department.ADMINISTRATION)), notice.copies().recipients());
    assertTrue(printer.text(notice, Messages.ZH_CN).contains("合计：¥20,075.00\n"));
  }

  @Test
  @DisplayName("MI-3.1: the signing page: template version, both parties, the fee standard charged under that template; the tenant's original and the client file's")
  void managementAgreement() {
    Run<MoveIn> prepared = fixture.prepared();
    assertEquals(Map.of("agreement", Problem.MISSING),
        FieldErrors.of(ManagementAgreementForm.of(prepared.kase(), prepared.trail()), ManagementAgreementForm.TYPE));
    Run<MoveIn> run = new TenancyFixture().handedOver(CLIENT);

    ManagementAgreementForm agreement = ManagementAgreementForm.of(run.kase(), run.trail()).get();

    assertEquals("MA-2026-1", agreement.templateVersion());
    assertEquals(Department.MANAGEMENT_OFFICE, agreement.signedIn(), "party A, from the trail");
    assertEquals(CLIENT, agreement.signatory().value());
    assertEquals(Optional.of(Money.yuan("25.00")), agreement.managementFee());
    assertEquals(Optional.of(Money.yuan("75.00")), agreement.managementFeeDeposit());
    assertEquals(List.of(Recipient.of(Party.TENANT), Recipient.of(Party.CLIENT_FILE)), agreement.copies().recipients());
    String html = printer.html(agreement, Messages.ZH_CN);
    assertTrue(html.contains("正本 第2份（共2份）：客户档案"), html);
    assertEquals(4, html.split("<div class=\"sign seal\">", -1).length - 1, "both parties' seals on both originals");
  }

  @Test
  @DisplayName("MI-3.1, MI-2.2: signed on a template put in force after the fee notice, the standard is left to fill in rather than taken from another template")
  void agreementOnANewTemplate() {
    Run<MoveIn> run = fixture.signedOnANewTemplate(CLIENT);

    ManagementAgreementForm agreement = ManagementAgreementForm.of(run.kase(), run.trail()).get();

    assertEquals("MA-2026-2", agreement.templateVersion());
    assertEquals(Optional.empty(), agreement.managementFee());
    assertTrue(printer.text(agreement, Messages.EN).contains("Management fee (per m² and month): ______________________\n"));
  }

  @Test
  @DisplayName("MI-6.1: the move registered with the freight elevator; the clerk's contact for the day, checked with every error at once")
  void moveRegistration() {
    Run<MoveIn> run = fixture.movedIn(CLIENT);
    ClientMoveRegistrationForm form = ClientMoveRegistrationForm.of(run.kase(), run.trail(),
        ClientMoveRegistrationForm.Input.of("李建华", "13800001111", null)).get();

    assertEquals("F1", form.elevator());
    assertEquals(TenancyFixture.local("2026-03-20T09:00"), form.startsAt());
    assertTrue(printer.text(form, Messages.ZH_CN).contains("搬迁时间：2026年3月20日 09:00 至 2026年3月20日 12:00\n"));
    assertFalse(form.filled().toString().contains("李建华") || form.filled().toString().contains("13800001111"), form.filled().toString());

    var refused = ClientMoveRegistrationForm.of(run.kase(), run.trail(), ClientMoveRegistrationForm.Input.of(" ", "电话", "长".repeat(201)));
    assertEquals(Map.of("contact", Problem.BLANK, "phone", Problem.MALFORMED, "remarks", Problem.TOO_LONG),
        FieldErrors.of(refused, ClientMoveRegistrationForm.TYPE));
    assertEquals("联系电话：格式不正确。", FormText.message(refused.getError().get(1), ClientMoveRegistrationForm.TYPE, Messages.ZH_CN)
        .replace(": ", "："));
  }

  @Test
  @DisplayName("MI-6.1, MI-6.2: a client renovating first books no move: no registration, and the clerk's missing contact is reported with it")
  void noMoveWhileRenovating() {
    Run<MoveIn> run = fixture.renovating(CLIENT);

    var refused = ClientMoveRegistrationForm.of(run.kase(), run.trail(), ClientMoveRegistrationForm.Input.of(null, "13800001111", null));

    assertEquals(Map.of("move", Problem.MISSING, "contact", Problem.MISSING), FieldErrors.of(refused, ClientMoveRegistrationForm.TYPE));
  }
}
