package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.BusinessCenter;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Service & Cleaning at the web desk, in English: a booking that overlaps the morning's meeting in room 501 refused,
 * the same meeting booked in room 502, confirmed with its request form, and the form printed (MR-0.1, MR-1.1).
 */
class MeetingAtTheWebDeskTest extends AtTheWebDesk {
  @Test
  @DisplayName("a room already taken is refused; another room is booked, confirmed with its request form, and the form prints")
  void bookConfirmPrint() {
    browser.open("SERVICE_AND_CLEANING:STAFF", "en");
    browser.procedure("meetings");
    // the desk opened the day with a meeting in room 501 tomorrow from 10:00 to 12:00, Shanghai time
    ZonedDateTime tomorrow = ZonedDateTime.now(browser.desk.clock.withZone(BusinessCenter.DEFAULT_ZONE)).plusDays(1).with(LocalTime.of(11, 0)).withNano(0);

    browser.action("BOOK_ROOM");
    browser.type("room", "501");
    browser.type("startsAt", tomorrow.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    browser.type("endsAt", tomorrow.plusHours(2).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    browser.type("client.company", "Harbour Trading Ltd");
    browser.type("client.contact", "Han Meimei");
    browser.type("client.phone", "13700137000");
    browser.type("subject", "Board meeting");
    WebElement refused = browser.submit();
    assertEquals("rejected", refused.getAttribute("class"), refused.getText());
    assertTrue(refused.getAttribute("data-code").startsWith("MR_"), refused.getAttribute("data-code"));
    assertTrue(browser.text(By.cssSelector("#outcome .outcome-message")).contains("501"), refused.getText());
    browser.screenshot("meeting-room-taken");

    browser.type("room", "502");
    browser.accepted();
    browser.caseStands("BOOKED");
    assertEquals("BOOKED", browser.diagramMarks());

    browser.action("CONFIRM");
    browser.type("form.attendees", "12");
    browser.click(By.cssSelector("button[data-add='form.services']"));
    browser.select("form.services[0].item", "MICROPHONE");
    browser.type("form.services[0].quantity", "2");
    browser.type("form.requirements", "Projector on the left wall");
    browser.accepted();
    browser.caseStands("CONFIRMED");
    assertEquals("CONFIRMED", browser.diagramMarks());
    assertEquals(2, browser.all(By.cssSelector("#trail tbody tr")).size());
    assertTrue(browser.text(By.id("trail")).contains("MR-1.1"));
    browser.screenshot("meeting-confirmed");

    browser.driver.get(browser.shown(By.id("print-form")).getAttribute("href"));
    String printed = browser.driver.findElement(By.tagName("body")).getText();
    assertTrue(printed.contains("Harbour Trading Ltd") && printed.contains("502"), printed);
    browser.screenshot("meeting-request-form-printed");
  }
}
