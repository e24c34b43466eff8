/**
 * The reports a manager asks for, read from the stores through their indexed queries: key custody now, duties overdue by
 * department, complaints by branch against the policy's time limits, room use per week and service revenue per month.
 * The entry point is {@link io.bizcenter.core.reports.ReportDesk}, from {@code BusinessCenter.reports()}; the values it
 * answers are plain records, printed by the forms module's {@code ReportPrinter}. The package sits above the procedures:
 * it reads them, and none of them reads it.
 */
package io.bizcenter.core.reports;
