package io.bizcenter.core.services;

import io.bizcenter.core.port.CaseStore;

/** The store of the equipment register (SV-1.1): a port, implemented by adapters. */
public interface EquipmentRegister extends CaseStore<Device> {}
