package io.bizcenter.core.port;

import io.bizcenter.core.kernel.Case;
import io.vavr.control.Option;

/**
 * What a command on a case reads first: its own receipt, if it was carried out before, and the case it acts on. A store
 * that keeps both in one database answers them with one query ({@link CaseStore#withReceipt}).
 *
 * @param receipt the command id's receipt, if any; then the case is not needed and may be absent
 * @param current the case, if the center has it
 */
public record ReceiptAndCase<C extends Case<?, C>>(Option<Receipt> receipt, Option<C> current) {}
