/**
 * Tenant move-in and move-out (客户入驻退租服务操作规程, docs/rules.md: MI-1.1 to MI-6.3 and MO-1.1 to MO-3.3): a move-in
 * from Administration's Client Move-in Notice to the complete client file ({@link io.bizcenter.core.tenancy.MoveIn}),
 * the watch over every lease with its renewal visit two months before expiry
 * ({@link io.bizcenter.core.tenancy.RenewalVisit}), and the move-out from the notice of leaving to the updated tenant
 * directory ({@link io.bizcenter.core.tenancy.MoveOut}). The declarations, with the decisions taken where the source is
 * silent, are {@link io.bizcenter.core.tenancy.MoveInProcedure}, {@link io.bizcenter.core.tenancy.RenewalVisitProcedure}
 * and {@link io.bizcenter.core.tenancy.MoveOutProcedure}; the entry point is
 * {@link io.bizcenter.core.tenancy.TenancyDesk}.
 */
@ValueStyle
package io.bizcenter.core.tenancy;

import io.bizcenter.core.kernel.ValueStyle;
