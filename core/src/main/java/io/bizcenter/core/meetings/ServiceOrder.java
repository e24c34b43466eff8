package io.bizcenter.core.meetings;

/** One line of the request form (MR-1.1): a service the client asks for, and how many. */
public record ServiceOrder(ServiceItem item, int quantity) {
  public static ServiceOrder of(ServiceItem item, int quantity) {
    return new ServiceOrder(item, quantity);
  }
}
