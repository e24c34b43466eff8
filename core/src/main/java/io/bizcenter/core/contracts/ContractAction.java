package io.bizcenter.core.contracts;

/** The steps of contract signing, named by what the person taking them does. */
public enum ContractAction {
  DRAFT_CONTRACT,
  RECORD_DEVIATION,
  REVIEW_DEVIATION,
  WITHDRAW_DEVIATION,
  PRINT,
  RECORD_TENANT_SIGNATURE,
  SIGN,
  RETURN_FOR_REVISION,
  ISSUE,
  CONFIRM_DELIVERY,
  FILE_PHOTOCOPY,
  DRAFT_PAYMENT_NOTICE,
  REVIEW_PAYMENT_NOTICE,
  RETURN_PAYMENT_NOTICE,
  STAMP_PAYMENT_NOTICE,
  RECORD_PAYMENT_NOTICE_SIGNED_FOR,
  BUILD_TENANT_FILE,
  ABANDON,
  /** GS-6: a contract in force when the building comes to the library, with where its originals are. */
  IMPORT_CONTRACT
}
