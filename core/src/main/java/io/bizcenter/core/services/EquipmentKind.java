package io.bizcenter.core.services;

/**
 * The kinds of equipment the source lists for a business center (SV-1.1); {@link #OTHER} is for what a center adds
 * as its services grow, named on the device itself.
 */
public enum EquipmentKind {
  /** 中英文处理机 */
  WORD_PROCESSOR,
  /** 打印机 */
  PRINTER,
  /** 传真机 */
  FAX,
  /** 电传机 */
  TELEX,
  /** 打字机 */
  TYPEWRITER,
  /** 电脑 */
  COMPUTER,
  /** 装订机 */
  BINDER,
  /** 塑封机 */
  LAMINATOR,
  /** 口述录音机 */
  DICTATION_RECORDER,
  /** 电视 */
  TV,
  /** 电话 */
  PHONE,
  /** 影视设备 */
  VIDEO,
  /** 投影仪及屏幕 */
  PROJECTOR_AND_SCREEN,
  /** 摄像机 */
  CAMERA,
  /** 其他办公用品 */
  OFFICE_SUPPLIES,
  /** added as services grow (商务中心设备的配备可根据服务项目的增设而添置) */
  OTHER
}
