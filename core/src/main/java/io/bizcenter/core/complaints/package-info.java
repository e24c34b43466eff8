/**
 * Complaint handling (投诉处理规程, docs/rules.md: CP-0.1 to CP-2.3): a complaint by phone or letter is recorded,
 * triaged as within Operations' remit, outside it, or a hard case, and taken down that branch's steps in the
 * source's order. The declaration is {@link io.bizcenter.core.complaints.ComplaintProcedure}; the entry point
 * is {@link io.bizcenter.core.complaints.ComplaintDesk}.
 */
@ValueStyle
package io.bizcenter.core.complaints;

import io.bizcenter.core.kernel.ValueStyle;
