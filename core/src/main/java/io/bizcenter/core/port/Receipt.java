package io.bizcenter.core.port;

import io.bizcenter.core.kernel.CenterId;
import io.bizcenter.core.kernel.CommandId;

/**
 * The first answer to a command, kept so that the same command id sent again gets it back unchanged. Only
 * accepted commands leave a receipt: a rejection writes nothing, so a rejected command may simply be sent again.
 */
public record Receipt(CenterId center, CommandId commandId, String procedure, String caseId, String action, Object answer) {}
