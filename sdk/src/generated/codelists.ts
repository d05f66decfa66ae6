// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */
export interface GeneratedCode { code: string; title_zh: string; title_en: string; deprecated?: string }
export interface GeneratedCodeList { open: boolean; title_zh: string; title_en: string; codes: GeneratedCode[] }
export const CODELISTS: Record<string, GeneratedCodeList> = {
 "recordType": {
  "open": false,
  "title_zh": "记录类型",
  "title_en": "Record type",
  "codes": [
   {
    "code": "unit",
    "title_zh": "单位",
    "title_en": "Unit"
   },
   {
    "code": "post",
    "title_zh": "岗位",
    "title_en": "Post"
   },
   {
    "code": "contact",
    "title_zh": "人员",
    "title_en": "Contact"
   },
   {
    "code": "item",
    "title_zh": "事项",
    "title_en": "Approval item"
   },
   {
    "code": "case",
    "title_zh": "办件",
    "title_en": "Case"
   },
   {
    "code": "event",
    "title_zh": "办件事件",
    "title_en": "Case event"
   },
   {
    "code": "fee",
    "title_zh": "收费",
    "title_en": "Fee"
   },
   {
    "code": "complaint",
    "title_zh": "投诉",
    "title_en": "Complaint"
   },
   {
    "code": "evaluation",
    "title_zh": "好差评",
    "title_en": "Evaluation"
   },
   {
    "code": "observation",
    "title_zh": "现场监察",
    "title_en": "On-site observation"
   },
   {
    "code": "signal",
    "title_zh": "预警信号",
    "title_en": "Signal"
   },
   {
    "code": "feedback",
    "title_zh": "反馈",
    "title_en": "Feedback"
   },
   {
    "code": "score",
    "title_zh": "测评结果",
    "title_en": "Score"
   }
  ]
 },
 "unitType": {
  "open": false,
  "title_zh": "单位类型",
  "title_en": "Unit type",
  "codes": [
   {
    "code": "CITY_CENTRE",
    "title_zh": "市监察中心",
    "title_en": "City monitoring centre"
   },
   {
    "code": "DISTRICT_CENTRE",
    "title_zh": "区监察中心",
    "title_en": "District monitoring centre"
   },
   {
    "code": "CITY_DEPARTMENT",
    "title_zh": "市直部门",
    "title_en": "City department"
   },
   {
    "code": "DISTRICT_DEPARTMENT",
    "title_zh": "区部门",
    "title_en": "District department"
   },
   {
    "code": "SERVICE_CENTRE",
    "title_zh": "行政服务中心",
    "title_en": "Administrative service centre"
   },
   {
    "code": "TOWN_CENTRE",
    "title_zh": "镇街服务中心",
    "title_en": "Town service centre"
   }
  ]
 },
 "adminLevel": {
  "open": false,
  "title_zh": "行政层级",
  "title_en": "Administrative level",
  "codes": [
   {
    "code": "PROVINCE",
    "title_zh": "省级",
    "title_en": "Province"
   },
   {
    "code": "CITY",
    "title_zh": "市级",
    "title_en": "City"
   },
   {
    "code": "DISTRICT",
    "title_zh": "区县级",
    "title_en": "District or county"
   },
   {
    "code": "TOWN",
    "title_zh": "镇街级",
    "title_en": "Town or sub-district"
   }
  ]
 },
 "contactRole": {
  "open": false,
  "title_zh": "人员角色",
  "title_en": "Contact role",
  "codes": [
   {
    "code": "HANDLER",
    "title_zh": "经办人",
    "title_en": "Handler"
   },
   {
    "code": "WARNING_CONTACT",
    "title_zh": "预警联系人",
    "title_en": "Warning contact"
   },
   {
    "code": "LEADER",
    "title_zh": "分管领导",
    "title_en": "Responsible leader"
   },
   {
    "code": "SUPERVISOR",
    "title_zh": "监察人员",
    "title_en": "Supervisor"
   }
  ]
 },
 "itemType": {
  "open": true,
  "title_zh": "事项类型",
  "title_en": "Item type",
  "codes": [
   {
    "code": "ADMINISTRATIVE_LICENSING",
    "title_zh": "行政许可",
    "title_en": "Administrative licensing"
   },
   {
    "code": "NON_LICENSING_APPROVAL",
    "title_zh": "非行政许可审批",
    "title_en": "Non-licensing approval"
   },
   {
    "code": "PUBLIC_SERVICE",
    "title_zh": "公共服务",
    "title_en": "Public service"
   },
   {
    "code": "ADMINISTRATIVE_CONFIRMATION",
    "title_zh": "行政确认",
    "title_en": "Administrative confirmation"
   },
   {
    "code": "ADMINISTRATIVE_PAYMENT",
    "title_zh": "行政给付",
    "title_en": "Administrative payment"
   },
   {
    "code": "ADMINISTRATIVE_REWARD",
    "title_zh": "行政奖励",
    "title_en": "Administrative reward"
   },
   {
    "code": "ADMINISTRATIVE_ADJUDICATION",
    "title_zh": "行政裁决",
    "title_en": "Administrative adjudication"
   },
   {
    "code": "OTHER_POWER",
    "title_zh": "其他行政权力",
    "title_en": "Other administrative power"
   }
  ]
 },
 "limitUnit": {
  "open": false,
  "title_zh": "时限单位",
  "title_en": "Limit unit",
  "codes": [
   {
    "code": "WORKING_DAY",
    "title_zh": "工作日",
    "title_en": "Working day"
   },
   {
    "code": "NATURAL_DAY",
    "title_zh": "自然日",
    "title_en": "Natural day"
   },
   {
    "code": "WORKING_HOUR",
    "title_zh": "工作小时",
    "title_en": "Working hour"
   }
  ]
 },
 "handlingMode": {
  "open": false,
  "title_zh": "办理方式",
  "title_en": "Handling mode",
  "codes": [
   {
    "code": "SINGLE",
    "title_zh": "单独办理",
    "title_en": "Single unit"
   },
   {
    "code": "PARALLEL",
    "title_zh": "并联审批",
    "title_en": "Parallel approval"
   },
   {
    "code": "JOINT",
    "title_zh": "统一联合办理",
    "title_en": "Unified or joint handling"
   }
  ]
 },
 "caseType": {
  "open": false,
  "title_zh": "办件类型",
  "title_en": "Case type",
  "codes": [
   {
    "code": "IMMEDIATE",
    "title_zh": "即办件",
    "title_en": "Immediate case"
   },
   {
    "code": "PROMISED",
    "title_zh": "承诺件",
    "title_en": "Promised case"
   },
   {
    "code": "JOINT",
    "title_zh": "联办件",
    "title_en": "Joint case"
   },
   {
    "code": "REFERRED",
    "title_zh": "上报件",
    "title_en": "Referred case"
   },
   {
    "code": "SUPPLEMENT",
    "title_zh": "补办件",
    "title_en": "Supplement case"
   },
   {
    "code": "REPLY",
    "title_zh": "答复件",
    "title_en": "Reply case"
   }
  ]
 },
 "channel": {
  "open": true,
  "title_zh": "办理渠道",
  "title_en": "Channel",
  "codes": [
   {
    "code": "WINDOW",
    "title_zh": "窗口",
    "title_en": "Service window"
   },
   {
    "code": "ONLINE",
    "title_zh": "网上",
    "title_en": "Online portal"
   },
   {
    "code": "MOBILE",
    "title_zh": "移动端",
    "title_en": "Mobile"
   },
   {
    "code": "SELF_SERVICE",
    "title_zh": "自助终端",
    "title_en": "Self-service terminal"
   },
   {
    "code": "MAIL",
    "title_zh": "邮寄",
    "title_en": "Mail"
   },
   {
    "code": "HOTLINE",
    "title_zh": "热线电话",
    "title_en": "Hotline"
   },
   {
    "code": "OTHER",
    "title_zh": "其他",
    "title_en": "Other"
   }
  ]
 },
 "applicantKind": {
  "open": false,
  "title_zh": "申请人类别",
  "title_en": "Applicant kind",
  "codes": [
   {
    "code": "PERSON",
    "title_zh": "自然人",
    "title_en": "Natural person"
   },
   {
    "code": "ORGANISATION",
    "title_zh": "法人或其他组织",
    "title_en": "Legal person or other organisation"
   }
  ]
 },
 "idType": {
  "open": true,
  "title_zh": "证件类型",
  "title_en": "Identity document type",
  "codes": [
   {
    "code": "RESIDENT_ID",
    "title_zh": "居民身份证",
    "title_en": "Resident identity card"
   },
   {
    "code": "USCC",
    "title_zh": "统一社会信用代码",
    "title_en": "Unified social credit code"
   },
   {
    "code": "PASSPORT",
    "title_zh": "护照",
    "title_en": "Passport"
   },
   {
    "code": "HK_MACAO_PERMIT",
    "title_zh": "港澳居民来往内地通行证",
    "title_en": "Mainland travel permit for Hong Kong and Macao residents"
   },
   {
    "code": "TAIWAN_PERMIT",
    "title_zh": "台湾居民来往大陆通行证",
    "title_en": "Mainland travel permit for Taiwan residents"
   },
   {
    "code": "FOREIGN_PERMANENT_ID",
    "title_zh": "外国人永久居留身份证",
    "title_en": "Foreign permanent resident ID card"
   },
   {
    "code": "OTHER",
    "title_zh": "其他证件",
    "title_en": "Other document"
   }
  ]
 },
 "eventType": {
  "open": false,
  "title_zh": "办件事件类型",
  "title_en": "Case event type",
  "codes": [
   {
    "code": "RECEIVED",
    "title_zh": "收件",
    "title_en": "Received"
   },
   {
    "code": "ACCEPTED",
    "title_zh": "受理",
    "title_en": "Accepted"
   },
   {
    "code": "NOT_ACCEPTED",
    "title_zh": "不予受理",
    "title_en": "Not accepted"
   },
   {
    "code": "SUPPLEMENT_NOTICE",
    "title_zh": "补正告知",
    "title_en": "Supplement notice"
   },
   {
    "code": "SUPPLEMENT_RECEIVED",
    "title_zh": "补正材料接收",
    "title_en": "Supplement received"
   },
   {
    "code": "STAGE_COMPLETED",
    "title_zh": "环节办理",
    "title_en": "Stage completed"
   },
   {
    "code": "EXTENSION_APPROVED",
    "title_zh": "延期批准",
    "title_en": "Extension approved"
   },
   {
    "code": "SUSPENSION_STARTED",
    "title_zh": "特别程序开始",
    "title_en": "Special procedure started"
   },
   {
    "code": "SUSPENSION_ENDED",
    "title_zh": "特别程序结束",
    "title_en": "Special procedure ended"
   },
   {
    "code": "DECIDED",
    "title_zh": "作出决定",
    "title_en": "Decided"
   },
   {
    "code": "CONCLUDED",
    "title_zh": "办结",
    "title_en": "Concluded"
   },
   {
    "code": "CERTIFICATE_ISSUED",
    "title_zh": "发证",
    "title_en": "Certificate issued"
   },
   {
    "code": "CERTIFICATE_DELIVERED",
    "title_zh": "送达",
    "title_en": "Certificate delivered"
   },
   {
    "code": "WITHDRAWN",
    "title_zh": "撤回",
    "title_en": "Withdrawn"
   },
   {
    "code": "TERMINATED",
    "title_zh": "终止",
    "title_en": "Terminated"
   },
   {
    "code": "DISPATCHED",
    "title_zh": "分办",
    "title_en": "Dispatched"
   },
   {
    "code": "RETURNED",
    "title_zh": "回传",
    "title_en": "Returned"
   },
   {
    "code": "FORWARDED",
    "title_zh": "上报",
    "title_en": "Forwarded"
   }
  ]
 },
 "stage": {
  "open": true,
  "title_zh": "办理环节",
  "title_en": "Handling stage",
  "codes": [
   {
    "code": "RECEIVE",
    "title_zh": "接件",
    "title_en": "Receive"
   },
   {
    "code": "ACCEPT",
    "title_zh": "受理",
    "title_en": "Accept"
   },
   {
    "code": "UNDERTAKE",
    "title_zh": "承办",
    "title_en": "Undertake"
   },
   {
    "code": "INITIAL_REVIEW",
    "title_zh": "初审",
    "title_en": "Initial review"
   },
   {
    "code": "REVIEW",
    "title_zh": "审核",
    "title_en": "Review"
   },
   {
    "code": "APPROVE",
    "title_zh": "批准",
    "title_en": "Approve"
   },
   {
    "code": "CONCLUDE",
    "title_zh": "办结",
    "title_en": "Conclude"
   },
   {
    "code": "ISSUE",
    "title_zh": "发证",
    "title_en": "Issue certificate"
   }
  ]
 },
 "suspensionType": {
  "open": false,
  "title_zh": "特别程序类型",
  "title_en": "Special procedure type",
  "codes": [
   {
    "code": "HEARING",
    "title_zh": "听证",
    "title_en": "Hearing"
   },
   {
    "code": "TENDERING",
    "title_zh": "招标",
    "title_en": "Tendering"
   },
   {
    "code": "AUCTION",
    "title_zh": "拍卖",
    "title_en": "Auction"
   },
   {
    "code": "INSPECTION",
    "title_zh": "检验",
    "title_en": "Inspection"
   },
   {
    "code": "TESTING",
    "title_zh": "检测",
    "title_en": "Testing"
   },
   {
    "code": "QUARANTINE",
    "title_zh": "检疫",
    "title_en": "Quarantine"
   },
   {
    "code": "APPRAISAL",
    "title_zh": "鉴定",
    "title_en": "Appraisal"
   },
   {
    "code": "EXPERT_REVIEW",
    "title_zh": "专家评审",
    "title_en": "Expert review"
   }
  ]
 },
 "decision": {
  "open": false,
  "title_zh": "决定结果",
  "title_en": "Decision",
  "codes": [
   {
    "code": "GRANTED",
    "title_zh": "准予",
    "title_en": "Granted"
   },
   {
    "code": "DENIED",
    "title_zh": "不予准予",
    "title_en": "Denied"
   }
  ]
 },
 "deliveryMethod": {
  "open": true,
  "title_zh": "送达方式",
  "title_en": "Delivery method",
  "codes": [
   {
    "code": "COUNTER",
    "title_zh": "窗口领取",
    "title_en": "Collected at the window"
   },
   {
    "code": "MAIL",
    "title_zh": "邮寄",
    "title_en": "Mail"
   },
   {
    "code": "ELECTRONIC",
    "title_zh": "电子证照",
    "title_en": "Electronic certificate"
   },
   {
    "code": "OTHER",
    "title_zh": "其他",
    "title_en": "Other"
   }
  ]
 },
 "complaintCategory": {
  "open": true,
  "title_zh": "投诉类别",
  "title_en": "Complaint category",
  "codes": [
   {
    "code": "DELAY",
    "title_zh": "超时办理",
    "title_en": "Delay"
   },
   {
    "code": "ATTITUDE",
    "title_zh": "服务态度",
    "title_en": "Attitude"
   },
   {
    "code": "FEE",
    "title_zh": "违规收费",
    "title_en": "Fee"
   },
   {
    "code": "PROCEDURE",
    "title_zh": "违反程序",
    "title_en": "Procedure"
   },
   {
    "code": "INTEGRITY",
    "title_zh": "廉政问题",
    "title_en": "Integrity"
   },
   {
    "code": "OTHER",
    "title_zh": "其他",
    "title_en": "Other"
   }
  ]
 },
 "evaluationLevel": {
  "open": false,
  "title_zh": "评价等级",
  "title_en": "Evaluation level",
  "codes": [
   {
    "code": "VERY_SATISFIED",
    "title_zh": "非常满意",
    "title_en": "Very satisfied"
   },
   {
    "code": "SATISFIED",
    "title_zh": "满意",
    "title_en": "Satisfied"
   },
   {
    "code": "BASICALLY_SATISFIED",
    "title_zh": "基本满意",
    "title_en": "Basically satisfied"
   },
   {
    "code": "DISSATISFIED",
    "title_zh": "不满意",
    "title_en": "Dissatisfied"
   },
   {
    "code": "VERY_DISSATISFIED",
    "title_zh": "非常不满意",
    "title_en": "Very dissatisfied"
   }
  ]
 },
 "observationType": {
  "open": true,
  "title_zh": "现场监察类型",
  "title_en": "Observation type",
  "codes": [
   {
    "code": "STAFF_ABSENT",
    "title_zh": "离岗",
    "title_en": "Staff absent from post"
   },
   {
    "code": "IMPROPER_CONDUCT",
    "title_zh": "行为不规范",
    "title_en": "Improper conduct"
   },
   {
    "code": "LATE_OR_EARLY",
    "title_zh": "迟到早退",
    "title_en": "Late arrival or early leave"
   },
   {
    "code": "LONG_QUEUE",
    "title_zh": "排队过长",
    "title_en": "Long queue"
   },
   {
    "code": "OTHER",
    "title_zh": "其他",
    "title_en": "Other"
   }
  ]
 },
 "signalLevel": {
  "open": false,
  "title_zh": "信号等级",
  "title_en": "Signal level",
  "codes": [
   {
    "code": "NOTICE",
    "title_zh": "提示",
    "title_en": "Notice"
   },
   {
    "code": "WARNING",
    "title_zh": "预警",
    "title_en": "Warning (yellow light)"
   },
   {
    "code": "YELLOW_CARD",
    "title_zh": "黄牌",
    "title_en": "Yellow card"
   },
   {
    "code": "RED_CARD",
    "title_zh": "红牌",
    "title_en": "Red card"
   }
  ]
 },
 "signalStatus": {
  "open": false,
  "title_zh": "信号状态",
  "title_en": "Signal status",
  "codes": [
   {
    "code": "OPEN",
    "title_zh": "已产生",
    "title_en": "Open"
   },
   {
    "code": "NOTIFIED",
    "title_zh": "已通知",
    "title_en": "Notified"
   },
   {
    "code": "FEEDBACK_RECEIVED",
    "title_zh": "已反馈",
    "title_en": "Feedback received"
   },
   {
    "code": "ESCALATED",
    "title_zh": "已升级",
    "title_en": "Escalated"
   },
   {
    "code": "CLOSED",
    "title_zh": "已关闭",
    "title_en": "Closed"
   }
  ]
 },
 "feedbackKind": {
  "open": false,
  "title_zh": "反馈类型",
  "title_en": "Feedback kind",
  "codes": [
   {
    "code": "EXPLANATION",
    "title_zh": "说明理由",
    "title_en": "Explanation"
   },
   {
    "code": "RECTIFICATION",
    "title_zh": "整改回告",
    "title_en": "Rectification report"
   },
   {
    "code": "SUPERVISOR_ACCEPTED",
    "title_zh": "监察认可",
    "title_en": "Accepted by supervisor"
   },
   {
    "code": "SUPERVISOR_RETURNED",
    "title_zh": "监察退回",
    "title_en": "Returned by supervisor"
   },
   {
    "code": "SUPERVISOR_ESCALATED",
    "title_zh": "监察升级",
    "title_en": "Escalated by supervisor"
   }
  ]
 },
 "scoreLevel": {
  "open": false,
  "title_zh": "测评层级",
  "title_en": "Evaluation level",
  "codes": [
   {
    "code": "DEPARTMENT",
    "title_zh": "部门",
    "title_en": "Department"
   },
   {
    "code": "POST",
    "title_zh": "岗位",
    "title_en": "Post"
   },
   {
    "code": "DISTRICT",
    "title_zh": "区",
    "title_en": "District"
   },
   {
    "code": "VERTICAL_LINE",
    "title_zh": "条线",
    "title_en": "Vertical line"
   }
  ]
 },
 "grade": {
  "open": false,
  "title_zh": "测评等次",
  "title_en": "Grade",
  "codes": [
   {
    "code": "EXCELLENT",
    "title_zh": "优秀",
    "title_en": "Excellent"
   },
   {
    "code": "GOOD",
    "title_zh": "良好",
    "title_en": "Good"
   },
   {
    "code": "PASS",
    "title_zh": "合格",
    "title_en": "Pass"
   },
   {
    "code": "FAIL",
    "title_zh": "不合格",
    "title_en": "Fail"
   }
  ]
 },
 "checksumAlgorithm": {
  "open": false,
  "title_zh": "校验算法",
  "title_en": "Checksum algorithm",
  "codes": [
   {
    "code": "SM3",
    "title_zh": "SM3",
    "title_en": "SM3"
   },
   {
    "code": "SHA-256",
    "title_zh": "SHA-256",
    "title_en": "SHA-256"
   }
  ]
 },
 "evidenceKind": {
  "open": false,
  "title_zh": "证据类型",
  "title_en": "Evidence kind",
  "codes": [
   {
    "code": "RECORD",
    "title_zh": "记录",
    "title_en": "Record"
   },
   {
    "code": "LIMIT",
    "title_zh": "时限",
    "title_en": "Limit"
   },
   {
    "code": "VALUE",
    "title_zh": "数值",
    "title_en": "Value"
   }
  ]
 },
 "region": {
  "open": true,
  "title_zh": "行政区划代码",
  "title_en": "Administrative division code",
  "codes": [
   {
    "code": "110000",
    "title_zh": "北京市",
    "title_en": "Beijing"
   },
   {
    "code": "120000",
    "title_zh": "天津市",
    "title_en": "Tianjin"
   },
   {
    "code": "130000",
    "title_zh": "河北省",
    "title_en": "Hebei"
   },
   {
    "code": "140000",
    "title_zh": "山西省",
    "title_en": "Shanxi"
   },
   {
    "code": "150000",
    "title_zh": "内蒙古自治区",
    "title_en": "Inner Mongolia"
   },
   {
    "code": "210000",
    "title_zh": "辽宁省",
    "title_en": "Liaoning"
   },
   {
    "code": "220000",
    "title_zh": "吉林省",
    "title_en": "Jilin"
   },
   {
    "code": "230000",
    "title_zh": "黑龙江省",
    "title_en": "Heilongjiang"
   },
   {
    "code": "310000",
    "title_zh": "上海市",
    "title_en": "Shanghai"
   },
   {
    "code": "320000",
    "title_zh": "江苏省",
    "title_en": "Jiangsu"
   },
   {
    "code": "330000",
    "title_zh": "浙江省",
    "title_en": "Zhejiang"
   },
   {
    "code": "340000",
    "title_zh": "安徽省",
    "title_en": "Anhui"
   },
   {
    "code": "350000",
    "title_zh": "福建省",
    "title_en": "Fujian"
   },
   {
    "code": "360000",
    "title_zh": "江西省",
    "title_en": "Jiangxi"
   },
   {
    "code": "360500",
    "title_zh": "新余市",
    "title_en": "Xinyu"
   },
   {
    "code": "360502",
    "title_zh": "渝水区",
    "title_en": "Yushui District"
   },
   {
    "code": "360521",
    "title_zh": "分宜县",
    "title_en": "Fenyi County"
   },
   {
    "code": "370000",
    "title_zh": "山东省",
    "title_en": "Shandong"
   },
   {
    "code": "410000",
    "title_zh": "河南省",
    "title_en": "Henan"
   },
   {
    "code": "420000",
    "title_zh": "湖北省",
    "title_en": "Hubei"
   },
   {
    "code": "430000",
    "title_zh": "湖南省",
    "title_en": "Hunan"
   },
   {
    "code": "440000",
    "title_zh": "广东省",
    "title_en": "Guangdong"
   },
   {
    "code": "440600",
    "title_zh": "佛山市",
    "title_en": "Foshan"
   },
   {
    "code": "440604",
    "title_zh": "禅城区",
    "title_en": "Chancheng District"
   },
   {
    "code": "440605",
    "title_zh": "南海区",
    "title_en": "Nanhai District"
   },
   {
    "code": "440606",
    "title_zh": "顺德区",
    "title_en": "Shunde District"
   },
   {
    "code": "440607",
    "title_zh": "三水区",
    "title_en": "Sanshui District"
   },
   {
    "code": "440608",
    "title_zh": "高明区",
    "title_en": "Gaoming District"
   },
   {
    "code": "440900",
    "title_zh": "茂名市",
    "title_en": "Maoming"
   },
   {
    "code": "440902",
    "title_zh": "茂南区",
    "title_en": "Maonan District"
   },
   {
    "code": "440904",
    "title_zh": "电白区",
    "title_en": "Dianbai District"
   },
   {
    "code": "440981",
    "title_zh": "高州市",
    "title_en": "Gaozhou"
   },
   {
    "code": "440982",
    "title_zh": "化州市",
    "title_en": "Huazhou"
   },
   {
    "code": "440983",
    "title_zh": "信宜市",
    "title_en": "Xinyi"
   },
   {
    "code": "450000",
    "title_zh": "广西壮族自治区",
    "title_en": "Guangxi"
   },
   {
    "code": "460000",
    "title_zh": "海南省",
    "title_en": "Hainan"
   },
   {
    "code": "500000",
    "title_zh": "重庆市",
    "title_en": "Chongqing"
   },
   {
    "code": "510000",
    "title_zh": "四川省",
    "title_en": "Sichuan"
   },
   {
    "code": "520000",
    "title_zh": "贵州省",
    "title_en": "Guizhou"
   },
   {
    "code": "530000",
    "title_zh": "云南省",
    "title_en": "Yunnan"
   },
   {
    "code": "540000",
    "title_zh": "西藏自治区",
    "title_en": "Tibet"
   },
   {
    "code": "610000",
    "title_zh": "陕西省",
    "title_en": "Shaanxi"
   },
   {
    "code": "620000",
    "title_zh": "甘肃省",
    "title_en": "Gansu"
   },
   {
    "code": "630000",
    "title_zh": "青海省",
    "title_en": "Qinghai"
   },
   {
    "code": "640000",
    "title_zh": "宁夏回族自治区",
    "title_en": "Ningxia"
   },
   {
    "code": "650000",
    "title_zh": "新疆维吾尔自治区",
    "title_en": "Xinjiang"
   },
   {
    "code": "710000",
    "title_zh": "台湾省",
    "title_en": "Taiwan"
   },
   {
    "code": "810000",
    "title_zh": "香港特别行政区",
    "title_en": "Hong Kong"
   },
   {
    "code": "820000",
    "title_zh": "澳门特别行政区",
    "title_en": "Macao"
   }
  ]
 }
};
