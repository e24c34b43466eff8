package io.bizcenter.core.services;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.StaffId;
import java.time.Instant;

/**
 * The Equipment Use Application Form (《商务中心设备使用申请单》, SV-2.5) as filled in by internal staff: the reason
 * (always work), what is to be done, which device and when, and who applies from which department. The approver
 * is added when the applicant's department manager approves ({@link InternalUse#approvedBy()}).
 */
public record EquipmentUseApplication(DeviceId device, Slot slot, String reason, String content, StaffId applicant, Department department,
    Instant appliedAt) {}
