package io.bizcenter.core.tenancy;

/**
 * What the client file holds (MI-6.3 a to e). Three are filed by the step that makes them: the Management Agreement
 * (MI-3.1), the key collection record (the Key Handover Form, MI-4.3) and the contact details
 * ({@link MoveInCommand.RecordClientContacts}); the others are copies Service files.
 */
public enum ClientDocument {
  /** (a) 身份证明复印件 */
  ID_COPY('a', false),
  /** (a) 公司注册证明复印件 */
  COMPANY_REGISTRATION_COPY('a', false),
  /** (b) 产权证复印件 */
  PROPERTY_TITLE_COPY('b', false),
  /** (c) 管理协议 */
  MANAGEMENT_AGREEMENT('c', true),
  /** (d) 客户联系通讯资料 */
  CLIENT_CONTACTS('d', true),
  /** (e) 租赁合同复印件 */
  LEASE_COPY('e', false),
  /** (e) 车位租用证明, when the client rents parking */
  PARKING_RENTAL_PROOF('e', false),
  /** (e) 电话线租用合同, when the client rents phone lines */
  PHONE_LINE_CONTRACT('e', false),
  /** (e) 钥匙领用文件: the Key Handover Form */
  KEY_COLLECTION_RECORD('e', true);

  private final char letter;
  private final boolean filedByItsStep;

  ClientDocument(char letter, boolean filedByItsStep) {
    this.letter = letter;
    this.filedByItsStep = filedByItsStep;
  }

  /** The item of MI-6.3 it belongs to, a to e. */
  public char letter() {
    return letter;
  }

  /** Filed by the step that makes it, never by hand. */
  public boolean filedByItsStep() {
    return filedByItsStep;
  }
}
