/**
 * Business-center services (写字楼商务中心服务管理规程, docs/rules.md: SV-1.1 to SV-3.1): the equipment register with
 * its maintenance schedule and repairs, clients' service orders from the fee notice and deposit to the Fee Receipt
 * and settlement at Finance, internal staff's use of the equipment on an approved Equipment Use Application, and
 * the service catalogue with its fee schedules. Three aggregates, each its own declared state machine and store:
 * {@link io.bizcenter.core.services.EquipmentProcedure}, {@link io.bizcenter.core.services.ServiceOrderProcedure},
 * {@link io.bizcenter.core.services.InternalUseProcedure}; the entry point is
 * {@link io.bizcenter.core.services.ServiceDesk}.
 */
@ValueStyle
package io.bizcenter.core.services;

import io.bizcenter.core.kernel.ValueStyle;
