/**
 * The activity log: one center's audit trail across every case and procedure, by time range, procedure, member of
 * staff, department and clause, a page at a time (GS-6), and its export as JSON lines and CSV. The entry point is
 * {@link io.bizcenter.core.activity.ActivityDesk}, from {@code BusinessCenter.activity()}.
 */
package io.bizcenter.core.activity;
