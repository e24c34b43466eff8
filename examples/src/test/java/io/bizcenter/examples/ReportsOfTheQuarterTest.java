package io.bizcenter.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.keys.Key;
import io.bizcenter.core.keys.KeyCategory;
import io.bizcenter.core.keys.KeyState;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.services.ServiceOrderState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports example, run as a newcomer runs it: every page printed, and its figures those of the quarter played. */
class ReportsOfTheQuarterTest {
  @Test
  @DisplayName("GS-7, KY-1.4, SV-2.4: the quarter's five reports print in zh-CN and en, with the quarter's revenue and every master key")
  void theQuarterReports(@TempDir Path folder) throws IOException {
    InMemoryStorage storage = new InMemoryStorage();
    List<Path> pages = ReportsOfTheQuarter.run(storage, folder, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertEquals(10, pages.size());
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("@page { size: A4 portrait"), page + " is an A4 page");
    }
    // the revenue the stores hold, added up here by scanning every order, is the page's total
    Money settled = storage.serviceOrders().all(ADayAtTheBusinessCenter.TOWER).stream()
        .filter(o -> o.state() == ServiceOrderState.SETTLED)
        .map(o -> o.receipt().orElseThrow().settlement().total())
        .reduce(Money.ZERO, Money::plus);
    assertTrue(settled.amount().signum() > 0, "the quarter settled an order");
    String revenue = Files.readString(folder.resolve("reports/service-revenue.en.html"), StandardCharsets.UTF_8);
    assertTrue(revenue.contains("<th class=\"amount\">" + money(settled.amount()) + "</th>"), "the total revenue " + settled + " on the page");
    assertTrue(revenue.contains("<svg"), "with its chart");

    // every master key of the register (the one lost on day 49 and written off included) and every key lost is listed
    List<Key> keys = storage.keys().all(ADayAtTheBusinessCenter.TOWER);
    List<String> listed = keys.stream().filter(k -> k.category() == KeyCategory.MASTER || k.state() == KeyState.LOST)
        .map(k -> k.id().value()).toList();
    assertTrue(keys.stream().anyMatch(k -> k.category() == KeyCategory.MASTER && k.state() == KeyState.RETIRED), "the master key written off");
    String custody = Files.readString(folder.resolve("reports/key-custody.zh.html"), StandardCharsets.UTF_8);
    for (String id : listed) {
      assertTrue(custody.contains("<td>" + id + "</td>"), id + " on the key custody page");
    }
  }

  private static String money(BigDecimal amount) {
    return "CNY " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
  }
}
