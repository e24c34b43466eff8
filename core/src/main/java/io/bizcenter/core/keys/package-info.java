/**
 * Key control (钥匙管理规程, docs/rules.md: KY-0.1 to KY-4.1): a register of every key of the business center, each
 * key a case whose life is declared in {@link io.bizcenter.core.keys.KeyProcedure}: in the desk key box, with a named
 * holder, lent out, recorded lost, or retired. The entry point is {@link io.bizcenter.core.keys.KeyDesk}; the
 * register asks tenancy which rooms a tenant rents through {@link io.bizcenter.core.keys.Tenancies}.
 */
@ValueStyle
package io.bizcenter.core.keys;

import io.bizcenter.core.kernel.ValueStyle;
