package io.bizcenter.forms.services;

import io.bizcenter.core.services.ServiceCode;
import io.bizcenter.core.services.StandardService;
import java.util.Arrays;
import java.util.Optional;

/** Reads a service code as one of the source's seventeen services, whose label the procedure's messages hold. */
final class ServiceName {
  private ServiceName() {}

  static Optional<StandardService> standard(ServiceCode code) {
    return Arrays.stream(StandardService.values()).filter(s -> s.name().equals(code.value())).findFirst();
  }
}
