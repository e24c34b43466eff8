package io.bizcenter.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.complaints.Channel;
import io.bizcenter.core.complaints.ComplaintAction;
import io.bizcenter.core.complaints.ComplaintRejection;
import io.bizcenter.core.complaints.ComplaintState;
import io.bizcenter.core.complaints.Remit;
import io.bizcenter.core.contracts.ApprovalChain;
import io.bizcenter.core.contracts.ContractAction;
import io.bizcenter.core.contracts.ContractRejection;
import io.bizcenter.core.contracts.ContractState;
import io.bizcenter.core.contracts.ContractType;
import io.bizcenter.core.contracts.Deviation;
import io.bizcenter.core.contracts.DeviationTopic;
import io.bizcenter.core.contracts.PaymentNotice;
import io.bizcenter.core.contracts.ReviewCapacity;
import io.bizcenter.core.contracts.Signatory;
import io.bizcenter.core.contracts.SupportingDocument;
import io.bizcenter.core.contracts.TenantType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GS-1: every label, rejection and notice exists in zh-CN and en, and the Chinese is Chinese. */
class MessagesTest {
  private static final List<String> PACKAGES = List.of("kernel", "complaints", "contracts");

  @Test
  @DisplayName("GS-1 each package's English and Chinese messages have exactly the same keys")
  void both_languages_have_the_same_keys() throws IOException {
    for (String pkg : PACKAGES) {
      Properties en = load(pkg, "messages.properties");
      Properties zh = load(pkg, "messages_zh.properties");
      assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(), pkg);
      for (String key : zh.stringPropertyNames()) {
        assertTrue(zh.getProperty(key).codePoints().anyMatch(MessagesTest::isHan), pkg + " " + key + " is not Chinese");
        assertFalse(en.getProperty(key).codePoints().anyMatch(MessagesTest::isHan), pkg + " " + key + " is not English");
      }
    }
  }

  @Test
  @DisplayName("GS-1 every state, action, department, role, channel, remit and field problem has a label in both languages")
  void every_enum_has_a_label() {
    for (Class<? extends Enum<?>> type : List.of(Department.class, Role.class, ComplaintState.class, ComplaintAction.class, Channel.class,
        Remit.class,
        ContractState.class, ContractAction.class, ContractType.class, TenantType.class, SupportingDocument.class, Signatory.Capacity.class,
        DeviationTopic.class, Deviation.Status.class, ReviewCapacity.class, ApprovalChain.ReturnTo.class, PaymentNotice.Kind.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        for (Locale locale : List.of(Messages.ZH_CN, Messages.EN)) {
          assertFalse(Messages.label(value, locale).isBlank(), value + " " + locale);
        }
      }
    }
    for (FieldError.Problem problem : FieldError.Problem.values()) {
      assertTrue(Messages.has(FieldError.class, Messages.ZH_CN, "field." + problem), problem.name());
      assertTrue(Messages.has(FieldError.class, Messages.EN, "field." + problem), problem.name());
    }
  }

  @Test
  @DisplayName("GS-1 every kind of rejection has its message in both languages, with its arguments filled in")
  void every_rejection_has_a_message() {
    List<Rejection> all = List.of(
        new Rejection.ActionNotAllowed("complaints", ComplaintState.CLOSED, ComplaintAction.APOLOGISE, Clause.of("CP-0.1")),
        new Rejection.ActorNotPermitted(ComplaintAction.TRIAGE_HARD_CASE, Role.CLEANER, Department.SECURITY, Clause.of("CP-1.4")),
        new Rejection.CaseNotFound("complaints", "C-404"),
        new Rejection.InvalidInput(List.of(FieldError.of("content", FieldError.Problem.TOO_LONG, 2000))),
        new Rejection.VersionConflict("complaints", "C-1", 3, 4),
        new Rejection.NotInYourCenter(CenterId.of("other")),
        new Rejection.CommandIdReused(CommandId.of("cmd-1")),
        new ComplaintRejection.WrittenApologyRequired(Clause.of("CP-2.2")),
        new ComplaintRejection.DepartmentConcernedIsOperations(Department.OPERATIONS, Clause.of("CP-1.3")),
        new ContractRejection.DocumentsMissing(TenantType.OVERSEAS_OR_FORMING_COMPANY,
            List.of(SupportingDocument.AUTHORISATION_LETTER, SupportingDocument.PARENT_COMPANY_REGISTRATION_COPY)),
        new ContractRejection.CompanySealRequired(),
        new ContractRejection.SignatoryDoesNotFit(TenantType.INDIVIDUAL, Signatory.Capacity.REPRESENTATIVE),
        new ContractRejection.DeviationsUnconfirmed(List.of(1, 3)),
        new ContractRejection.NoSuchDeviation(4),
        new ContractRejection.DeviationNotAwaitingYou(2, Department.ENGINEERING),
        new ContractRejection.NoDeviationAwaitsYou(Role.DEPARTMENT_MANAGER, Department.AUDIT),
        new ContractRejection.SignatureOutOfOrder(ReviewCapacity.AUDIT, ReviewCapacity.FINANCE),
        new ContractRejection.NotInTheChain(ReviewCapacity.AUDIT, Role.STAFF, Department.SECURITY),
        new ContractRejection.SignedAlready(StaffId.of("op-mgr"), ReviewCapacity.HANDLER),
        new ContractRejection.ChainComplete(),
        new ContractRejection.NothingToReturn(),
        new ContractRejection.ChainIncomplete(ReviewCapacity.LEGAL),
        new ContractRejection.NoDeliveryAwaitsYou(Department.SECURITY),
        new ContractRejection.DeliveriesPending(2),
        new ContractRejection.NotALease(ContractType.PARKING),
        new ContractRejection.LeaseCopyGoesToTenantFile(),
        new ContractRejection.RelatedContractsPending(List.of("K-2", "K-3"), Clause.of("CS-5.1")),
        new ContractRejection.NoSuchLease("K-9", Clause.of("CS-5.1")));
    // the sealed families are listed in full: a new kind of rejection must be added here, with its texts
    assertEquals(Set.of(Rejection.class.getPermittedSubclasses()).size(), 8);
    assertEquals(Set.of(ComplaintRejection.class.getPermittedSubclasses()).size(), 2);
    assertEquals(Set.of(ContractRejection.class.getPermittedSubclasses()).size(), 19);
    for (Rejection r : all) {
      String zh = r.message(Messages.ZH_CN);
      String en = r.message(Messages.EN);
      assertTrue(zh.codePoints().anyMatch(MessagesTest::isHan), zh);
      assertFalse(en.codePoints().anyMatch(MessagesTest::isHan), en);
      assertFalse(zh.contains("{") || en.contains("{"), "every argument is filled: " + en);
    }
    assertEquals("案件处于“已结案”状态，不能进行“致歉”。", all.get(0).message(Messages.ZH_CN));
    assertEquals("The step \"triage: hard case\" is not for a cleaner of Security.", all.get(1).message(Messages.EN));
    assertEquals("指令有 1 处填写错误：\n- content：最多 2000 个字。", all.get(3).message(Messages.ZH_CN));
  }

  @Test
  @DisplayName("GS-1 a German server still answers a Chinese clerk in Chinese (no fallback to the JVM's locale)")
  void no_fallback_to_default_locale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("营运招商部", Messages.label(Department.OPERATIONS, Messages.ZH_CN));
      assertEquals("Operations & Leasing", Messages.label(Department.OPERATIONS, Messages.EN));
      assertEquals("Operations & Leasing", Messages.label(Department.OPERATIONS, Locale.GERMAN), "unknown languages get English");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Properties load(String pkg, String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/io/bizcenter/core/" + pkg + "/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
