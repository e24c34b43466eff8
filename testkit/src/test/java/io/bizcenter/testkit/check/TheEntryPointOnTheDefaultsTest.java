package io.bizcenter.testkit.check;

import io.bizcenter.adapters.inmemory.InMemoryStorage;
import io.bizcenter.core.Storage;
import io.bizcenter.core.kernel.StaffId;
import io.bizcenter.core.services.Skill;
import io.bizcenter.core.services.StaffSkills;
import java.util.Map;
import java.util.Set;

/**
 * The entry point exactly as a vendor first extends it: only a store (and the skills of the staff the service drill
 * assigns orders to, without which an order needing a skill is never taken). Its settings must reach every declared step
 * of every procedure on the library's default policies, or a vendor's first run would report rules switched off that
 * are not.
 */
class TheEntryPointOnTheDefaultsTest extends ConfigurationCheck {
  @Override
  protected Configuration configuration() {
    return new Configuration() {
      @Override
      public Storage freshStorage() {
        return new InMemoryStorage();
      }

      @Override
      public StaffSkills staffSkills() {
        return StaffSkills.fixed(Map.of(
            StaffId.of("bc-translator"), Set.of(Skill.FOREIGN_LANGUAGE, Skill.TYPING),
            StaffId.of("bc-operator"), Set.of(Skill.TYPING, Skill.EQUIPMENT_OPERATION, Skill.EQUIPMENT_CARE),
            StaffId.of("bc-novice"), Set.of()));
      }
    };
  }
}
