package io.bizcenter.core.contracts;

/** The documents a tenant hands in with the signed contract (CS-2.2 to CS-2.4). */
public enum SupportingDocument {
  /** 营业执照或工商行政管理局签发的注册登记证复印件 (CS-2.2) */
  BUSINESS_LICENCE_COPY,
  /** 代表人身份证或护照复印件 (CS-2.3) */
  REPRESENTATIVE_ID_COPY,
  /** 公司授权代表人签署合同的授权书 (CS-2.3) */
  AUTHORISATION_LETTER,
  /** 代表人作为公司负责人的证明文件复印件, in place of the authorisation letter (CS-2.3) */
  PROOF_OF_HEAD_ROLE,
  /** 母公司的注册文件复印件: the home country's registration or tax registration (CS-2.3) */
  PARENT_COMPANY_REGISTRATION_COPY,
  /** 承租人身份证或护照复印件 (CS-2.4) */
  TENANT_ID_COPY
}
