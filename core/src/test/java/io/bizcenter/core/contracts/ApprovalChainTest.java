package io.bizcenter.core.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalChainTest {
  /** A contract keeps its chain: the same chain must be written as the same text on every run of every JVM. */
  @Test
  void theCapacitiesThatMayShareASignerKeepTheEnumsOrderWhateverOrderTheyWereGivenIn() {
    List<ReviewCapacity> backwards = new ArrayList<>(List.of(ReviewCapacity.values()));
    java.util.Collections.reverse(backwards);

    Set<ReviewCapacity> kept = ApprovalChain.defaults().sharing(new LinkedHashSet<>(backwards)).mayShareASigner();

    assertEquals(List.of(ReviewCapacity.values()), List.copyOf(kept));
  }
}
