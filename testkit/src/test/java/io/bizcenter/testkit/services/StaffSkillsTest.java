package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.Rejections.assertRejectionKind;
import static io.bizcenter.testkit.services.ServiceFixture.NOVICE;
import static io.bizcenter.testkit.services.ServiceFixture.OPERATOR;
import static io.bizcenter.testkit.services.ServiceFixture.TRANSLATOR;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.kernel.Rejection;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.ServiceOrder;
import io.bizcenter.core.services.ServiceRejection;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.StandardService;
import io.bizcenter.testkit.ManualClock;
import io.bizcenter.testkit.RecordingNotifier;
import io.bizcenter.testkit.SequentialIds;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Staff skills: a service goes only to staff who have every skill it needs (SV-2.1)")
class StaffSkillsTest {
  private final ServiceFixture fixture = new ServiceFixture();

  @Test
  @DisplayName("SV-2.1: translation needs a foreign language: the translator takes it, the equipment operator may not")
  void translationNeedsAForeignLanguage() {
    ServiceOrder order = fixture.take(StandardService.TRANSLATION, 5, null, hours(1, 3), TRANSLATOR);
    assertEquals(TRANSLATOR, order.assignee());

    Rejection r = fixture.rejected(fixture.order(StandardService.TRANSLATION, 5, null, hours(1, 3), OPERATOR), fixture.clerk);
    assertRejectionKind(r, ServiceRejection.SkillMissing.class, "SV_SKILL_MISSING", "SV-2.1");
    assertEquals(List.of(Skill.FOREIGN_LANGUAGE), ((ServiceRejection.SkillMissing) r).missing());
  }

  @Test
  @DisplayName("SV-2.1: printing needs typing and equipment operation: every missing skill is named")
  void everyMissingSkillIsNamed() {
    Device printer = fixture.registered(EquipmentKind.PRINTER, 90);

    ServiceRejection.SkillMissing translator = (ServiceRejection.SkillMissing)
        fixture.rejected(fixture.order(StandardService.PRINTING, 50, printer.id(), hours(1, 2), TRANSLATOR), fixture.clerk);
    ServiceRejection.SkillMissing novice = (ServiceRejection.SkillMissing)
        fixture.rejected(fixture.order(StandardService.PRINTING, 50, printer.id(), hours(1, 2), NOVICE), fixture.clerk);
    ServiceRejection.SkillMissing stranger = (ServiceRejection.SkillMissing)
        fixture.rejected(fixture.order(StandardService.PRINTING, 50, printer.id(), hours(1, 2), StaffId.of("nobody-knows")), fixture.clerk);

    assertEquals(List.of(Skill.EQUIPMENT_OPERATION), translator.missing());
    assertEquals(List.of(Skill.TYPING, Skill.EQUIPMENT_OPERATION), novice.missing());
    assertEquals(novice.missing(), stranger.missing(), "someone the HR data does not know has no skills");
    assertEquals(OPERATOR, fixture.take(StandardService.PRINTING, 50, printer.id(), hours(1, 2), OPERATOR).assignee());
  }

  @Test
  @DisplayName("SV-2.1: a service that needs no skill (mail and courier) may go to anyone")
  void aServiceWithoutSkillsGoesToAnyone() {
    for (StaffId anyone : List.of(NOVICE, TRANSLATOR, StaffId.of("temp-worker"))) {
      assertEquals(anyone, fixture.take(StandardService.POSTAL, 3, null, hours(1, 2), anyone).assignee());
    }
  }

  @Test
  @DisplayName("SV-2.1: skills live in the vendor's HR data; a center built without it assigns only services that need no skill")
  void withoutHrDataNobodyHasSkills() {
    ServiceFixture bare = new ServiceFixture();
    BusinessCenter center = BusinessCenter.builder().storage(new InMemoryStorage()).notifier(new RecordingNotifier())
        .ids(new SequentialIds("X")).clock(new ManualClock(ServiceFixture.START)).build();

    assertEquals(ServiceRejection.SkillMissing.class,
        center.services().handle(bare.order(StandardService.TRANSLATION, 1, null, hours(1, 2), TRANSLATOR), fixture.clerk).getLeft().getClass());
    assertEquals(true, center.services().handle(bare.order(StandardService.POSTAL, 1, null, hours(1, 2), TRANSLATOR), fixture.clerk).isRight());
  }
}
