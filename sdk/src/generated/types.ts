// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */

/**
 * 记录标识符，在发送系统内唯一，不随修订改变；字母、数字及 . _ : - 组成，最长128个字符。
 *
 * Record identifier, unique within the sending system and stable across revisions; letters, digits and . _ : -, at most 128 characters.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * GB/T 2260 六位行政区划代码。
 *
 * Six-digit administrative division code per GB/T 2260.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "RegionCode".
 */
export type RegionCode = string;
/**
 * 带时区偏移的 RFC 3339 时间，例如 2026-10-09T09:30:00+08:00。
 *
 * An RFC 3339 date-time with an explicit offset, e.g. 2026-10-09T09:30:00+08:00.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "DateTime".
 */
export type DateTime = string;
/**
 * Any FSJC record, discriminated by recordType.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "FsjcRecord".
 */
export type FsjcRecord =
  | Unit
  | Post
  | Contact
  | Item
  | CaseRecord
  | CaseEvent
  | Fee
  | Complaint
  | Evaluation
  | Observation
  | Signal
  | Feedback
  | Score;
/**
 * GB 32100 的18位统一社会信用代码，含校验码。
 *
 * The 18-character unified social credit code of GB 32100, with its check character.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Uscc".
 */
export type Uscc = string;
/**
 * YYYY-MM-DD 格式的日期（北京时间）。
 *
 * A calendar date YYYY-MM-DD (China Standard Time).
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "CalendarDate".
 */
export type CalendarDate = string;
/**
 * 人民币金额，单位元，最多两位小数，以字符串表示以免精度损失。
 *
 * An amount in yuan (CNY) with at most two decimals, written as a string so that no precision is lost.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Amount".
 */
export type Amount = string;
/**
 * 办件过程中的一个步骤。每个事件记录发生时间、单位、岗位、经办人和意见；各事件类型要求的字段见 FSJC-DATA-030 至 FSJC-DATA-047。
 *
 * One step in the handling of a case: when, which unit, post and handler, and the opinion. The fields each event type requires are stated in FSJC-DATA-030 to FSJC-DATA-047.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "CaseEvent".
 */
export type CaseEvent = {
  /**
   * 固定为 "event"。
   *
   * Always "event".
   */
  recordType: 'event';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  caseId: Id;
  /**
   * 事件类型。
   *
   * The type of event.
   */
  eventType:
    | 'RECEIVED'
    | 'ACCEPTED'
    | 'NOT_ACCEPTED'
    | 'SUPPLEMENT_NOTICE'
    | 'SUPPLEMENT_RECEIVED'
    | 'STAGE_COMPLETED'
    | 'EXTENSION_APPROVED'
    | 'SUSPENSION_STARTED'
    | 'SUSPENSION_ENDED'
    | 'DECIDED'
    | 'CONCLUDED'
    | 'CERTIFICATE_ISSUED'
    | 'CERTIFICATE_DELIVERED'
    | 'WITHDRAWN'
    | 'TERMINATED'
    | 'DISPATCHED'
    | 'RETURNED'
    | 'FORWARDED';
  occurredAt: DateTime;
  unitId: Id;
  postId?: Id;
  handlerId?: Id;
  /**
   * 经办人姓名。
   *
   * Name of the handler.
   */
  handlerName?: string;
  /**
   * 办理意见。
   *
   * The handler’s opinion.
   */
  opinion?: string;
  /**
   * STAGE_COMPLETED 事件完成的环节。
   *
   * The stage completed (STAGE_COMPLETED).
   */
  stage?: string;
  startedAt?: DateTime;
  /**
   * SUPPLEMENT_NOTICE 一次性告知的全部补正材料。
   *
   * All materials to supplement, told at once (SUPPLEMENT_NOTICE).
   *
   * @minItems 1
   */
  materials?: string[];
  extension?: Limit;
  approverId?: Id;
  /**
   * SUSPENSION_STARTED 的特别程序类型（第四十五条）。
   *
   * Type of special procedure (SUSPENSION_STARTED, Art. 45).
   */
  suspensionType?:
    'HEARING' | 'TENDERING' | 'AUCTION' | 'INSPECTION' | 'TESTING' | 'QUARANTINE' | 'APPRAISAL' | 'EXPERT_REVIEW';
  notifiedDuration?: Limit;
  suspensionEventId?: Id;
  /**
   * DECIDED 的决定结果。
   *
   * The decision (DECIDED).
   */
  decision?: 'GRANTED' | 'DENIED';
  /**
   * 不予受理或不予许可的理由，延期理由。
   *
   * Reasons for not accepting, denying or extending.
   */
  reasons?: string;
  /**
   * 决定所依据的法律条款。
   *
   * The legal provisions the decision rests on.
   *
   * @minItems 1
   */
  legalBasis?: LegalBasis[];
  /**
   * CERTIFICATE_ISSUED 的证照编号。
   *
   * Number of the certificate issued.
   */
  certificateNumber?: string;
  /**
   * CERTIFICATE_DELIVERED 的送达方式。
   *
   * How the certificate was delivered.
   */
  deliveryMethod?: string;
  toUnitId?: Id;
  subCaseId?: Id;
};

export interface FsjcTypes {
  batch?: Batch;
}
/**
 * An exchange batch (FSJC-ENV-001).
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Batch".
 */
export interface Batch {
  header: BatchHeader;
  records: FsjcRecord[];
}
/**
 * 交换批次的信封：发送系统、发送单位、序号、发送时间、标准版本、记录数和校验值（FSJC-ENV-001 至 FSJC-ENV-012）。
 *
 * The envelope of an exchange batch: sending system, unit, sequence number, sent time, standard version, record count and checksum (FSJC-ENV-001 to FSJC-ENV-012).
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "BatchHeader".
 */
export interface BatchHeader {
  /**
   * 批次遵循的标准版本（语义化版本，FSJC-VER-002）。
   *
   * The version of the standard the batch follows (semantic version, FSJC-VER-002).
   */
  standardVersion: string;
  /**
   * 适用的城市配置，如 foshan。
   *
   * The city profile that applies, e.g. foshan.
   */
  profile?: string;
  senderSystemId: Id;
  senderUnitId: Id;
  regionCode: RegionCode;
  /**
   * 同一发送系统的批次序号，从1开始严格递增（FSJC-ENV-004）。
   *
   * Batch sequence number of the sending system, from 1, strictly increasing (FSJC-ENV-004).
   */
  sequenceNumber: number;
  /**
   * 重发同一批次时必须保持不变的键（FSJC-ENV-005）。
   *
   * A key that stays the same when the same batch is resent (FSJC-ENV-005).
   */
  idempotencyKey?: string;
  sentAt: DateTime;
  /**
   * 批次中的记录数（FSJC-ENV-007）。
   *
   * Number of records in the batch (FSJC-ENV-007).
   */
  recordCount: number;
  /**
   * 校验算法和值。
   *
   * Algorithm and value.
   */
  checksum?: {
    /**
     * 校验算法。
     *
     * Algorithm.
     */
    algorithm: 'SM3' | 'SHA-256';
    /**
     * 64位小写十六进制。
     *
     * 64 lowercase hexadecimal digits.
     */
    value: string;
  };
}
/**
 * 组织机构登记中的一个单位：监察中心、市直部门、区部门、行政服务中心或镇街服务中心。纵向对口关系用 counterpartUnitId 表示。
 *
 * A unit of the organisation registry: a monitoring centre, a city or district department, or a service centre. The vertical link is given by counterpartUnitId.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Unit".
 */
export interface Unit {
  /**
   * 固定为 "unit"。
   *
   * Always "unit".
   */
  recordType: 'unit';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  /**
   * 单位全称。
   *
   * Full name of the unit.
   */
  name: string;
  /**
   * 单位简称。
   *
   * Short name of the unit.
   */
  shortName?: string;
  /**
   * 单位类型。
   *
   * The kind of unit.
   */
  unitType:
    'CITY_CENTRE' | 'DISTRICT_CENTRE' | 'CITY_DEPARTMENT' | 'DISTRICT_DEPARTMENT' | 'SERVICE_CENTRE' | 'TOWN_CENTRE';
  /**
   * 单位所属行政层级。
   *
   * Administrative level of the unit.
   */
  adminLevel: 'PROVINCE' | 'CITY' | 'DISTRICT' | 'TOWN';
  regionCode: RegionCode;
  uscc?: Uscc;
  parentUnitId?: Id;
  counterpartUnitId?: Id;
  /**
   * 部门所属领域，自由文本，如“市场监管”。
   *
   * The department’s field, free text, e.g. “market regulation”.
   */
  sector?: string;
  validFrom?: CalendarDate;
  validTo?: CalendarDate;
}
/**
 * 单位内的一个审批岗位，用于岗位测评。
 *
 * An approval post within a unit, used for per-post evaluation.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Post".
 */
export interface Post {
  /**
   * 固定为 "post"。
   *
   * Always "post".
   */
  recordType: 'post';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  unitId: Id;
  /**
   * 岗位名称，如“窗口受理岗”。
   *
   * Name of the post, e.g. “window acceptance”.
   */
  name: string;
  /**
   * 该岗位办理的环节。
   *
   * The handling stages this post performs.
   */
  stages?: string[];
}
/**
 * 岗位人员、预警联系人、分管领导或监察人员。预警的对象是办理单位相对固定的联系人（FSJC-ORG-005）。
 *
 * A staff member, warning contact, responsible leader or supervisor. Signals target the unit’s fixed warning contact (FSJC-ORG-005).
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  /**
   * 固定为 "contact"。
   *
   * Always "contact".
   */
  recordType: 'contact';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  unitId: Id;
  /**
   * 该人员所在岗位的标识。
   *
   * Identifiers of the posts this person holds.
   */
  postIds?: Id[];
  /**
   * 姓名。
   *
   * Full name.
   */
  name: string;
  /**
   * 人员角色，可多个。
   *
   * Roles of the person, one or more.
   *
   * @minItems 1
   */
  roles: ('HANDLER' | 'WARNING_CONTACT' | 'LEADER' | 'SUPERVISOR')[];
  /**
   * 单位内的工号。
   *
   * Staff number within the unit.
   */
  staffNumber?: string;
  /**
   * 公职人员的居民身份证号码（GB 11643，含校验码），用于行政过错责任追究；仅可出现在人员记录中（FSJC-PRIV-004）。
   *
   * The official’s resident ID number (GB 11643, with check digit), used to pursue accountability; allowed only in contact records (FSJC-PRIV-004).
   */
  idNumber?: string;
  /**
   * 用于短信通知的手机号码。
   *
   * Mobile number for SMS notifications.
   */
  mobile?: string;
  /**
   * 用于邮件通知的地址。
   *
   * E-mail address for notifications.
   */
  email?: string;
}
/**
 * 事项目录（办事指南）中的一个审批事项，含时限、环节、材料、收费和“六公开”情况。时限快照见 FSJC-DATA-020。
 *
 * An item of the approval catalogue (service guide): limits, stages, materials, fees and the six disclosures.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Item".
 */
export interface Item {
  /**
   * 固定为 "item"。
   *
   * Always "item".
   */
  recordType: 'item';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  /**
   * 事项实施编码（GB/T 39554.1）。
   *
   * The item implementation code (GB/T 39554.1).
   */
  itemCode: string;
  /**
   * 事项名称。
   *
   * Name of the item.
   */
  name: string;
  /**
   * 事项类型。
   *
   * Type of the item.
   */
  itemType: string;
  implementingUnitId: Id;
  regionCode: RegionCode;
  /**
   * 事项的设定依据。
   *
   * Legal basis of the item.
   *
   * @minItems 1
   */
  legalBasis?: LegalBasis[];
  /**
   * 单独办理、并联审批或统一联合办理。
   *
   * Single, parallel or unified/joint handling.
   */
  handlingMode: 'SINGLE' | 'PARALLEL' | 'JOINT';
  statutoryLimit: Limit;
  promisedLimit: Limit;
  /**
   * 按顺序排列的办理环节及时限预算。
   *
   * Handling stages in order with their budgets.
   *
   * @minItems 1
   *
   * Items: 一个环节及其时限预算。
   *
   * A stage and its time budget.
   */
  stages: {
    /**
     * 环节代码。
     *
     * The stage code.
     */
    stage: string;
    budget: Limit;
    /**
     * 是否为必经环节（跳过则为程序违规）。
     *
     * Whether the stage is required (skipping it violates procedure).
     */
    required?: boolean;
  }[];
  /**
   * 受理人与批准人必须不同。
   *
   * Whether the person accepting and the person approving must differ.
   */
  separationOfDuties?: boolean;
  /**
   * 申请材料清单。
   *
   * The list of required materials.
   *
   * Items: 一项申请材料。
   *
   * One required material.
   */
  materials?: {
    /**
     * 材料名称。
     *
     * Name of the material.
     */
    name: string;
    /**
     * 是否为必交材料。
     *
     * Whether the material is mandatory.
     */
    required?: boolean;
    /**
     * 所需份数。
     *
     * Number of copies.
     */
    copies?: number;
  }[];
  /**
   * 事项是否不收费。
   *
   * Whether the item is free of charge.
   */
  free: boolean;
  /**
   * 收费项目及标准。
   *
   * Fees and their standards.
   *
   * Items: 事项的一个收费项目及其标准。
   *
   * One fee of the item and its standard.
   */
  fees?: {
    /**
     * 收费项目编码。
     *
     * Code of the fee.
     */
    feeCode: string;
    /**
     * 收费项目名称。
     *
     * Name of the fee.
     */
    name: string;
    standardAmount: Amount;
    legalBasis: LegalBasis;
  }[];
  /**
   * 是否可全程网上办理。
   *
   * Whether the item can be handled fully online.
   */
  online?: boolean;
  /**
   * 各项是否已公开。
   *
   * Whether each is published.
   */
  disclosures: {
    /**
     * 是否已公开办事内容。
     *
     * Whether the content is published.
     */
    content: boolean;
    /**
     * 是否已公开办事程序。
     *
     * Whether the procedure is published.
     */
    procedure: boolean;
    /**
     * 是否已公开办事依据。
     *
     * Whether the legal basis is published.
     */
    legalBasis: boolean;
    /**
     * 是否已公开申请材料。
     *
     * Whether the list of materials is published.
     */
    materials: boolean;
    /**
     * 是否已公开承诺时限。
     *
     * Whether the promised time limit is published.
     */
    promisedLimit: boolean;
    /**
     * 是否已公开收费标准。
     *
     * Whether the fee standard is published.
     */
    feeStandard: boolean;
  };
  /**
   * 事项目录版本号。
   *
   * Version of the catalogue entry.
   */
  version?: string;
  validFrom?: CalendarDate;
}
/**
 * 法律、法规或规章的名称及条款。
 *
 * The title and article of a law, regulation or rule.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "LegalBasis".
 */
export interface LegalBasis {
  /**
   * 法律文件名称，如《中华人民共和国行政许可法》。
   *
   * Title of the legal instrument.
   */
  title: string;
  /**
   * 条款号，如“第四十二条”。
   *
   * The article, e.g. “Article 42”.
   */
  article?: string;
}
/**
 * 一个时限：数值与单位。
 *
 * A time limit: a value and its unit.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Limit".
 */
export interface Limit {
  /**
   * 时限数值，0 表示当场办结。
   *
   * The number of units; 0 means on the spot.
   */
  value: number;
  /**
   * 时限单位。
   *
   * The unit of the limit.
   */
  unit: 'WORKING_DAY' | 'NATURAL_DAY' | 'WORKING_HOUR';
}
/**
 * 一次申请的办理（办件）。办理过程由 event 记录报送；办件记录报送其不变的属性和适用时限的快照。
 *
 * One application being handled. Its progress is reported by event records; the case record carries its fixed attributes and a snapshot of the applicable limits.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "CaseRecord".
 */
export interface CaseRecord {
  /**
   * 固定为 "case"。
   *
   * Always "case".
   */
  recordType: 'case';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  /**
   * 对外公开的办件编号，申请人凭此查询。
   *
   * The public case number by which the applicant looks up progress.
   */
  caseNumber: string;
  /**
   * 申请人查询办理进度用的查询码。
   *
   * The query code the applicant uses together with the case number.
   */
  queryCode?: string;
  /**
   * 所办事项的实施编码（引用 item 记录）。
   *
   * Implementation code of the item (references an item record).
   */
  itemCode: string;
  /**
   * 受理时适用的事项目录版本。
   *
   * Catalogue version that applied at acceptance.
   */
  itemVersion?: string;
  /**
   * “六件管理”中的办件类型。
   *
   * Case type of the six-case management scheme.
   */
  caseType: 'IMMEDIATE' | 'PROMISED' | 'JOINT' | 'REFERRED' | 'SUPPLEMENT' | 'REPLY';
  /**
   * 申请提交渠道。
   *
   * Channel through which the application was submitted.
   */
  channel: string;
  /**
   * 是否全程网上办理。
   *
   * Whether the case is handled fully online.
   */
  online?: boolean;
  handlingUnitId: Id;
  acceptingUnitId?: Id;
  regionCode: RegionCode;
  /**
   * 申请人信息。自然人的证件号码必须以掩码和摘要形式报送（FSJC-PRIV-001）。
   *
   * The applicant. A natural person’s identity number is sent only masked and as a keyed digest (FSJC-PRIV-001).
   */
  applicant: {
    /**
     * 自然人或组织。
     *
     * Natural person or organisation.
     */
    kind: 'PERSON' | 'ORGANISATION';
    /**
     * 组织名称；自然人应掩码，如“张*”（FSJC-PRIV-003）。
     *
     * Organisation name; a person’s name should be masked, e.g. “张*” (FSJC-PRIV-003).
     */
    name: string;
    /**
     * 证件类型。
     *
     * Type of identity document.
     */
    idType: string;
    /**
     * 组织的统一社会信用代码（明文）。自然人的居民身份证号码不得以明文报送（FSJC-PRIV-001）。
     *
     * An organisation’s unified social credit code, in clear. A person’s resident ID number must not be sent in clear (FSJC-PRIV-001).
     */
    idNumber?: string;
    /**
     * 掩码后的证件号码：保留前6位和后4位，其余以*代替。
     *
     * The masked identity number: first 6 and last 4 characters kept, the rest replaced by *.
     */
    idNumberMasked?: string;
    /**
     * 以城市分发的密钥对证件号码计算的 HMAC-SM3 摘要（64位小写十六进制），用于关联同一申请人而不暴露身份。
     *
     * HMAC-SM3 of the identity number under a key issued by the city (64 lowercase hex), linking repeat applicants without revealing them.
     */
    idNumberDigest?: string;
  };
  /**
   * 申请事项的简要内容，不得包含个人身份信息。
   *
   * A short description of what is applied for, without personal identity data.
   */
  subject?: string;
  receivedAt: DateTime;
  /**
   * 单独办理、并联审批或统一联合办理。
   *
   * Single, parallel or unified/joint handling.
   */
  handlingMode?: 'SINGLE' | 'PARALLEL' | 'JOINT';
  statutoryLimit?: Limit;
  promisedLimit?: Limit;
  parentCaseId?: Id;
  /**
   * 一站式并联办理中分送各部门的子办件。
   *
   * In one-stop parallel handling, the sub-cases dispatched to departments.
   */
  subCaseIds?: Id[];
  /**
   * 并联办理中参与的部门。
   *
   * Departments taking part in parallel handling.
   */
  dispatchedUnitIds?: Id[];
}
/**
 * 办件上的一笔收费。
 *
 * One fee charged on a case.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Fee".
 */
export interface Fee {
  /**
   * 固定为 "fee"。
   *
   * Always "fee".
   */
  recordType: 'fee';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  caseId: Id;
  unitId: Id;
  /**
   * 事项收费标准中的收费项目编码。
   *
   * Code of the fee in the item’s fee standards.
   */
  feeCode?: string;
  /**
   * 收费项目名称。
   *
   * Name of the fee.
   */
  name: string;
  legalBasis?: LegalBasis;
  standardAmount?: Amount;
  chargedAmount: Amount;
  /**
   * 收费票据号码。
   *
   * Receipt number.
   */
  receiptNumber?: string;
  chargedAt: DateTime;
}
/**
 * 对办理单位或人员的投诉。
 *
 * A complaint about a unit or its staff.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Complaint".
 */
export interface Complaint {
  /**
   * 固定为 "complaint"。
   *
   * Always "complaint".
   */
  recordType: 'complaint';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  caseId?: Id;
  unitId: Id;
  contactId?: Id;
  /**
   * 投诉渠道。
   *
   * Channel of the complaint.
   */
  channel: string;
  /**
   * 投诉类别。
   *
   * Category of the complaint.
   */
  category: string;
  /**
   * 投诉内容摘要，不含投诉人身份信息。
   *
   * Summary of the complaint without the complainant’s identity.
   */
  summary?: string;
  receivedAt: DateTime;
  dueAt?: DateTime;
  answeredAt?: DateTime;
  /**
   * 经查投诉是否属实。
   *
   * Whether the complaint was found substantiated.
   */
  substantiated?: boolean;
  /**
   * 处理结果。
   *
   * Outcome of the complaint.
   */
  result?: string;
}
/**
 * 申请人对办件的评价（好差评，GB/T 39734）。不满意和非常不满意为差评。
 *
 * The applicant’s evaluation of a case (GB/T 39734). Dissatisfied and very dissatisfied are negative evaluations.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Evaluation".
 */
export interface Evaluation {
  /**
   * 固定为 "evaluation"。
   *
   * Always "evaluation".
   */
  recordType: 'evaluation';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  caseId?: Id;
  unitId: Id;
  contactId?: Id;
  /**
   * 评价渠道。
   *
   * Channel of the evaluation.
   */
  channel?: string;
  /**
   * 评价器的级数：5级（国办发〔2019〕51号）或旧式3级。3级评价只能使用满意、基本满意、不满意。
   *
   * The scale of the device: 5 levels, or the legacy 3 levels, which use only satisfied, basically satisfied and dissatisfied.
   */
  scale: 3 | 5;
  /**
   * 评价等级。
   *
   * The evaluation level.
   */
  level: 'VERY_SATISFIED' | 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED';
  evaluatedAt: DateTime;
  /**
   * 评价文字，不含评价人身份信息。
   *
   * The evaluation text, without the evaluator’s identity.
   */
  comment?: string;
  rectifiedAt?: DateTime;
  /**
   * 差评整改情况。
   *
   * How a negative evaluation was rectified.
   */
  rectification?: string;
}
/**
 * 视频或现场监察发现的情况，如窗口人员离岗。
 *
 * A finding of video or on-site monitoring of the hall, such as staff absent from a window.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Observation".
 */
export interface Observation {
  /**
   * 固定为 "observation"。
   *
   * Always "observation".
   */
  recordType: 'observation';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  unitId: Id;
  contactId?: Id;
  /**
   * 窗口编号。
   *
   * Window number.
   */
  windowNumber?: string;
  /**
   * 发现情况的类型。
   *
   * Type of finding.
   */
  observationType: string;
  observedAt: DateTime;
  /**
   * 持续时长（分钟）。
   *
   * How long it lasted, in minutes.
   */
  durationMinutes?: number;
  /**
   * 视频片段或照片的编号。
   *
   * Identifier of the video clip or photo.
   */
  evidenceRef?: string;
  /**
   * 情况描述。
   *
   * Description.
   */
  description?: string;
}
/**
 * 监察中心产生的预警信号（提示、预警、黄牌、红牌），作为可交换记录由市中心下发各区。
 *
 * A signal raised by a monitoring centre (notice, warning, yellow or red card), exchanged so that the city can send it back to districts.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Signal".
 */
export interface Signal {
  /**
   * 固定为 "signal"。
   *
   * Always "signal".
   */
  recordType: 'signal';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  /**
   * 产生信号的规则标识。
   *
   * The rule that raised the signal.
   */
  ruleId: string;
  /**
   * 信号等级。
   *
   * Signal level.
   */
  level: 'NOTICE' | 'WARNING' | 'YELLOW_CARD' | 'RED_CARD';
  /**
   * 信号状态。
   *
   * Signal status.
   */
  status: 'OPEN' | 'NOTIFIED' | 'FEEDBACK_RECEIVED' | 'ESCALATED' | 'CLOSED';
  caseId?: Id;
  unitId: Id;
  contactId?: Id;
  openedAt: DateTime;
  dueAt?: DateTime;
  closedAt?: DateTime;
  escalatedFromId?: Id;
  /**
   * 信号文字在消息目录中的代码。
   *
   * Code of the signal’s text in the message catalogue.
   */
  messageCode: string;
  /**
   * 产生信号的证据。
   *
   * Evidence for the signal.
   *
   * Items: 信号的一项证据。
   *
   * One item of evidence of a signal.
   */
  evidence?: {
    /**
     * 证据类型。
     *
     * Kind of evidence.
     */
    kind: 'RECORD' | 'LIMIT' | 'VALUE';
    /**
     * 证据记录的类型。
     *
     * Type of the record.
     */
    recordType?:
      | 'unit'
      | 'post'
      | 'contact'
      | 'item'
      | 'case'
      | 'event'
      | 'fee'
      | 'complaint'
      | 'evaluation'
      | 'observation'
      | 'signal'
      | 'feedback'
      | 'score';
    recordId?: Id;
    /**
     * 时限或数值的名称。
     *
     * Name of the limit or value.
     */
    name?: string;
    /**
     * 值，以字符串表示。
     *
     * The value, as a string.
     */
    value?: string;
  }[];
}
/**
 * 对信号的反馈：单位说明理由或整改回告，或监察人员的决定。
 *
 * Feedback on a signal: a unit’s explanation or rectification report, or a supervisor’s decision.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Feedback".
 */
export interface Feedback {
  /**
   * 固定为 "feedback"。
   *
   * Always "feedback".
   */
  recordType: 'feedback';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  signalId: Id;
  /**
   * 反馈类型。
   *
   * Kind of feedback.
   */
  kind: 'EXPLANATION' | 'RECTIFICATION' | 'SUPERVISOR_ACCEPTED' | 'SUPERVISOR_RETURNED' | 'SUPERVISOR_ESCALATED';
  unitId: Id;
  contactId?: Id;
  submittedAt: DateTime;
  /**
   * 反馈内容。
   *
   * Content of the feedback.
   */
  content: string;
}
/**
 * 一个单位、岗位或区在一个周期的绩效测评结果。
 *
 * The performance evaluation result of a unit, post or district for one period.
 *
 * This interface was referenced by `FsjcTypes`'s JSON-Schema
 * via the `definition` "Score".
 */
export interface Score {
  /**
   * 固定为 "score"。
   *
   * Always "score".
   */
  recordType: 'score';
  id: Id;
  /**
   * 修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。
   *
   * Revision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).
   */
  revision?: number;
  recordedAt?: DateTime;
  /**
   * 月（2026-10）、季度（2026-Q4）或年（2026）。
   *
   * Month (2026-10), quarter (2026-Q4) or year (2026).
   */
  period: string;
  /**
   * 测评层级。
   *
   * Level of evaluation.
   */
  level: 'DEPARTMENT' | 'POST' | 'DISTRICT' | 'VERTICAL_LINE';
  subjectId: Id;
  /**
   * 测评方法的版本号。
   *
   * Version of the scoring method.
   */
  methodVersion: string;
  /**
   * 总分（小数字符串）。
   *
   * Total score (decimal string).
   */
  score: string;
  /**
   * 测评等次。
   *
   * Grade.
   */
  grade: 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL';
  /**
   * 案件数达到最低数量、参与排名。
   *
   * Whether the subject had enough cases to be ranked.
   */
  ranked: boolean;
  /**
   * 名次（参与排名时）。
   *
   * Rank, when ranked.
   */
  rank?: number;
  /**
   * 计入的办件数。
   *
   * Number of cases counted.
   */
  caseCount?: number;
  /**
   * 各指标的值和得分。
   *
   * Each indicator’s value and points.
   *
   * Items: 一个指标的值和得分。
   *
   * One indicator’s value and points.
   */
  indicators?: {
    /**
     * 指标标识。
     *
     * Indicator identifier.
     */
    indicatorId: string;
    /**
     * 指标值（小数字符串）。
     *
     * Indicator value (decimal string).
     */
    value: string;
    /**
     * 该指标得分（小数字符串）。
     *
     * Points from this indicator (decimal string).
     */
    points: string;
  }[];
  computedAt: DateTime;
}

/** Each record type's TypeScript type, by its recordType code. */
export interface RecordTypeMap {
  "unit": Unit;
  "post": Post;
  "contact": Contact;
  "item": Item;
  "case": CaseRecord;
  "event": CaseEvent;
  "fee": Fee;
  "complaint": Complaint;
  "evaluation": Evaluation;
  "observation": Observation;
  "signal": Signal;
  "feedback": Feedback;
  "score": Score;
}
