/**
 * Meeting reception (会议接待服务规程, docs/rules.md: MR-0.1 to MR-3.3): Service books a meeting room for a client
 * and keeps in contact until the meeting ends; every department then sees, on its agenda, what it owes the meeting
 * and by when, from the confirmation two days before to the cleaning after. The declaration is
 * {@link io.bizcenter.core.meetings.MeetingProcedure}; the timeline is {@link io.bizcenter.core.meetings.Timeline};
 * the entry point is {@link io.bizcenter.core.meetings.MeetingDesk}.
 */
@ValueStyle
package io.bizcenter.core.meetings;

import io.bizcenter.core.kernel.ValueStyle;
