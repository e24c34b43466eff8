package io.bizcenter.core.reports;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Money;
import java.time.YearMonth;
import java.util.List;

/**
 * What the business center's services earned, month by month (SV-2.4): the orders settled at Finance in the month, with
 * the total of the service done, the deposits they had taken, the balances clients paid and the refunds they got; and
 * the orders cancelled in the month with the deposits handed back. Exact yuan; every month of the period is listed,
 * those with nothing at zero.
 */
public record ServiceRevenue(CenterId center, ReportPeriod period, List<Month> months) {
  public ServiceRevenue {
    months = List.copyOf(months);
  }

  /** One month's settlements: revenue = deposits + balances − refunds, for the orders settled. */
  public record Month(YearMonth month, int settled, Money revenue, Money deposits, Money balancesCollected, Money refunds, int cancelled,
      Money depositsReturned) {}

  public Money revenue() {
    return months.stream().map(Month::revenue).reduce(Money.ZERO, Money::plus);
  }

  public Money deposits() {
    return months.stream().map(Month::deposits).reduce(Money.ZERO, Money::plus);
  }

  public Money balancesCollected() {
    return months.stream().map(Month::balancesCollected).reduce(Money.ZERO, Money::plus);
  }

  public Money refunds() {
    return months.stream().map(Month::refunds).reduce(Money.ZERO, Money::plus);
  }

  public Money depositsReturned() {
    return months.stream().map(Month::depositsReturned).reduce(Money.ZERO, Money::plus);
  }
}
