package io.bizcenter.adapters.jdbc;

import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentRegister;

final class JdbcEquipmentRegister extends JdbcCases<Device> implements EquipmentRegister {
  JdbcEquipmentRegister(JdbcTransactions transactions, Documents documents) {
    super("equipment", "bc_device", Device.class, transactions, documents);
  }
}
