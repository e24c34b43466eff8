package io.bizcenter.core.services;

/** The three copies of the Business Center Fee Receipt (SV-2.4, 一式三份): one to Finance, one to the client, one kept. */
public enum ReceiptCopy {
  FINANCE,
  CLIENT,
  ARCHIVE
}
