package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An Operations clerk at the web desk in a real browser takes a phone complaint, triages it and prints its record (CP-1.1, CP-1.2). */
class ComplaintAtTheWebDeskTest extends AtTheWebDesk {
  @Test
  @DisplayName("record a phone complaint from a form drawn from its schema, see it on the agenda, triage it, see the trail and diagram, print the record")
  void phoneComplaintFromCallToTriage() {
    browser.open("OPERATIONS:STAFF", "en");
    assertEquals("Due today", browser.text(By.cssSelector("#agenda-panel h2")));
    assertFalse(browser.all(By.cssSelector("#agenda li[data-procedure='complaints']")).isEmpty(), "the morning's complaint is on the agenda");

    browser.procedure("complaints");
    browser.action("RECORD_PHONE_COMPLAINT");
    browser.type("complainant.name", "李四");
    browser.type("complainant.company", "<b>某某</b> & Co");
    browser.type("content", "电梯异响 <img src=x onerror=alert(1)>");
    WebElement noPhone = browser.submit();
    assertEquals("INVALID_INPUT", noPhone.getAttribute("data-code"), noPhone.getText());
    assertEquals("true", browser.shown(By.name("complainant.phone")).getAttribute("aria-invalid"), "the missing phone is marked");
    assertFalse(browser.text(By.cssSelector(".field-error[data-field='complainant.phone']")).isBlank());
    browser.type("complainant.phone", "13912345678");
    browser.accepted();
    assertTrue(browser.all(By.cssSelector("[aria-invalid]")).isEmpty(), "the marks go once the command is taken");
    browser.caseStands("PHONE_RECEIVED");
    String id = browser.text(By.id("case-id"));
    assertEquals("phone complaint recorded", browser.text(By.id("case-state")));

    // what the caller typed is shown as text: no element was made from it
    browser.click(By.cssSelector("#case-panel details summary"));
    String document = browser.text(By.id("case-document"));
    assertTrue(document.contains("<b>某某</b> & Co") && document.contains("<img src=x onerror=alert(1)>"), document);
    assertTrue(browser.all(By.cssSelector("#case-panel b, #case-panel img:not(#diagram)")).isEmpty(), "no markup from the caller");
    browser.click(By.cssSelector("#case-panel details summary"));

    assertEquals("PHONE_RECEIVED", browser.diagramMarks());
    assertEquals(1, browser.all(By.cssSelector("#trail tbody tr")).size());
    assertTrue(browser.all(By.cssSelector("#agenda li[data-case='" + id + "']")).size() == 1, "the new complaint is due for triage");

    browser.action("TRIAGE_WITHIN_REMIT");
    assertEquals(id, browser.shown(By.name("complaintId")).getAttribute("value"), "the form names the open complaint");
    browser.select("remit", "WITHIN");
    browser.accepted();
    browser.caseStands("PHONE_WITHIN_REMIT");
    assertEquals("phone, within remit", browser.text(By.id("outcome-state")));
    assertEquals(2, browser.all(By.cssSelector("#trail tbody tr")).size());
    assertTrue(browser.text(By.id("trail")).contains("CP-1.2"), "the trail names the clause");
    assertEquals("PHONE_WITHIN_REMIT", browser.diagramMarks(), "the diagram follows the case");
    assertTrue(browser.all(By.cssSelector("#actions button[data-action='TELL_FIX']")).size() == 1);
    browser.screenshot("complaint-triaged");

    String form = browser.shown(By.id("print-form")).getAttribute("href");
    browser.driver.get(form);
    String printed = browser.driver.findElement(By.tagName("body")).getText();
    assertTrue(printed.contains("<b>某某</b> & Co") && printed.contains("13912345678"), printed);
    assertTrue(browser.all(By.cssSelector("body b")).isEmpty(), "the printed form shows the company as text");
    browser.screenshot("complaint-record-printed");
  }
}
