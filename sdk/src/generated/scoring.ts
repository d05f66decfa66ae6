// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */
import type { ScoringMethod } from '../scoring/method-data.js';

/** The scoring method of the standard (standard/scoring/method.json, clause 14). */
export const METHOD_V1: ScoringMethod = {
 "version": "1.0.0",
 "standardVersion": "1.0.0",
 "description_zh": "FSJC 绩效测评方法（第14章由本文件生成）。",
 "description_en": "The FSJC performance evaluation method (clause 14 is generated from this file).",
 "total": 100,
 "minCases": {
  "MONTH": 20,
  "QUARTER": 50,
  "YEAR": 150
 },
 "grades": [
  {
   "grade": "EXCELLENT",
   "min": 90
  },
  {
   "grade": "GOOD",
   "min": 80
  },
  {
   "grade": "PASS",
   "min": 60
  },
  {
   "grade": "FAIL",
   "min": 0
  }
 ],
 "gradeCaps": [
  {
   "indicator": "redCards",
   "atLeast": 1,
   "maxGrade": "GOOD"
  }
 ],
 "tieBreakers": [
  {
   "key": "onTimeRate",
   "order": "DESC"
  },
  {
   "key": "overtimeRate",
   "order": "ASC"
  },
  {
   "key": "caseCount",
   "order": "DESC"
  }
 ],
 "indicators": [
  {
   "id": "onTimeRate",
   "requirement": "FSJC-SCO-101",
   "kind": "CASE_RATE",
   "title_zh": "按时办结率",
   "title_en": "On-time completion rate",
   "text_zh": "本期办结的有时限办件中，主时限（承诺期限，无承诺期限时为法定期限）在届满前停止的比例。",
   "text_en": "Of the cases with a limit concluded in the period, the share whose governing limit (the promised limit, or the statutory limit where there is none) stopped no later than its end.",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "population": [
    "CONCLUDED_WITH_LIMIT"
   ],
   "numerator": [
    "CONCLUDED_ON_TIME"
   ],
   "direction": "ADD",
   "weight": 30,
   "zeroAt": 0.8,
   "fullAt": 1
  },
  {
   "id": "earlyRate",
   "requirement": "FSJC-SCO-102",
   "kind": "CASE_RATE",
   "title_zh": "提前办结率",
   "title_en": "Early completion rate",
   "text_zh": "本期办结的有时限办件中，主时限停止时至少还剩 minRemaining 个计时日（以小时计的时限为 minRemaining 个工作日的办公时间）的比例。",
   "text_en": "Of the cases with a limit concluded in the period, the share whose governing limit stopped with at least minRemaining counting days left (for limits in hours, minRemaining working days of office time).",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "population": [
    "CONCLUDED_WITH_LIMIT"
   ],
   "numerator": [
    "CONCLUDED_EARLY"
   ],
   "params": {
    "minRemaining": 1
   },
   "direction": "ADD",
   "weight": 15,
   "zeroAt": 0,
   "fullAt": 0.6
  },
  {
   "id": "handlingTimeRatio",
   "requirement": "FSJC-SCO-103",
   "kind": "CASE_MEAN",
   "title_zh": "平均办理用时比",
   "title_en": "Average handling time against the limit",
   "text_zh": "本期办结的有时限办件，主时限已用计时日（或办公分钟）与时限之比的平均值；比值越低越好。",
   "text_en": "Over the cases with a limit concluded in the period, the mean of the counting days (or office minutes) used divided by the governing limit; lower is better.",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "population": [
    "CONCLUDED_WITH_LIMIT"
   ],
   "measure": "USED_SHARE",
   "direction": "ADD",
   "weight": 10,
   "zeroAt": 1,
   "fullAt": 0.5
  },
  {
   "id": "immediateRate",
   "requirement": "FSJC-SCO-104",
   "kind": "CASE_RATE",
   "title_zh": "即办件当场办结率",
   "title_en": "On-the-spot completion rate",
   "text_zh": "本期办结的即办件（办件类型 IMMEDIATE）中，在收件当日办结的比例。",
   "text_en": "Of the on-the-spot cases (case type IMMEDIATE) concluded in the period, the share concluded on the day they were received.",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "population": [
    "IMMEDIATE_CONCLUDED"
   ],
   "numerator": [
    "IMMEDIATE_SAME_DAY"
   ],
   "direction": "ADD",
   "weight": 5,
   "zeroAt": 0.8,
   "fullAt": 1
  },
  {
   "id": "onlineRate",
   "requirement": "FSJC-SCO-105",
   "kind": "CASE_RATE",
   "title_zh": "网上办理率",
   "title_en": "Online handling rate",
   "text_zh": "本期收件的办件中，网上办理（online 为 true）的比例。",
   "text_en": "Of the cases received in the period, the share handled online (online is true).",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "population": [
    "RECEIVED"
   ],
   "numerator": [
    "RECEIVED_ONLINE"
   ],
   "direction": "ADD",
   "weight": 10,
   "zeroAt": 0.3,
   "fullAt": 0.9
  },
  {
   "id": "satisfactionRate",
   "requirement": "FSJC-SCO-106",
   "kind": "EVALUATION_RATE",
   "title_zh": "好差评满意率",
   "title_en": "Satisfaction rate (good-bad reviews)",
   "text_zh": "本期作出的评价中，不属于差评（negative 所列等级）的比例。",
   "text_en": "Of the evaluations given in the period, the share that are not bad reviews (the levels listed in negative).",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "params": {
    "negative": [
     "DISSATISFIED",
     "VERY_DISSATISFIED"
    ]
   },
   "direction": "ADD",
   "weight": 15,
   "zeroAt": 0.9,
   "fullAt": 1
  },
  {
   "id": "correctedReviewRate",
   "requirement": "FSJC-SCO-107",
   "kind": "RECTIFICATION_RATE",
   "title_zh": "差评整改率",
   "title_en": "Rate of bad reviews corrected",
   "text_zh": "整改期限（评价时刻起 within）在本期届满的差评中，在期限内整改（rectifiedAt 不晚于期限）的比例；期限未到的差评留待届满的周期计入。",
   "text_en": "Of the bad reviews whose correction deadline (within, from the evaluation) ends in the period, the share corrected by the deadline (rectifiedAt no later than it); a bad review whose deadline has not come yet counts in the period where it ends.",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "params": {
    "negative": [
     "DISSATISFIED",
     "VERY_DISSATISFIED"
    ],
    "within": {
     "value": 5,
     "unit": "WORKING_DAY"
    }
   },
   "direction": "ADD",
   "weight": 5,
   "zeroAt": 0.5,
   "fullAt": 1
  },
  {
   "id": "reportingTimeliness",
   "requirement": "FSJC-SCO-108",
   "kind": "REPORTING_RATE",
   "title_zh": "数据报送及时率",
   "title_en": "Timeliness of data reporting",
   "text_zh": "发生在本期、报送时间已知的事件中，首次报送不迟于发生后 lagHours 小时的比例。",
   "text_en": "Of the events that occurred in the period and whose reporting time is known, the share first reported no later than lagHours hours after they occurred.",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "params": {
    "lagHours": 24
   },
   "direction": "ADD",
   "weight": 5,
   "zeroAt": 0.8,
   "fullAt": 1
  },
  {
   "id": "dataCompleteness",
   "requirement": "FSJC-SCO-109",
   "kind": "CASE_RATE",
   "title_zh": "数据报送完整率",
   "title_en": "Completeness of data reporting",
   "text_zh": "本期办结的办件中，事件链完整（收件、受理和决定事件都发生在办结之前或同时）的比例。",
   "text_en": "Of the cases concluded in the period, the share whose event trail is complete (received, accepted and decided events all occurring no later than the conclusion).",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "population": [
    "CONCLUDED"
   ],
   "numerator": [
    "COMPLETE_TRAIL"
   ],
   "direction": "ADD",
   "weight": 5,
   "zeroAt": 0.9,
   "fullAt": 1
  },
  {
   "id": "overtimeRate",
   "requirement": "FSJC-SCO-110",
   "kind": "CASE_RATE",
   "title_zh": "超期率",
   "title_en": "Overtime rate",
   "text_zh": "本期办结的有时限办件与期末仍未办结且已超期的办件中，超期办结或期末超期未结的比例（扣分项）。期末超期未结的办件在其仍未办结的每个周期都计入。",
   "text_en": "Of the cases with a limit concluded in the period and the cases still open and overdue at its end, the share concluded late or open and overdue (a deduction). A case open and overdue at the end of a period counts in every period it stays so.",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "population": [
    "CONCLUDED_WITH_LIMIT",
    "OPEN_OVERDUE"
   ],
   "numerator": [
    "CONCLUDED_LATE",
    "OPEN_OVERDUE"
   ],
   "direction": "DEDUCT",
   "weight": 20,
   "zeroAt": 0,
   "fullAt": 0.2
  },
  {
   "id": "warnings",
   "requirement": "FSJC-SCO-111",
   "kind": "SIGNAL_COUNT",
   "title_zh": "预警数（每百件）",
   "title_en": "Warnings per 100 cases",
   "text_zh": "本期产生、以该单位为责任单位的预警（WARNING）信号数，按每百件计（扣分项）。",
   "text_en": "The number of warning (WARNING) signals opened in the period with the unit as the responsible unit, per 100 cases (a deduction).",
   "levels": [
    "DEPARTMENT",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "params": {
    "level": "WARNING",
    "per": 100
   },
   "direction": "DEDUCT",
   "weight": 5,
   "zeroAt": 0,
   "fullAt": 10
  },
  {
   "id": "yellowCards",
   "requirement": "FSJC-SCO-112",
   "kind": "SIGNAL_COUNT",
   "title_zh": "黄牌数",
   "title_en": "Yellow cards",
   "text_zh": "本期产生、以该单位为责任单位的黄牌数（扣分项）。",
   "text_en": "The number of yellow cards opened in the period with the unit as the responsible unit (a deduction).",
   "levels": [
    "DEPARTMENT",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "params": {
    "level": "YELLOW_CARD"
   },
   "direction": "DEDUCT",
   "weight": 10,
   "zeroAt": 0,
   "fullAt": 5
  },
  {
   "id": "redCards",
   "requirement": "FSJC-SCO-113",
   "kind": "SIGNAL_COUNT",
   "title_zh": "红牌数",
   "title_en": "Red cards",
   "text_zh": "本期产生、以该单位为责任单位的红牌数（扣分项）。",
   "text_en": "The number of red cards opened in the period with the unit as the responsible unit (a deduction).",
   "levels": [
    "DEPARTMENT",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "params": {
    "level": "RED_CARD"
   },
   "direction": "DEDUCT",
   "weight": 20,
   "zeroAt": 0,
   "fullAt": 4
  },
  {
   "id": "complaints",
   "requirement": "FSJC-SCO-114",
   "kind": "COMPLAINT_COUNT",
   "title_zh": "属实投诉数",
   "title_en": "Substantiated complaints",
   "text_zh": "本期受理、经查属实（substantiated 为 true）的投诉数（扣分项）；尚未查明的投诉不计入。",
   "text_en": "The number of complaints received in the period and found substantiated (substantiated is true) (a deduction); complaints not yet decided do not count.",
   "levels": [
    "DEPARTMENT",
    "POST",
    "DISTRICT",
    "VERTICAL_LINE"
   ],
   "direction": "DEDUCT",
   "weight": 10,
   "zeroAt": 0,
   "fullAt": 5
  }
 ]
};
