package io.bizcenter.core.meetings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The Meeting Reception Service Request Form (《会议接待委托服务表》, MR-1.1) the client fills when the meeting is
 * confirmed: how many attend, the services asked for (they go on the invoice, MR-3.1), and anything else wanted.
 */
public record RequestForm(int attendees, List<ServiceOrder> services, Optional<String> requirements) {
  public RequestForm {
    // a copy that keeps nulls: a form as sent is checked field by field (GS-1), never refused by an exception here
    services = services == null ? null : Collections.unmodifiableList(new ArrayList<>(services));
    requirements = requirements == null ? Optional.empty() : requirements;
  }

  public static RequestForm of(int attendees, List<ServiceOrder> services, String requirements) {
    return new RequestForm(attendees, services, Optional.ofNullable(requirements));
  }
}
