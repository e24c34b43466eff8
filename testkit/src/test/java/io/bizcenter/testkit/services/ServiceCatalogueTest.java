package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.Rejections.assertRejectionKind;
import static io.bizcenter.testkit.Rejections.assertSpeaksBothLanguages;
import static io.bizcenter.testkit.services.ServiceFixture.OPERATOR;
import static io.bizcenter.testkit.services.ServiceFixture.TOWER;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.services.FeeSchedule;
import io.bizcenter.core.services.FeeUnit;
import io.bizcenter.core.services.ServiceCatalogue;
import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.ServiceItem;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceOrderCommand;
import io.bizcenter.core.services.ServicePolicy;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.StandardService;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The service catalogue: the source's seventeen services, extended or retired by a vendor, each with its fees (SV-3.1)")
class ServiceCatalogueTest {
  private static final PolicyVersion NEXT = PolicyVersion.of("SV-tower-2");

  @Test
  @DisplayName("SV-3.1: the default catalogue is the source's seventeen services in its order, each with a fee schedule and both names")
  void theSeventeenServices() {
    ServiceFixture fixture = new ServiceFixture();

    List<ServiceItem> offered = fixture.desk().catalogue(fixture.clerk, TOWER);

    assertEquals(17, offered.size());
    assertEquals(Arrays.stream(StandardService.values()).map(ServiceCode::of).toList(), offered.stream().map(ServiceItem::code).toList());
    for (ServiceItem item : offered) {
      assertTrue(item.fee().price().compareTo(Money.ZERO) > 0, item.code() + " has a price");
      assertTrue(item.fee().depositRatio().signum() > 0 && item.fee().depositRatio().compareTo(BigDecimal.ONE) <= 0, item.code() + " a deposit");
      assertEquals(2, item.fee().price().amount().scale(), "exact CNY, to the fen");
      assertSpeaksBothLanguages(item.name(Messages.ZH_CN), item.name(Messages.EN));
    }
    assertEquals("翻译服务（文件、合同等）", offered.get(0).name(Messages.ZH_CN));
    assertEquals(Set.of(Skill.FOREIGN_LANGUAGE), offered.get(0).skills(), "translation needs a foreign language (SV-2.1)");
    assertEquals(List.of(), fixture.desk().catalogue(fixture.harbourClerk, TOWER), "another center's clerk sees nothing of it");
  }

  @Test
  @DisplayName("SV-3.1: a vendor adds a service of its own; it is ordered, charged and named like the standard ones")
  void aVendorAddsAService() {
    ServiceItem scanning = ServiceItem.own("SCANNING", "文件扫描 / document scanning", FeeSchedule.of(FeeUnit.PAGE, "0.80", "0.50"),
        Set.of(Skill.EQUIPMENT_OPERATION), Set.of());
    ServiceFixture fixture = new ServiceFixture(
        center -> ServicePolicy.defaults().withCatalogue(NEXT, ServiceCatalogue.standard().with(scanning)));

    assertEquals(18, fixture.desk().catalogue(fixture.clerk, TOWER).size());
    ServiceOrder order = fixture.accepted(new ServiceOrderCommand.TakeOrder(fixture.freshCommandId(), TOWER, ServiceFixture.client(),
        ServiceCode.of("SCANNING"), 25, "彩色扫描为 PDF", hours(1, 2), null, OPERATOR), fixture.clerk);
    ServiceOrder explained = fixture.explain(order.id());

    assertEquals(Money.yuan("20.00"), explained.charges().orElseThrow().total());
    assertEquals(Money.yuan("10.00"), explained.charges().orElseThrow().deposit());
    assertEquals(NEXT, explained.charges().orElseThrow().policy(), "the charges name the policy version they came from (GS-4)");
    assertEquals("文件扫描 / document scanning", scanning.name(Messages.EN));
  }

  @Test
  @DisplayName("SV-3.1: a retired service takes no new orders; an order already taken goes on under its own charges")
  void aVendorRetiresAService() {
    Map<CenterId, ServicePolicy> policies = new HashMap<>(Map.of(TOWER, ServicePolicy.defaults()));
    ServiceFixture fixture = new ServiceFixture(policies::get);
    ServiceOrder before = fixture.take(StandardService.SUBSCRIPTION, 3, null, hours(1, 2), OPERATOR);

    policies.put(TOWER, ServicePolicy.defaults().withCatalogue(NEXT,
        ServiceCatalogue.standard().retire(ServiceCode.of(StandardService.SUBSCRIPTION))));

    Object rejected = fixture.rejected(fixture.order(StandardService.SUBSCRIPTION, 3, null, hours(1, 2), OPERATOR), fixture.clerk);
    assertEquals(new ServiceRejection.ServiceRetired(ServiceCode.of(StandardService.SUBSCRIPTION), Clause.of("SV-3.1")), rejected);
    assertRejectionKind((ServiceRejection) rejected, ServiceRejection.ServiceRetired.class, "SV_SERVICE_RETIRED", "SV-3.1");
    assertFalse(fixture.desk().catalogue(fixture.clerk, TOWER).stream().anyMatch(i -> i.code().equals(before.service())));
    assertEquals(Money.yuan("300.00"), fixture.explain(before.id()).charges().orElseThrow().total(), "3 months at 100.00");
  }

  @Test
  @DisplayName("SV-3.1, GS-4: a new price applies to charges explained after it; charges already explained keep theirs")
  void aNewPriceAppliesFromThenOn() {
    Map<CenterId, ServicePolicy> policies = new HashMap<>(Map.of(TOWER, ServicePolicy.defaults()));
    ServiceFixture fixture = new ServiceFixture(policies::get);
    ServiceOrder old = fixture.explain(fixture.take(StandardService.POSTAL, 4, null, hours(1, 2), OPERATOR).id());
    ServiceItem postal = ServiceCatalogue.standard().find(ServiceCode.of(StandardService.POSTAL)).orElseThrow();

    policies.put(TOWER, ServicePolicy.defaults().withCatalogue(NEXT,
        ServiceCatalogue.standard().with(postal.withFee(FeeSchedule.of(FeeUnit.ITEM, "25.00", "0.30")))));
    ServiceOrder fresh = fixture.explain(fixture.take(StandardService.POSTAL, 4, null, hours(1, 2), OPERATOR).id());

    assertEquals(Money.yuan("80.00"), old.charges().orElseThrow().total());
    assertEquals(Money.yuan("80.00"), fixture.desk().order(fixture.clerk, TOWER, old.id()).get().charges().orElseThrow().total());
    assertEquals(Money.yuan("100.00"), fresh.charges().orElseThrow().total());
    assertEquals(NEXT, fresh.policy());
  }

  @Test
  @DisplayName("SV-3.1: a service the catalogue does not have is refused")
  void anUnknownService() {
    ServiceFixture fixture = new ServiceFixture();
    ServiceOrderCommand.TakeOrder unknown = new ServiceOrderCommand.TakeOrder(fixture.freshCommandId(), TOWER, ServiceFixture.client(),
        ServiceCode.of("TIME_TRAVEL"), 1, "明天回到昨天", hours(1, 2), null, OPERATOR);

    assertRejectionKind(fixture.rejected(unknown, fixture.clerk), ServiceRejection.UnknownService.class, "SV_UNKNOWN_SERVICE", "SV-3.1");
  }
}
