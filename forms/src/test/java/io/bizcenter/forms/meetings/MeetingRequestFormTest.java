package io.bizcenter.forms.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.meetings.Meeting;
import io.bizcenter.core.meetings.ServiceItem;
import io.bizcenter.forms.FieldErrors;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Run;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Meeting Reception Service Request Form, filled when the meeting is confirmed (MR-1.1)")
class MeetingRequestFormTest {
  private final MeetingFixture fixture = new MeetingFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("MR-1.1: the booking, 25 attendees, the services asked for, the requirements, and who confirmed it")
  void theFilledForm() {
    Run<Meeting> run = fixture.confirmed("欧阳娜娜");

    MeetingReceptionRequestForm form = MeetingReceptionRequestForm.of(run.kase(), run.trail()).get();

    assertEquals("501", form.room());
    assertEquals(25, form.attendees());
    assertEquals(List.of(ServiceItem.MICROPHONE, ServiceItem.PROJECTION), form.services().stream().map(MeetingReceptionRequestForm.Line::item).toList());
    assertEquals(Optional.of("主席台摆放鲜花"), form.requirements());
    assertEquals(Department.SERVICE_AND_CLEANING, form.confirmedIn());
    String text = printer.text(form, Messages.ZH_CN);
    assertTrue(text.contains("会议时间：2026年3月10日 09:00 至 2026年3月10日 11:30"), text);
    assertTrue(text.contains("1. 话筒 x 4"), text);
  }

  @Test
  @DisplayName("MR-1.1: a booking not yet confirmed has no form; a contact named <script> is escaped")
  void notYetAndEscaped() {
    Run<Meeting> booked = fixture.booked("欧阳娜娜");
    assertEquals(Map.of("requestForm", Problem.MISSING),
        FieldErrors.of(MeetingReceptionRequestForm.of(booked.kase(), booked.trail()), MeetingReceptionRequestForm.TYPE));

    Run<Meeting> run = new MeetingFixture().confirmed("<script>alert(1)</script>");
    String html = printer.html(MeetingReceptionRequestForm.of(run.kase(), run.trail()).get(), Messages.EN);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
  }
}
