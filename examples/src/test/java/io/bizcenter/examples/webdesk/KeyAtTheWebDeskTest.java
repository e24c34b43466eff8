package io.bizcenter.examples.webdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The business center's customer-service supervisor at the web desk, in Chinese: a master key refused to a contractor's
 * cleaner (KY-1.1) with the refusal shown in Chinese, then cut for the center's own cleaner and reported lost.
 */
class KeyAtTheWebDeskTest extends AtTheWebDesk {
  @Test
  @DisplayName("万能钥匙: refused in Chinese for a contractor's cleaner, cut for the center's own, then reported lost")
  void masterKeyRefusedThenCutThenLost() {
    browser.open("BUSINESS_CENTER:CUSTOMER_SERVICE_SUPERVISOR", "zh-CN");
    assertEquals("今日待办", browser.text(By.cssSelector("#agenda-panel h2")));
    browser.procedure("keys");
    assertTrue(browser.all(By.cssSelector("#cases button.case-link")).size() >= 1, "the morning's master key is in the register");

    browser.action("CUT_MASTER_KEY");
    browser.select("lock.category", "MASTER");
    browser.select("to.kind", "STAFF");
    browser.type("to.id", "bc-cln-9");
    browser.select("to.role", "CLEANER");
    browser.select("to.department", "BUSINESS_CENTER");
    browser.select("to.employer", "CONTRACTOR");
    WebElement refused = browser.submit();
    assertEquals("rejected", refused.getAttribute("class"));
    assertEquals("KY_MASTER_KEY_FOR_CENTER_STAFF_ONLY", refused.getAttribute("data-code"));
    assertTrue(browser.text(By.id("outcome-code")).contains("KY-1.1"));
    String message = browser.text(By.cssSelector("#outcome .outcome-message"));
    assertTrue(message.contains("万能钥匙") && message.contains("外包人员"), "the refusal in Chinese: " + message);
    browser.screenshot("key-refused-in-chinese");

    browser.select("to.employer", "CENTER_STAFF");
    browser.accepted();
    browser.caseStands("HELD");
    assertEquals("由持有人保管", browser.text(By.id("case-state")));
    assertEquals("HELD", browser.diagramMarks());
    assertTrue(browser.all(By.id("print-form")).get(0).getAttribute("hidden") != null, "a key prints no form of its own");

    browser.action("REPORT_LOST");
    browser.type("note", "清洁时遗失");
    browser.accepted();
    browser.caseStands("LOST");
    assertEquals("LOST", browser.diagramMarks());
    assertEquals(2, browser.all(By.cssSelector("#trail tbody tr")).size());
    assertTrue(browser.text(By.id("trail")).contains("business-center.customer-service-supervisor"), "the trail names who acted");
    browser.screenshot("key-reported-lost");

    // the same case in English: labels change, the case stays open
    browser.choose(By.id("lang"), "en");
    browser.caseStands("LOST");
    String english = browser.text(By.id("case-state"));
    assertTrue(!english.isBlank() && english.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "the state in English: " + english);
    assertEquals("Audit trail", browser.text(By.cssSelector("#case-panel h3")));
  }
}
