// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */
import type { RuleSet } from '../signals/rules-data.js';

/** The monitoring rules of the standard (standard/rules/rules.json, clause 13). */
export const RULES_V1: RuleSet = {
 "version": "1.0.0",
 "standardVersion": "1.0.0",
 "description_zh": "FSJC 监察规则（第13章由本文件生成）。",
 "description_en": "The FSJC monitoring rules (clause 13 is generated from this file).",
 "feedback": {
  "levels": [
   "YELLOW_CARD",
   "RED_CARD"
  ],
  "escalateTo": {
   "YELLOW_CARD": "RED_CARD"
  },
  "$comment": "反馈期限为配置的 supervisionLimit（FSJC-CLK-017）。The feedback deadline is the profile's supervisionLimit (FSJC-CLK-017)."
 },
 "rules": [
  {
   "id": "R-LIMIT-NEAR",
   "requirement": "FSJC-SIG-101",
   "kind": "LIMIT_NEAR",
   "level": "WARNING",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.limitNear",
   "title_zh": "时限临近",
   "title_en": "Limit near",
   "text_zh": "办件的法定期限或承诺期限在届满前 before（默认1个工作日）内仍未停止的，应发出预警：自届满时刻前 before 起产生；期限停止或届满（转为黄牌）时关闭。",
   "text_en": "Where a case's statutory or promised limit has not stopped within before (default 1 working day) of its end, a warning shall be raised: it opens at before ahead of the end, and closes when the limit stops or ends (turning into a yellow card).",
   "params": {
    "limits": [
     "STATUTORY",
     "PROMISED"
    ],
    "before": {
     "value": 1,
     "unit": "WORKING_DAY"
    }
   }
  },
  {
   "id": "R-LIMIT-PASSED",
   "requirement": "FSJC-SIG-102",
   "kind": "LIMIT_PASSED",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.limitPassed",
   "title_zh": "办件超期",
   "title_en": "Case limit passed",
   "text_zh": "办件的法定期限、承诺期限或初审期限届满而未停止，或停止晚于届满时刻的，应发出黄牌，产生时刻为届满时刻。",
   "text_en": "Where a case's statutory, promised or initial-review limit ends without having stopped, or stops after its end, a yellow card shall be raised, opening at the end of the limit.",
   "params": {
    "limits": [
     "STATUTORY",
     "PROMISED",
     "INITIAL_REVIEW"
    ]
   }
  },
  {
   "id": "R-STAGE-PASSED",
   "requirement": "FSJC-SIG-103",
   "kind": "LIMIT_PASSED",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.stagePassed",
   "title_zh": "环节超时",
   "title_en": "Stage budget passed",
   "text_zh": "事项某一环节的时限预算届满而该环节未完成或完成晚于届满时刻的，即使办件总时限未超，也应发出黄牌。",
   "text_en": "Where the budget of a stage of the item ends before the stage is completed, a yellow card shall be raised, even when the case's total limit has not passed.",
   "params": {
    "limits": [
     "STAGE"
    ]
   }
  },
  {
   "id": "R-ACCEPTANCE-PASSED",
   "requirement": "FSJC-SIG-104",
   "kind": "LIMIT_PASSED",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.acceptancePassed",
   "title_zh": "受理超期",
   "title_en": "Acceptance decision late",
   "text_zh": "收件后5个工作日内既未作出受理或不予受理决定、也未一次告知补正的（《行政许可法》第三十二条），应发出黄牌。",
   "text_en": "Where within 5 working days of receipt neither an acceptance decision nor a single supplement notice has been given (Art. 32), a yellow card shall be raised.",
   "params": {
    "limits": [
     "ACCEPTANCE"
    ]
   }
  },
  {
   "id": "R-CERTIFICATE-PASSED",
   "requirement": "FSJC-SIG-105",
   "kind": "LIMIT_PASSED",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.certificatePassed",
   "title_zh": "送达超期",
   "title_en": "Certificate delivery late",
   "text_zh": "准予许可的决定作出后10个工作日内未颁发、送达证件的（第四十四条），应发出黄牌。",
   "text_en": "Where the certificate has not been issued and delivered within 10 working days of a decision to grant (Art. 44), a yellow card shall be raised.",
   "params": {
    "limits": [
     "CERTIFICATE"
    ]
   }
  },
  {
   "id": "R-REPEATED",
   "requirement": "FSJC-SIG-106",
   "kind": "REPEATED_OFFENCES",
   "level": "RED_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.repeated",
   "title_zh": "屡次超期",
   "title_en": "Repeated offences",
   "text_zh": "同一单位在一个自然月内被发出的黄牌达到 threshold（默认3张）的，应对该单位发出红牌，产生时刻为达到该数目的黄牌的产生时刻。",
   "text_en": "Where a unit receives threshold (default 3) yellow cards within one calendar month, a red card shall be raised on the unit, opening when the yellow card that reaches that number opens.",
   "params": {
    "threshold": 3
   }
  },
  {
   "id": "R-NO-REASONS",
   "requirement": "FSJC-SIG-107",
   "kind": "NO_REASONS",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.noReasons",
   "title_zh": "未说明理由",
   "title_en": "Refusal without reasons",
   "text_zh": "NOT_ACCEPTED 事件或 decision 为 DENIED 的 DECIDED 事件缺少 reasons 或 legalBasis 的（第三十二条、第三十八条），应发出黄牌。",
   "text_en": "Where a NOT_ACCEPTED event, or a DECIDED event whose decision is DENIED, lacks reasons or legalBasis (Arts. 32 and 38), a yellow card shall be raised.",
   "params": {}
  },
  {
   "id": "R-DENIAL-OUTLIER",
   "requirement": "FSJC-SIG-108",
   "kind": "DENIAL_OUTLIER",
   "level": "NOTICE",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.denialOutlier",
   "title_zh": "不予许可率异常",
   "title_en": "Denial rate far above peers",
   "text_zh": "一个单位在一个自然月内对某事项的不予受理和不予许可占其决定的比例，在决定数不少于 minDecisions（默认20）时，高于办理同一事项的其他单位合计比例的 factor 倍（默认2倍）且至少高 minGap（默认0.2）的，应发出提示，供监察人员复核；该信号不是黄牌或红牌。",
   "text_en": "Where a unit's share of refusals and denials among its decisions on an item in a calendar month, with at least minDecisions (default 20) decisions, is more than factor (default 2) times the combined share of the other units handling the item and at least minGap (default 0.2) above it, a notice shall be raised for a supervisor's review; it is not a card.",
   "params": {
    "minDecisions": 20,
    "factor": 2,
    "minGap": 0.2
   }
  },
  {
   "id": "R-DECISION-BEFORE-ACCEPTANCE",
   "requirement": "FSJC-SIG-109",
   "kind": "DECISION_BEFORE_ACCEPTANCE",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.decisionBeforeAcceptance",
   "title_zh": "先决定后受理",
   "title_en": "Decision before acceptance",
   "text_zh": "办件的 DECIDED 事件早于其 ACCEPTED 事件的，应发出黄牌。",
   "text_en": "Where a case's DECIDED event is earlier than its ACCEPTED event, a yellow card shall be raised.",
   "params": {}
  },
  {
   "id": "R-STAGE-SKIPPED",
   "requirement": "FSJC-SIG-110",
   "kind": "STAGE_SKIPPED",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.stageSkipped",
   "title_zh": "跳过必经环节",
   "title_en": "Required stage skipped",
   "text_zh": "办件办结（CONCLUDED）时，事项中 required 为 true 的环节没有完成的（见 FSJC-CLK-016），应发出黄牌；不予受理、撤回或终止的办件除外，ISSUE 环节仅在准予许可时为必经。",
   "text_en": "Where a case is concluded (CONCLUDED) while a stage of the item whose required is true has not been completed (see FSJC-CLK-016), a yellow card shall be raised; cases refused, withdrawn or terminated are excepted, and ISSUE is required only after a decision to grant.",
   "params": {}
  },
  {
   "id": "R-STAGE-ORDER",
   "requirement": "FSJC-SIG-111",
   "kind": "STAGE_ORDER",
   "level": "WARNING",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.stageOrder",
   "title_zh": "环节顺序颠倒",
   "title_en": "Stages out of order",
   "text_zh": "办件的环节完成顺序与事项 stages 的顺序不一致的，应发出预警。",
   "text_en": "Where a case's stages are completed in an order other than that of the item's stages, a warning shall be raised.",
   "params": {}
  },
  {
   "id": "R-SEPARATION",
   "requirement": "FSJC-SIG-112",
   "kind": "SEPARATION_OF_DUTIES",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.separation",
   "title_zh": "受理审批同一人",
   "title_en": "Same person accepted and approved",
   "text_zh": "事项的 separationOfDuties 为 true，而办件的 ACCEPTED 事件与 APPROVE 环节（没有时为 DECIDED 事件）的 handlerId 相同的，应发出黄牌。",
   "text_en": "Where the item's separationOfDuties is true and the handlerId of the case's ACCEPTED event equals that of its APPROVE stage (or, without one, its DECIDED event), a yellow card shall be raised.",
   "params": {}
  },
  {
   "id": "R-FEE-FREE-ITEM",
   "requirement": "FSJC-SIG-113",
   "kind": "FEE_FREE_ITEM",
   "level": "YELLOW_CARD",
   "target": "CHARGING_UNIT",
   "messageCode": "signal.feeFreeItem",
   "title_zh": "免费事项收费",
   "title_en": "Fee charged for a free item",
   "text_zh": "对 free 为 true 的事项的办件收取费用（chargedAmount 大于0）的，应发出黄牌。",
   "text_en": "Where a fee (chargedAmount above 0) is charged on a case of an item whose free is true, a yellow card shall be raised.",
   "params": {}
  },
  {
   "id": "R-FEE-ABOVE-STANDARD",
   "requirement": "FSJC-SIG-114",
   "kind": "FEE_ABOVE_STANDARD",
   "level": "YELLOW_CARD",
   "target": "CHARGING_UNIT",
   "messageCode": "signal.feeAboveStandard",
   "title_zh": "超标准收费",
   "title_en": "Fee above the standard",
   "text_zh": "实收金额高于收费记录的 standardAmount，或高于事项 fees 中同一 feeCode 的标准金额的，应发出黄牌。",
   "text_en": "Where the amount charged is above the fee record's standardAmount, or above the standard amount of the same feeCode in the item's fees, a yellow card shall be raised.",
   "params": {}
  },
  {
   "id": "R-FEE-NO-BASIS",
   "requirement": "FSJC-SIG-115",
   "kind": "FEE_NO_BASIS",
   "level": "WARNING",
   "target": "CHARGING_UNIT",
   "messageCode": "signal.feeNoBasis",
   "title_zh": "收费无依据",
   "title_en": "Fee without legal basis",
   "text_zh": "收费记录没有 legalBasis，且事项 fees 中也没有同一 feeCode 的依据的，应发出预警。",
   "text_en": "Where a fee record has no legalBasis and the item's fees give no basis for the same feeCode, a warning shall be raised.",
   "params": {}
  },
  {
   "id": "R-FEE-REPEATED",
   "requirement": "FSJC-SIG-116",
   "kind": "FEE_REPEATED",
   "level": "YELLOW_CARD",
   "target": "CHARGING_UNIT",
   "messageCode": "signal.feeRepeated",
   "title_zh": "重复收费",
   "title_en": "Fee charged more than once",
   "text_zh": "在一站式办理的主办件及其子办件中，同一 feeCode 的费用被收取超过一次的，应对第二次收费的单位发出黄牌。",
   "text_en": "Where, within a one-stop main case and its sub-cases, a fee of the same feeCode is charged more than once, a yellow card shall be raised on the unit that charged it again.",
   "params": {}
  },
  {
   "id": "R-DISCLOSURE",
   "requirement": "FSJC-SIG-117",
   "kind": "DISCLOSURE",
   "level": "WARNING",
   "target": "IMPLEMENTING_UNIT",
   "messageCode": "signal.disclosure",
   "title_zh": "六公开不全",
   "title_en": "Disclosure missing",
   "text_zh": "事项的 disclosures 中任一项为 false 的，应对实施单位发出预警，列明未公开的各项。",
   "text_en": "Where any of an item's disclosures is false, a warning shall be raised on the implementing unit, listing what is not disclosed.",
   "params": {}
  },
  {
   "id": "R-LATE-REPORT",
   "requirement": "FSJC-SIG-118",
   "kind": "LATE_REPORT",
   "level": "NOTICE",
   "target": "REPORTING_UNIT",
   "messageCode": "signal.lateReport",
   "title_zh": "报送迟延",
   "title_en": "Late reporting",
   "text_zh": "事件所在批次的 sentAt 晚于事件 occurredAt 超过 lag（默认24小时）的，应发出提示。",
   "text_en": "Where the sentAt of the batch that carries an event is more than lag (default 24 hours) after the event's occurredAt, a notice shall be raised.",
   "params": {
    "lagHours": 24
   }
  },
  {
   "id": "R-BACKDATED",
   "requirement": "FSJC-SIG-119",
   "kind": "BACKDATED",
   "level": "RED_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.backdated",
   "title_zh": "倒签时间",
   "title_en": "Back-dated record",
   "text_zh": "事件的较新修订把 occurredAt 改早，而按修订前的记录，该办件在修订报送之时已有时限信号的，应发出红牌；原修订保留不变（FSJC-DATA-004）。",
   "text_en": "Where a later revision of an event moves its occurredAt earlier while, on the records as they stood before the revision, the case already had a time-limit signal when the revision was reported, a red card shall be raised; the original revision is kept unchanged (FSJC-DATA-004).",
   "params": {}
  },
  {
   "id": "R-COMPLAINT-LATE",
   "requirement": "FSJC-SIG-120",
   "kind": "COMPLAINT_LATE",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.complaintLate",
   "title_zh": "投诉未按时答复",
   "title_en": "Complaint not answered in time",
   "text_zh": "投诉在其 dueAt（没有时为收到后 limit，默认10个工作日）届满时尚未答复，或答复晚于届满时刻的，应发出黄牌。",
   "text_en": "Where a complaint is not answered by its dueAt (without one, limit after receipt, default 10 working days), or is answered after it, a yellow card shall be raised.",
   "params": {
    "limit": {
     "value": 10,
     "unit": "WORKING_DAY"
    }
   }
  },
  {
   "id": "R-BAD-REVIEW",
   "requirement": "FSJC-SIG-121",
   "kind": "BAD_REVIEW_UNCORRECTED",
   "level": "YELLOW_CARD",
   "target": "HANDLING_UNIT",
   "messageCode": "signal.badReview",
   "title_zh": "差评未整改",
   "title_en": "Negative evaluation not rectified",
   "text_zh": "评价为 DISSATISFIED 或 VERY_DISSATISFIED 的好差评，在评价后 limit（默认5个工作日）内没有 rectifiedAt，或 rectifiedAt 晚于届满时刻的，应发出黄牌。",
   "text_en": "Where an evaluation of DISSATISFIED or VERY_DISSATISFIED has no rectifiedAt within limit (default 5 working days) of the evaluation, or a later one, a yellow card shall be raised.",
   "params": {
    "limit": {
     "value": 5,
     "unit": "WORKING_DAY"
    }
   }
  },
  {
   "id": "R-OBSERVATION",
   "requirement": "FSJC-SIG-122",
   "kind": "OBSERVATION",
   "level": "WARNING",
   "target": "OBSERVED_UNIT",
   "messageCode": "signal.observation",
   "title_zh": "现场监察发现",
   "title_en": "On-site finding",
   "text_zh": "现场监察记录的 observationType 属于 types（默认 STAFF_ABSENT、LATE_OR_EARLY），且 durationMinutes 不少于 minMinutes（默认15）的，应发出预警。",
   "text_en": "Where an on-site observation's observationType is one of types (default STAFF_ABSENT, LATE_OR_EARLY) and its durationMinutes is at least minMinutes (default 15), a warning shall be raised.",
   "params": {
    "types": [
     "STAFF_ABSENT",
     "LATE_OR_EARLY"
    ],
    "minMinutes": 15
   }
  },
  {
   "id": "R-ONE-STOP-HOLDUP",
   "requirement": "FSJC-SIG-123",
   "kind": "ONE_STOP_HOLDUP",
   "level": "WARNING",
   "target": "HOLDING_UNIT",
   "messageCode": "signal.oneStopHoldup",
   "title_zh": "并联审批滞后",
   "title_en": "One department holds up a one-stop case",
   "text_zh": "一站式并联审批中，其他参与部门的子办件均已回传（RETURNED）满 after（默认2个工作日），而某一部门的子办件仍未回传的，应对该部门发出预警。",
   "text_en": "In one-stop parallel approval, where every other department's sub-case has been returned (RETURNED) for after (default 2 working days) while one department's sub-case has not, a warning shall be raised on that department.",
   "params": {
    "after": {
     "value": 2,
     "unit": "WORKING_DAY"
    }
   }
  }
 ]
};
