package io.bizcenter.core.services;

/**
 * A service of the catalogue by its code: a standard service's code is its {@link StandardService} name
 * ({@code TRANSLATION}), a vendor's own service has a code of the vendor's choosing.
 */
public record ServiceCode(String value) {
  public static ServiceCode of(String value) {
    return new ServiceCode(value);
  }

  public static ServiceCode of(StandardService service) {
    return new ServiceCode(service.name());
  }

  @Override
  public String toString() {
    return value;
  }
}
