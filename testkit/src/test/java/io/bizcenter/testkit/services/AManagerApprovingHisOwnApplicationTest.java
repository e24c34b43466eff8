package io.bizcenter.testkit.services;

import static io.bizcenter.testkit.Rejections.assertRejection;
import static io.bizcenter.testkit.services.ServiceFixture.TOWER;
import static io.bizcenter.testkit.services.ServiceFixture.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.Messages;
import io.bizcenter.core.kernel.Role;
import io.bizcenter.core.kernel.SamePerson;
import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentKind;
import io.bizcenter.core.services.InternalUse;
import io.bizcenter.core.services.InternalUseAction;
import io.bizcenter.core.services.InternalUseCommand;
import io.bizcenter.core.services.InternalUseState;
import io.bizcenter.testkit.Actors;
import io.bizcenter.testkit.check.StoreSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SV-2.5 asks for the department manager's prior approval: a manager who applies himself is approved by another manager of
 * his department, never by himself (separation of duties: APPROVE and REFUSE are kept apart from APPLY).
 */
@DisplayName("A department manager cannot approve his own internal-use application (SV-2.5)")
class AManagerApprovingHisOwnApplicationTest {
  private final ServiceFixture fixture = new ServiceFixture();
  private final Device printer = fixture.registered(EquipmentKind.PRINTER, 90);
  private final Actor otherManager = Actors.of("en-mgr-2", Role.DEPARTMENT_MANAGER, Department.ENGINEERING, TOWER);

  @Test
  @DisplayName("SV-2.5: the applicant, manager of his own department, may neither approve nor refuse his application; nothing is written; another manager approves")
  void theApplicantDoesNotApproveHimself() {
    InternalUse applied = fixture.accepted(fixture.application(printer.id(), hours(2, 3)), fixture.engineeringManager);
    StoreSnapshot before = fixture.snapshot();

    assertRejection(fixture.rejected(new InternalUseCommand.ApproveUse(fixture.freshCommandId(), TOWER, applied.id()), fixture.engineeringManager),
        SamePerson.class, "SAME_PERSON", "SV-2.5", InternalUseAction.APPROVE, InternalUseAction.APPLY);
    SamePerson refused = (SamePerson) fixture.rejected(new InternalUseCommand.RefuseUse(fixture.freshCommandId(), TOWER, applied.id(), "撤回"),
        fixture.engineeringManager);
    assertEquals("You took the step \"apply to use equipment\" on this case yourself, so you may not also take \"refuse the application\": someone else must.",
        refused.message(Messages.EN));
    assertEquals(before, fixture.snapshot(), "nothing written");
    assertFalse(fixture.desk().availableActions(fixture.engineeringManager, TOWER, applied.id()).get().contains(InternalUseAction.APPROVE),
        "not offered to the applicant");
    assertTrue(fixture.desk().availableActions(otherManager, TOWER, applied.id()).get().contains(InternalUseAction.APPROVE));

    InternalUse approved = fixture.accepted(new InternalUseCommand.ApproveUse(fixture.freshCommandId(), TOWER, applied.id()), otherManager);
    assertEquals(InternalUseState.APPROVED, approved.state());
    assertEquals(otherManager.staff(), approved.approvedBy().orElseThrow());
  }
}
