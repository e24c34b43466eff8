package io.bizcenter.forms.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.PersonName;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Run;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The complaint record: who complained and every step since (CP-1.1, CP-2.1)")
class ComplaintRecordTest {
  private final ComplaintFixture fixture = new ComplaintFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("CP-1.1, CP-1.3: a phone complaint: name, company, phone, the department's plan and handler, each step with its clause")
  void aPhoneComplaint() {
    Run<Complaint> run = fixture.phoneWithPlan("欧阳娜娜");

    ComplaintRecordForm record = ComplaintRecordForm.of(run.kase(), run.trail()).get();

    assertEquals(Channel.PHONE, record.channel());
    assertEquals(PersonName.of("欧阳娜娜"), record.complainant());
    assertEquals(ComplaintFixture.COMPANY, record.company());
    assertEquals(Optional.of(Department.ENGINEERING), record.concernedDepartment());
    assertEquals(Optional.of(PersonName.of("司马建国")), record.handler());
    assertEquals(List.of("CP-1.1", "CP-1.3", "CP-1.3", "CP-1.3", "CP-1.3", "CP-1.3"), record.steps().stream().map(s -> s.clause()).toList());
    assertEquals(ComplaintAction.RECORD_PHONE_COMPLAINT, record.steps().get(0).action());
    String text = printer.text(record, Messages.EN);
    assertTrue(text.contains("Complainant: 欧阳娜娜\nCompany: 上海某某贸易有限公司\nPhone: 13912345678\n"), text);
  }

  @Test
  @DisplayName("CP-2.1: a letter complaint shows the letter's reference; a trail of another case gives no record")
  void aLetterComplaint() {
    Run<Complaint> letter = fixture.letterAnswered("欧阳娜娜");
    Run<Complaint> phone = fixture.phoneWithPlan("欧阳娜娜");

    ComplaintRecordForm record = ComplaintRecordForm.of(letter.kase(), letter.trail()).get();

    assertEquals(Optional.of("信件-2026-015"), record.letter());
    assertTrue(printer.text(record, Messages.ZH_CN).contains("投诉方式：信件 (投诉信件编号 信件-2026-015)"));
    assertTrue(ComplaintRecordForm.of(letter.kase(), phone.trail()).isInvalid(), "the steps come from the complaint's own trail");
  }
}
