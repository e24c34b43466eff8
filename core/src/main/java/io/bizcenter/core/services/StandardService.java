package io.bizcenter.core.services;

/** The seventeen services of the source's catalogue (SV-3.1), in its order; the default a vendor extends or retires. */
public enum StandardService {
  /** (1) 翻译服务 */
  TRANSLATION,
  /** (2) 秘书服务 */
  SECRETARIAL,
  /** (3) 办公系统自动化服务 */
  OFFICE_AUTOMATION,
  /** (4) 整套办公设备和人员配备服务 */
  EQUIPPED_OFFICE,
  /** (5) 临时办公室租用服务 */
  TEMPORARY_OFFICE,
  /** (6) 长话、传真、电信服务 */
  TELECOM,
  /** (7) 商务会谈、会议安排服务 */
  MEETING_ARRANGEMENT,
  /** (8) 商务咨询、商务信息查询服务 */
  BUSINESS_CONSULTING,
  /** (9) 客户外出期间保管、代转传真、信件 */
  HOLDING_AND_FORWARDING,
  /** (10) 邮件、邮包、快递等邮政服务 */
  POSTAL,
  /** (11) 电脑、电视、录像、摄像、幻灯、bp机、手机租赁服务 */
  EQUIPMENT_RENTAL,
  /** (12) 报刊、杂志订阅服务 */
  SUBSCRIPTION,
  /** (13) 客户电信设备代办、代装服务 */
  TELECOM_INSTALLATION,
  /** (14) 文件、名片等印制服务 */
  PRINTING,
  /** (15) 成批发放商业信函服务 */
  BULK_MAILING,
  /** (16) 报刊剪报服务 */
  PRESS_CLIPPING,
  /** (17) 秘书培训服务 */
  SECRETARIAL_TRAINING
}
