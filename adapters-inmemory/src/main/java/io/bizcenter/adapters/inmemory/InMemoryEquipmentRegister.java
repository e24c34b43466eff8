package io.bizcenter.adapters.inmemory;

import io.bizcenter.core.services.Device;
import io.bizcenter.core.services.EquipmentRegister;

final class InMemoryEquipmentRegister extends InMemoryCases<Device> implements EquipmentRegister {
  InMemoryEquipmentRegister(Journal journal) {
    super("equipment", journal);
  }
}
