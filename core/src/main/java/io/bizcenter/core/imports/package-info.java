/**
 * Import of a building already in operation (GS-6): its tenants in occupancy, its key register, its equipment register
 * and its contracts in force, as the source's procedures would have left them, through one declared step of each
 * procedure. The entry point is {@link io.bizcenter.core.imports.ImportDesk}, from {@code BusinessCenter.imports()}.
 */
package io.bizcenter.core.imports;
