package io.bizcenter.core.contracts;

/**
 * The standard form contract a draft follows (CS-1.1: 恪守格式合同), by its code and version: a property revises
 * its templates, and each contract records the version it was drafted from.
 */
public record StandardTemplate(ContractType type, String code, String version) {}
