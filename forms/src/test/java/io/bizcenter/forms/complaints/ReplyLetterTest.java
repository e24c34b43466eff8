package io.bizcenter.forms.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.FieldError.Problem;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.forms.FieldErrors;
import io.bizcenter.forms.FormPrinter;
import io.bizcenter.forms.Party;
import io.bizcenter.forms.Recipient;
import io.bizcenter.forms.Run;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Our reply letter to a letter complaint within Operations' remit (CP-2.2)")
class ReplyLetterTest {
  private static final String BODY = "大堂灯具已更换，电梯已检修。\n给您带来不便，谨此致歉。";
  private final ComplaintFixture fixture = new ComplaintFixture();
  private final FormPrinter printer = FormPrinter.defaults();

  @Test
  @DisplayName("CP-2.2: the written apology's reference, the complaint it answers, and two copies: the complainant's and the archive's")
  void theReply() {
    Run<Complaint> run = fixture.letterAnswered("欧阳娜娜");

    ReplyLetter letter = ReplyLetter.of(run.kase(), run.trail(), ReplyLetter.Input.of(BODY, "李建华")).get();

    assertEquals("回函-2026-031", letter.reference());
    assertEquals(Optional.of("信件-2026-015"), letter.letter());
    assertEquals("CP-2.2", letter.clause(), "the clause the written apology was given under, from the trail");
    assertEquals(Department.OPERATIONS, letter.writtenIn());
    assertEquals(List.of(Recipient.of(Party.COMPLAINANT), Recipient.of(Party.ARCHIVE)), letter.copies().recipients());
    String text = printer.text(letter, Messages.ZH_CN);
    assertTrue(text.contains("尊敬的 欧阳娜娜：\n"), text);
    assertTrue(text.contains(BODY + "\n"), "the clerk's text, its lines kept");
    assertTrue(printer.html(letter, Messages.EN).contains("<div class=\"sign seal\"><span class=\"who\">Department seal</span>"),
        "room for the department's seal");
  }

  @Test
  @DisplayName("CP-2.3: outside the remit, the reply once the problem is finally solved names that branch's clause; copies as CP-2.2")
  void outsideTheRemit() {
    Run<Complaint> run = fixture.letterOutsideRemitAnswered("欧阳娜娜");

    ReplyLetter letter = ReplyLetter.of(run.kase(), run.trail(), ReplyLetter.Input.of(BODY, "李建华")).get();

    assertEquals("回函-2026-032", letter.reference());
    assertEquals("CP-2.3", letter.clause());
    assertEquals(Optional.empty(), letter.fix(), "the department concerned fixed it: Operations told no fix of its own");
    assertEquals(2, letter.copies().count());
  }

  @Test
  @DisplayName("CP-1.2: a phone complaint apologised for by phone has no reply letter; the written one of a letter has")
  void onlyWrittenApologies() {
    Run<Complaint> phone = fixture.phoneWithPlan("欧阳娜娜");
    assertEquals(Map.of("reply", Problem.MISSING), FieldErrors.of(ReplyLetter.of(phone.kase(), phone.trail(), ReplyLetter.Input.of(BODY, "李建华")),
        ReplyLetter.TYPE));
  }

  @Test
  @DisplayName("CP-2.2, GS-1: before the written apology there is no reply; a blank text and no signer are field errors, all at once")
  void notYetAndIncomplete() {
    Run<Complaint> run = fixture.letterTriaged("欧阳娜娜");

    var refused = ReplyLetter.of(run.kase(), run.trail(), ReplyLetter.Input.of(" \n ", null));

    assertEquals(Map.of("reply", Problem.MISSING, "body", Problem.BLANK, "signer", Problem.MISSING), FieldErrors.of(refused, ReplyLetter.TYPE));
  }

  @Test
  @DisplayName("CP-2.2: a complainant named with <script> and quotes, and markup in the letter's text, come out escaped")
  void hostileWords() {
    Run<Complaint> run = fixture.letterAnswered("<script>alert('x')</script>\"");
    ReplyLetter letter = ReplyLetter.of(run.kase(), run.trail(), ReplyLetter.Input.of("<b>bold</b> & \"quoted\"", "李建华")).get();

    String html = printer.html(letter, Messages.ZH_CN);

    assertFalse(html.contains("<script>") || html.contains("<b>"), html);
    assertTrue(html.contains("尊敬的 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;："), html);
    assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"), html);
  }
}
