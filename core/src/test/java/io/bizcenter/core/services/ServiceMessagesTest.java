package io.bizcenter.core.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Clause;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Money;
import io.bizcenter.core.kernel.Notice;
import io.bizcenter.core.kernel.Rejection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS-1 for the service procedure (SV): every rejection and notice speaks zh-CN and en, with its clause. */
class ServiceMessagesTest {
  @Test
  @DisplayName("GS-1 SV-1.1 SV-1.2 SV-2.1 SV-2.2 SV-2.4 SV-2.5 SV-3.1 every kind of service rejection has its message and clause")
  void every_rejection_has_a_message() {
    DeviceId fax = DeviceId.of("fax-1");
    List<ServiceRejection> all = List.of(
        new ServiceRejection.UnknownService(ServiceCode.of("X"), Clause.of("SV-3.1")),
        new ServiceRejection.ServiceRetired(ServiceCode.of(StandardService.TELECOM), Clause.of("SV-3.1")),
        new ServiceRejection.DeviceRequired(ServiceCode.of(StandardService.PRINTING), Clause.of("SV-2.2")),
        new ServiceRejection.DeviceNotSuited(fax, EquipmentKind.FAX, ServiceCode.of(StandardService.PRINTING), Clause.of("SV-1.1")),
        new ServiceRejection.UnknownDevice(fax, Clause.of("SV-1.1")),
        new ServiceRejection.DeviceOutOfUse(fax, DeviceState.FAULTY, Clause.of("SV-1.2")),
        new ServiceRejection.DeviceInUse(fax, "O-1", Clause.of("SV-1.2")),
        new ServiceRejection.DeviceBooked(fax, "O-1", Clause.of("SV-2.2")),
        new ServiceRejection.SlotNeededByClient(fax, ServiceOrderId.of("O-1"), Clause.of("SV-2.5")),
        new ServiceRejection.NoClientNeedsTheSlot(fax, Clause.of("SV-2.5")),
        new ServiceRejection.SkillMissing("bc-1", List.of(Skill.FOREIGN_LANGUAGE), Clause.of("SV-2.1")),
        new ServiceRejection.DepositNotAsRequired(Money.yuan("45.00"), Money.yuan("40.00"), Clause.of("SV-2.2")),
        new ServiceRejection.CopyAlreadyHandedOver(ReceiptCopy.CLIENT, Clause.of("SV-2.4")),
        new ServiceRejection.CopiesOutstanding(List.of(ReceiptCopy.ARCHIVE), Clause.of("SV-2.4")),
        new ServiceRejection.NotForWork(Clause.of("SV-2.5")),
        new ServiceRejection.NotTheApplicantsManager(Department.ENGINEERING, Clause.of("SV-2.5")),
        new ServiceRejection.NotOfTheApplicantsDepartment(Department.ENGINEERING, Clause.of("SV-2.5")));
    assertEquals(all.size(), Set.of(ServiceRejection.class.getPermittedSubclasses()).size(), "the sealed family is listed in full");
    for (Rejection r : all) {
      assertTrue(r.code().startsWith("SV_"), r.code());
      assertTrue(r.clause().id().startsWith("SV-"), r.code());
      assertSpeaksBoth(r.message(Messages.ZH_CN), r.message(Messages.EN));
    }
    assertEquals("押金应为总额的规定比例，即人民币 45.00 元；所收为人民币 40.00 元。", all.get(11).message(Messages.ZH_CN));
    assertEquals("Device fax-1 is \"faulty, out of use until repaired\" and may not be used until a professional repairs it.",
        all.get(5).message(Messages.EN));
  }

  @Test
  @DisplayName("GS-1 SV-2.4 SV-2.5 the written notices of the service procedure speak both languages")
  void every_notice_has_a_text() {
    List<Notice> notices = List.of(
        Notice.to(Department.FINANCE, "SV_CLIENT_TO_SETTLE", Clause.of("SV-2.4"), "O-1", "R-1", "30.00", "0.00"),
        Notice.to(Department.ENGINEERING, "SV_INTERNAL_USE_DISPLACED", Clause.of("SV-2.5"), "U-1", "fax-1", "2026-03-02T01:00:00Z",
            "2026-03-02T02:00:00Z"));
    for (Notice n : notices) {
      assertSpeaksBoth(n.message(Messages.ZH_CN), n.message(Messages.EN));
    }
  }

  @Test
  @DisplayName("SV-3.1 every standard service and every state, action and kind has a label in both languages")
  void labels() {
    for (Class<? extends Enum<?>> type : List.of(StandardService.class, EquipmentKind.class, Skill.class, DeviceState.class,
        ServiceOrderState.class, InternalUseState.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        assertSpeaksBoth(Messages.label(value, Messages.ZH_CN), Messages.label(value, Locale.ENGLISH));
      }
    }
  }

  private static void assertSpeaksBoth(String zh, String en) {
    assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
    assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
    assertFalse(zh.contains("{") || en.contains("{"), "every argument is filled: " + en);
  }
}
