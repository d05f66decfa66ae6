// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */
export const SCHEMAS: Record<string, any> = {
 "common.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/common.schema.json",
  "title": "公共定义",
  "description": "各记录类型共用的数据类型。\n\nShared data types used by every record type.",
  "$defs": {
   "id": {
    "title": "标识符",
    "description": "记录标识符，在发送系统内唯一，不随修订改变；字母、数字及 . _ : - 组成，最长128个字符。\n\nRecord identifier, unique within the sending system and stable across revisions; letters, digits and . _ : -, at most 128 characters.",
    "type": "string",
    "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
   },
   "dateTime": {
    "title": "时间",
    "description": "带时区偏移的 RFC 3339 时间，例如 2026-10-09T09:30:00+08:00。\n\nAn RFC 3339 date-time with an explicit offset, e.g. 2026-10-09T09:30:00+08:00.",
    "type": "string",
    "format": "date-time",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$"
   },
   "date": {
    "title": "日期",
    "description": "YYYY-MM-DD 格式的日期（北京时间）。\n\nA calendar date YYYY-MM-DD (China Standard Time).",
    "type": "string",
    "format": "date",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
   },
   "regionCode": {
    "title": "行政区划代码",
    "description": "GB/T 2260 六位行政区划代码。\n\nSix-digit administrative division code per GB/T 2260.",
    "type": "string",
    "pattern": "^[1-8][0-9]{5}$",
    "codelist": "region.csv",
    "openCodelist": true
   },
   "uscc": {
    "title": "统一社会信用代码",
    "description": "GB 32100 的18位统一社会信用代码，含校验码。\n\nThe 18-character unified social credit code of GB 32100, with its check character.",
    "type": "string",
    "pattern": "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"
   },
   "amount": {
    "title": "金额",
    "description": "人民币金额，单位元，最多两位小数，以字符串表示以免精度损失。\n\nAn amount in yuan (CNY) with at most two decimals, written as a string so that no precision is lost.",
    "type": "string",
    "pattern": "^(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?$"
   },
   "limit": {
    "title": "时限",
    "description": "一个时限：数值与单位。\n\nA time limit: a value and its unit.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "value": {
      "title": "数值",
      "description": "时限数值，0 表示当场办结。\n\nThe number of units; 0 means on the spot.",
      "type": "integer",
      "minimum": 0,
      "maximum": 3650
     },
     "unit": {
      "title": "单位",
      "description": "时限单位。\n\nThe unit of the limit.",
      "type": "string",
      "codelist": "limitUnit.csv",
      "openCodelist": false,
      "enum": [
       "WORKING_DAY",
       "NATURAL_DAY",
       "WORKING_HOUR"
      ]
     }
    },
    "required": [
     "value",
     "unit"
    ]
   },
   "legalBasis": {
    "title": "法律依据",
    "description": "法律、法规或规章的名称及条款。\n\nThe title and article of a law, regulation or rule.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "title": {
      "title": "名称",
      "description": "法律文件名称，如《中华人民共和国行政许可法》。\n\nTitle of the legal instrument.",
      "type": "string",
      "minLength": 1,
      "maxLength": 200
     },
     "article": {
      "title": "条款",
      "description": "条款号，如“第四十二条”。\n\nThe article, e.g. “Article 42”.",
      "type": "string",
      "minLength": 1,
      "maxLength": 100
     }
    },
    "required": [
     "title"
    ]
   }
  }
 },
 "header.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/header.schema.json",
  "title": "批次头",
  "description": "交换批次的信封：发送系统、发送单位、序号、发送时间、标准版本、记录数和校验值（FSJC-ENV-001 至 FSJC-ENV-012）。\n\nThe envelope of an exchange batch: sending system, unit, sequence number, sent time, standard version, record count and checksum (FSJC-ENV-001 to FSJC-ENV-012).",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "standardVersion": {
    "title": "标准版本",
    "description": "批次遵循的标准版本（语义化版本，FSJC-VER-002）。\n\nThe version of the standard the batch follows (semantic version, FSJC-VER-002).",
    "type": "string",
    "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"
   },
   "profile": {
    "title": "配置",
    "description": "适用的城市配置，如 foshan。\n\nThe city profile that applies, e.g. foshan.",
    "type": "string",
    "pattern": "^[a-z][a-z0-9-]{1,30}$"
   },
   "senderSystemId": {
    "title": "发送系统",
    "description": "发送系统的登记标识。\n\nRegistered identifier of the sending system.",
    "$ref": "common.schema.json#/$defs/id"
   },
   "senderUnitId": {
    "title": "发送单位",
    "description": "发送系统所属单位（unit 记录）。\n\nThe unit that owns the sending system (a unit record).",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "regionCode": {
    "title": "行政区划",
    "description": "发送单位所在行政区划。\n\nAdministrative division of the sending unit.",
    "$ref": "common.schema.json#/$defs/regionCode"
   },
   "sequenceNumber": {
    "title": "批次序号",
    "description": "同一发送系统的批次序号，从1开始严格递增（FSJC-ENV-004）。\n\nBatch sequence number of the sending system, from 1, strictly increasing (FSJC-ENV-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 9007199254740991
   },
   "idempotencyKey": {
    "title": "幂等键",
    "description": "重发同一批次时必须保持不变的键（FSJC-ENV-005）。\n\nA key that stays the same when the same batch is resent (FSJC-ENV-005).",
    "type": "string",
    "pattern": "^[A-Za-z0-9._:-]{8,128}$"
   },
   "sentAt": {
    "title": "发送时间",
    "description": "批次发送时间。\n\nWhen the batch was sent.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "recordCount": {
    "title": "记录数",
    "description": "批次中的记录数（FSJC-ENV-007）。\n\nNumber of records in the batch (FSJC-ENV-007).",
    "type": "integer",
    "minimum": 0,
    "maximum": 10000000
   },
   "checksum": {
    "title": "校验值",
    "description": "校验算法和值。\n\nAlgorithm and value.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "algorithm": {
      "title": "算法",
      "description": "校验算法。\n\nAlgorithm.",
      "type": "string",
      "codelist": "checksumAlgorithm.csv",
      "openCodelist": false,
      "enum": [
       "SM3",
       "SHA-256"
      ]
     },
     "value": {
      "title": "值",
      "description": "64位小写十六进制。\n\n64 lowercase hexadecimal digits.",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     }
    },
    "required": [
     "algorithm",
     "value"
    ]
   }
  },
  "required": [
   "standardVersion",
   "senderSystemId",
   "senderUnitId",
   "regionCode",
   "sequenceNumber",
   "sentAt",
   "recordCount"
  ]
 },
 "batch.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/batch.schema.json",
  "title": "交换批次",
  "description": "一个交换批次：批次头和记录。每条记录按 recordType 适用相应的记录模式。\n\nAn exchange batch: the header and the records. Each record is checked against the schema its recordType names.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "header": {
    "title": "批次头",
    "description": "批次头。\n\nThe batch header.",
    "$ref": "header.schema.json"
   },
   "records": {
    "title": "记录",
    "description": "批次中的记录。\n\nThe records of the batch.",
    "type": "array",
    "items": {
     "type": "object",
     "required": [
      "recordType"
     ],
     "properties": {
      "recordType": {
       "type": "string",
       "codelist": "recordType.csv",
       "openCodelist": false,
       "enum": [
        "unit",
        "post",
        "contact",
        "item",
        "case",
        "event",
        "fee",
        "complaint",
        "evaluation",
        "observation",
        "signal",
        "feedback",
        "score"
       ]
      }
     },
     "allOf": [
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "unit"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "unit.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "post"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "post.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "contact"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "contact.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "item"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "item.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "case"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "case.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "event"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "event.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "fee"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "fee.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "complaint"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "complaint.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "evaluation"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "evaluation.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "observation"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "observation.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "signal"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "signal.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "feedback"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "feedback.schema.json"
       }
      },
      {
       "if": {
        "properties": {
         "recordType": {
          "const": "score"
         }
        },
        "required": [
         "recordType"
        ]
       },
       "then": {
        "$ref": "score.schema.json"
       }
      }
     ]
    },
    "maxItems": 10000000
   }
  },
  "required": [
   "header",
   "records"
  ]
 },
 "unit.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/unit.schema.json",
  "title": "单位",
  "description": "组织机构登记中的一个单位：监察中心、市直部门、区部门、行政服务中心或镇街服务中心。纵向对口关系用 counterpartUnitId 表示。\n\nA unit of the organisation registry: a monitoring centre, a city or district department, or a service centre. The vertical link is given by counterpartUnitId.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"unit\"。\n\nAlways \"unit\".",
    "const": "unit"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "name": {
    "title": "单位名称",
    "description": "单位全称。\n\nFull name of the unit.",
    "type": "string",
    "minLength": 1,
    "maxLength": 200
   },
   "shortName": {
    "title": "简称",
    "description": "单位简称。\n\nShort name of the unit.",
    "type": "string",
    "minLength": 1,
    "maxLength": 50
   },
   "unitType": {
    "title": "单位类型",
    "description": "单位类型。\n\nThe kind of unit.",
    "type": "string",
    "codelist": "unitType.csv",
    "openCodelist": false,
    "enum": [
     "CITY_CENTRE",
     "DISTRICT_CENTRE",
     "CITY_DEPARTMENT",
     "DISTRICT_DEPARTMENT",
     "SERVICE_CENTRE",
     "TOWN_CENTRE"
    ]
   },
   "adminLevel": {
    "title": "行政层级",
    "description": "单位所属行政层级。\n\nAdministrative level of the unit.",
    "type": "string",
    "codelist": "adminLevel.csv",
    "openCodelist": false,
    "enum": [
     "PROVINCE",
     "CITY",
     "DISTRICT",
     "TOWN"
    ]
   },
   "regionCode": {
    "title": "行政区划",
    "description": "单位所在行政区划（GB/T 2260）。\n\nThe administrative division of the unit (GB/T 2260).",
    "$ref": "common.schema.json#/$defs/regionCode"
   },
   "uscc": {
    "title": "统一社会信用代码",
    "description": "单位的统一社会信用代码。\n\nThe unit’s unified social credit code.",
    "$ref": "common.schema.json#/$defs/uscc"
   },
   "parentUnitId": {
    "title": "上级单位",
    "description": "行政隶属的上级单位（如区部门的区政府监察中心不在此列）。\n\nThe unit this one belongs to, if any.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "counterpartUnitId": {
    "title": "对口上级部门",
    "description": "纵向对口的市直部门（“两纵”：市部门与各区同一部门）。\n\nThe city department this district department reports to vertically (the “two vertical” link).",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "sector": {
    "title": "行业领域",
    "description": "部门所属领域，自由文本，如“市场监管”。\n\nThe department’s field, free text, e.g. “market regulation”.",
    "type": "string",
    "minLength": 1,
    "maxLength": 50
   },
   "validFrom": {
    "title": "生效日期",
    "description": "登记生效日期。\n\nDate from which this registration applies.",
    "$ref": "common.schema.json#/$defs/date"
   },
   "validTo": {
    "title": "失效日期",
    "description": "登记失效日期（单位撤并时填写）。\n\nDate after which the unit no longer exists.",
    "$ref": "common.schema.json#/$defs/date"
   }
  },
  "required": [
   "recordType",
   "id",
   "name",
   "unitType",
   "adminLevel",
   "regionCode"
  ]
 },
 "post.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/post.schema.json",
  "title": "岗位",
  "description": "单位内的一个审批岗位，用于岗位测评。\n\nAn approval post within a unit, used for per-post evaluation.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"post\"。\n\nAlways \"post\".",
    "const": "post"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "unitId": {
    "title": "所属单位",
    "description": "所属单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "name": {
    "title": "岗位名称",
    "description": "岗位名称，如“窗口受理岗”。\n\nName of the post, e.g. “window acceptance”.",
    "type": "string",
    "minLength": 1,
    "maxLength": 100
   },
   "stages": {
    "title": "负责环节",
    "description": "该岗位办理的环节。\n\nThe handling stages this post performs.",
    "type": "array",
    "items": {
     "type": "string",
     "codelist": "stage.csv",
     "openCodelist": true,
     "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
    },
    "uniqueItems": true
   }
  },
  "required": [
   "recordType",
   "id",
   "unitId",
   "name"
  ]
 },
 "contact.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/contact.schema.json",
  "title": "人员",
  "description": "岗位人员、预警联系人、分管领导或监察人员。预警的对象是办理单位相对固定的联系人（FSJC-ORG-005）。\n\nA staff member, warning contact, responsible leader or supervisor. Signals target the unit’s fixed warning contact (FSJC-ORG-005).",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"contact\"。\n\nAlways \"contact\".",
    "const": "contact"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "unitId": {
    "title": "所属单位",
    "description": "所属单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "postIds": {
    "title": "所在岗位",
    "description": "该人员所在岗位的标识。\n\nIdentifiers of the posts this person holds.",
    "type": "array",
    "items": {
     "$ref": "common.schema.json#/$defs/id",
     "references": "post"
    },
    "uniqueItems": true
   },
   "name": {
    "title": "姓名",
    "description": "姓名。\n\nFull name.",
    "type": "string",
    "minLength": 1,
    "maxLength": 50
   },
   "roles": {
    "title": "角色",
    "description": "人员角色，可多个。\n\nRoles of the person, one or more.",
    "type": "array",
    "items": {
     "type": "string",
     "codelist": "contactRole.csv",
     "openCodelist": false,
     "enum": [
      "HANDLER",
      "WARNING_CONTACT",
      "LEADER",
      "SUPERVISOR"
     ]
    },
    "minItems": 1,
    "uniqueItems": true
   },
   "staffNumber": {
    "title": "工号",
    "description": "单位内的工号。\n\nStaff number within the unit.",
    "type": "string",
    "minLength": 1,
    "maxLength": 50
   },
   "idNumber": {
    "title": "身份证号码",
    "description": "公职人员的居民身份证号码（GB 11643，含校验码），用于行政过错责任追究；仅可出现在人员记录中（FSJC-PRIV-004）。\n\nThe official’s resident ID number (GB 11643, with check digit), used to pursue accountability; allowed only in contact records (FSJC-PRIV-004).",
    "type": "string",
    "pattern": "^[1-8][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]$"
   },
   "mobile": {
    "title": "手机号码",
    "description": "用于短信通知的手机号码。\n\nMobile number for SMS notifications.",
    "type": "string",
    "pattern": "^1[3-9][0-9]{9}$"
   },
   "email": {
    "title": "电子邮箱",
    "description": "用于邮件通知的地址。\n\nE-mail address for notifications.",
    "type": "string",
    "format": "email",
    "maxLength": 200
   }
  },
  "required": [
   "recordType",
   "id",
   "unitId",
   "name",
   "roles"
  ]
 },
 "item.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/item.schema.json",
  "title": "事项",
  "description": "事项目录（办事指南）中的一个审批事项，含时限、环节、材料、收费和“六公开”情况。时限快照见 FSJC-DATA-020。\n\nAn item of the approval catalogue (service guide): limits, stages, materials, fees and the six disclosures.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"item\"。\n\nAlways \"item\".",
    "const": "item"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "itemCode": {
    "title": "事项编码",
    "description": "事项实施编码（GB/T 39554.1）。\n\nThe item implementation code (GB/T 39554.1).",
    "type": "string",
    "pattern": "^[0-9A-Z]{12,40}$"
   },
   "name": {
    "title": "事项名称",
    "description": "事项名称。\n\nName of the item.",
    "type": "string",
    "minLength": 1,
    "maxLength": 200
   },
   "itemType": {
    "title": "事项类型",
    "description": "事项类型。\n\nType of the item.",
    "type": "string",
    "codelist": "itemType.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "implementingUnitId": {
    "title": "实施主体",
    "description": "实施主体的单位标识（unit 记录）。\n\nImplementing unit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "regionCode": {
    "title": "行政区划",
    "description": "实施主体所在行政区划。\n\nAdministrative division of the implementing body.",
    "$ref": "common.schema.json#/$defs/regionCode"
   },
   "legalBasis": {
    "title": "设定依据",
    "description": "事项的设定依据。\n\nLegal basis of the item.",
    "type": "array",
    "items": {
     "$ref": "common.schema.json#/$defs/legalBasis"
    },
    "minItems": 1
   },
   "handlingMode": {
    "title": "办理方式",
    "description": "单独办理、并联审批或统一联合办理。\n\nSingle, parallel or unified/joint handling.",
    "type": "string",
    "codelist": "handlingMode.csv",
    "openCodelist": false,
    "enum": [
     "SINGLE",
     "PARALLEL",
     "JOINT"
    ]
   },
   "statutoryLimit": {
    "title": "法定时限",
    "description": "法定办理时限。\n\nStatutory time limit.",
    "$ref": "common.schema.json#/$defs/limit"
   },
   "promisedLimit": {
    "title": "承诺时限",
    "description": "承诺办理时限，通常短于法定时限。\n\nPromised time limit, usually shorter than the statutory one.",
    "$ref": "common.schema.json#/$defs/limit"
   },
   "stages": {
    "title": "办理环节",
    "description": "按顺序排列的办理环节及时限预算。\n\nHandling stages in order with their budgets.",
    "type": "array",
    "items": {
     "title": "环节时限",
     "description": "一个环节及其时限预算。\n\nA stage and its time budget.",
     "type": "object",
     "additionalProperties": false,
     "properties": {
      "stage": {
       "title": "环节",
       "description": "环节代码。\n\nThe stage code.",
       "type": "string",
       "codelist": "stage.csv",
       "openCodelist": true,
       "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
      },
      "budget": {
       "title": "时限",
       "description": "该环节的时限。\n\nThe time budget of the stage.",
       "$ref": "common.schema.json#/$defs/limit"
      },
      "required": {
       "title": "必经环节",
       "description": "是否为必经环节（跳过则为程序违规）。\n\nWhether the stage is required (skipping it violates procedure).",
       "type": "boolean"
      }
     },
     "required": [
      "stage",
      "budget"
     ]
    },
    "minItems": 1
   },
   "separationOfDuties": {
    "title": "受理审批分离",
    "description": "受理人与批准人必须不同。\n\nWhether the person accepting and the person approving must differ.",
    "type": "boolean"
   },
   "materials": {
    "title": "申请材料",
    "description": "申请材料清单。\n\nThe list of required materials.",
    "type": "array",
    "items": {
     "title": "申请材料",
     "description": "一项申请材料。\n\nOne required material.",
     "type": "object",
     "additionalProperties": false,
     "properties": {
      "name": {
       "title": "材料名称",
       "description": "材料名称。\n\nName of the material.",
       "type": "string",
       "minLength": 1,
       "maxLength": 200
      },
      "required": {
       "title": "是否必需",
       "description": "是否为必交材料。\n\nWhether the material is mandatory.",
       "type": "boolean"
      },
      "copies": {
       "title": "份数",
       "description": "所需份数。\n\nNumber of copies.",
       "type": "integer",
       "minimum": 1,
       "maximum": 100
      }
     },
     "required": [
      "name"
     ]
    }
   },
   "free": {
    "title": "是否免费",
    "description": "事项是否不收费。\n\nWhether the item is free of charge.",
    "type": "boolean"
   },
   "fees": {
    "title": "收费标准",
    "description": "收费项目及标准。\n\nFees and their standards.",
    "type": "array",
    "items": {
     "title": "收费标准",
     "description": "事项的一个收费项目及其标准。\n\nOne fee of the item and its standard.",
     "type": "object",
     "additionalProperties": false,
     "properties": {
      "feeCode": {
       "title": "收费项目编码",
       "description": "收费项目编码。\n\nCode of the fee.",
       "type": "string",
       "pattern": "^[A-Za-z0-9._-]{1,40}$"
      },
      "name": {
       "title": "收费项目名称",
       "description": "收费项目名称。\n\nName of the fee.",
       "type": "string",
       "minLength": 1,
       "maxLength": 200
      },
      "standardAmount": {
       "title": "收费标准金额",
       "description": "收费标准（元）。\n\nThe standard amount in yuan.",
       "$ref": "common.schema.json#/$defs/amount"
      },
      "legalBasis": {
       "title": "收费依据",
       "description": "收费的法律或价格主管部门依据。\n\nLegal or pricing basis of the fee.",
       "$ref": "common.schema.json#/$defs/legalBasis"
      }
     },
     "required": [
      "feeCode",
      "name",
      "standardAmount",
      "legalBasis"
     ]
    }
   },
   "online": {
    "title": "可网上办理",
    "description": "是否可全程网上办理。\n\nWhether the item can be handled fully online.",
    "type": "boolean"
   },
   "disclosures": {
    "title": "六公开",
    "description": "各项是否已公开。\n\nWhether each is published.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "content": {
      "title": "办事内容",
      "description": "是否已公开办事内容。\n\nWhether the content is published.",
      "type": "boolean"
     },
     "procedure": {
      "title": "办事程序",
      "description": "是否已公开办事程序。\n\nWhether the procedure is published.",
      "type": "boolean"
     },
     "legalBasis": {
      "title": "办事依据",
      "description": "是否已公开办事依据。\n\nWhether the legal basis is published.",
      "type": "boolean"
     },
     "materials": {
      "title": "申请材料",
      "description": "是否已公开申请材料。\n\nWhether the list of materials is published.",
      "type": "boolean"
     },
     "promisedLimit": {
      "title": "承诺时限",
      "description": "是否已公开承诺时限。\n\nWhether the promised time limit is published.",
      "type": "boolean"
     },
     "feeStandard": {
      "title": "收费标准",
      "description": "是否已公开收费标准。\n\nWhether the fee standard is published.",
      "type": "boolean"
     }
    },
    "required": [
     "content",
     "procedure",
     "legalBasis",
     "materials",
     "promisedLimit",
     "feeStandard"
    ]
   },
   "version": {
    "title": "版本",
    "description": "事项目录版本号。\n\nVersion of the catalogue entry.",
    "type": "string",
    "minLength": 1,
    "maxLength": 20
   },
   "validFrom": {
    "title": "生效日期",
    "description": "本版本生效日期。\n\nDate from which this version applies.",
    "$ref": "common.schema.json#/$defs/date"
   }
  },
  "required": [
   "recordType",
   "id",
   "itemCode",
   "name",
   "itemType",
   "implementingUnitId",
   "regionCode",
   "handlingMode",
   "statutoryLimit",
   "promisedLimit",
   "stages",
   "free",
   "disclosures"
  ]
 },
 "case.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/case.schema.json",
  "title": "办件",
  "description": "一次申请的办理（办件）。办理过程由 event 记录报送；办件记录报送其不变的属性和适用时限的快照。\n\nOne application being handled. Its progress is reported by event records; the case record carries its fixed attributes and a snapshot of the applicable limits.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"case\"。\n\nAlways \"case\".",
    "const": "case"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "caseNumber": {
    "title": "办件编号",
    "description": "对外公开的办件编号，申请人凭此查询。\n\nThe public case number by which the applicant looks up progress.",
    "type": "string",
    "pattern": "^[A-Za-z0-9-]{4,64}$"
   },
   "queryCode": {
    "title": "查询密码",
    "description": "申请人查询办理进度用的查询码。\n\nThe query code the applicant uses together with the case number.",
    "type": "string",
    "pattern": "^[A-Za-z0-9]{4,16}$"
   },
   "itemCode": {
    "title": "事项编码",
    "description": "所办事项的实施编码（引用 item 记录）。\n\nImplementation code of the item (references an item record).",
    "type": "string",
    "pattern": "^[0-9A-Z]{12,40}$",
    "references": "item"
   },
   "itemVersion": {
    "title": "事项版本",
    "description": "受理时适用的事项目录版本。\n\nCatalogue version that applied at acceptance.",
    "type": "string",
    "minLength": 1,
    "maxLength": 20
   },
   "caseType": {
    "title": "办件类型",
    "description": "“六件管理”中的办件类型。\n\nCase type of the six-case management scheme.",
    "type": "string",
    "codelist": "caseType.csv",
    "openCodelist": false,
    "enum": [
     "IMMEDIATE",
     "PROMISED",
     "JOINT",
     "REFERRED",
     "SUPPLEMENT",
     "REPLY"
    ]
   },
   "channel": {
    "title": "申请渠道",
    "description": "申请提交渠道。\n\nChannel through which the application was submitted.",
    "type": "string",
    "codelist": "channel.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "online": {
    "title": "网上办理",
    "description": "是否全程网上办理。\n\nWhether the case is handled fully online.",
    "type": "boolean"
   },
   "handlingUnitId": {
    "title": "承办单位",
    "description": "承办单位的单位标识（unit 记录）。\n\nHandling unit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "acceptingUnitId": {
    "title": "受理单位",
    "description": "受理单位的单位标识（unit 记录）。\n\nAccepting unit (window): identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "regionCode": {
    "title": "行政区划",
    "description": "承办单位所在行政区划。\n\nAdministrative division of the handling unit.",
    "$ref": "common.schema.json#/$defs/regionCode"
   },
   "applicant": {
    "title": "申请人",
    "description": "申请人信息。自然人的证件号码必须以掩码和摘要形式报送（FSJC-PRIV-001）。\n\nThe applicant. A natural person’s identity number is sent only masked and as a keyed digest (FSJC-PRIV-001).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "kind": {
      "title": "申请人类别",
      "description": "自然人或组织。\n\nNatural person or organisation.",
      "type": "string",
      "codelist": "applicantKind.csv",
      "openCodelist": false,
      "enum": [
       "PERSON",
       "ORGANISATION"
      ]
     },
     "name": {
      "title": "名称",
      "description": "组织名称；自然人应掩码，如“张*”（FSJC-PRIV-003）。\n\nOrganisation name; a person’s name should be masked, e.g. “张*” (FSJC-PRIV-003).",
      "type": "string",
      "minLength": 1,
      "maxLength": 200
     },
     "idType": {
      "title": "证件类型",
      "description": "证件类型。\n\nType of identity document.",
      "type": "string",
      "codelist": "idType.csv",
      "openCodelist": true,
      "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
     },
     "idNumber": {
      "title": "证件号码",
      "description": "组织的统一社会信用代码（明文）。自然人的居民身份证号码不得以明文报送（FSJC-PRIV-001）。\n\nAn organisation’s unified social credit code, in clear. A person’s resident ID number must not be sent in clear (FSJC-PRIV-001).",
      "type": "string",
      "minLength": 1,
      "maxLength": 40
     },
     "idNumberMasked": {
      "title": "证件号码掩码",
      "description": "掩码后的证件号码：保留前6位和后4位，其余以*代替。\n\nThe masked identity number: first 6 and last 4 characters kept, the rest replaced by *.",
      "type": "string",
      "pattern": "^[0-9A-Za-z]{0,6}\\*{1,30}[0-9A-Za-z]{0,4}$"
     },
     "idNumberDigest": {
      "title": "证件号码摘要",
      "description": "以城市分发的密钥对证件号码计算的 HMAC-SM3 摘要（64位小写十六进制），用于关联同一申请人而不暴露身份。\n\nHMAC-SM3 of the identity number under a key issued by the city (64 lowercase hex), linking repeat applicants without revealing them.",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     }
    },
    "required": [
     "kind",
     "name",
     "idType"
    ]
   },
   "subject": {
    "title": "申请内容",
    "description": "申请事项的简要内容，不得包含个人身份信息。\n\nA short description of what is applied for, without personal identity data.",
    "type": "string",
    "minLength": 1,
    "maxLength": 500
   },
   "receivedAt": {
    "title": "收件时间",
    "description": "收到申请材料的时间（与 RECEIVED 事件一致）。\n\nWhen the application was received (equal to the RECEIVED event).",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "handlingMode": {
    "title": "办理方式",
    "description": "单独办理、并联审批或统一联合办理。\n\nSingle, parallel or unified/joint handling.",
    "type": "string",
    "codelist": "handlingMode.csv",
    "openCodelist": false,
    "enum": [
     "SINGLE",
     "PARALLEL",
     "JOINT"
    ]
   },
   "statutoryLimit": {
    "title": "法定时限",
    "description": "适用于本办件的法定时限快照；省略时取事项目录。\n\nSnapshot of the statutory limit for this case; taken from the item when omitted.",
    "$ref": "common.schema.json#/$defs/limit"
   },
   "promisedLimit": {
    "title": "承诺时限",
    "description": "适用于本办件的承诺时限快照；省略时取事项目录。\n\nSnapshot of the promised limit for this case; taken from the item when omitted.",
    "$ref": "common.schema.json#/$defs/limit"
   },
   "parentCaseId": {
    "title": "主办件",
    "description": "一站式办理中本子办件所属的主办件。\n\nIn one-stop handling, the main case this sub-case belongs to.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "case"
   },
   "subCaseIds": {
    "title": "子办件",
    "description": "一站式并联办理中分送各部门的子办件。\n\nIn one-stop parallel handling, the sub-cases dispatched to departments.",
    "type": "array",
    "items": {
     "$ref": "common.schema.json#/$defs/id",
     "references": "case"
    },
    "uniqueItems": true
   },
   "dispatchedUnitIds": {
    "title": "分送部门",
    "description": "并联办理中参与的部门。\n\nDepartments taking part in parallel handling.",
    "type": "array",
    "items": {
     "$ref": "common.schema.json#/$defs/id",
     "references": "unit"
    },
    "uniqueItems": true
   }
  },
  "required": [
   "recordType",
   "id",
   "caseNumber",
   "itemCode",
   "caseType",
   "channel",
   "handlingUnitId",
   "regionCode",
   "applicant",
   "receivedAt"
  ]
 },
 "event.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/event.schema.json",
  "title": "办件事件",
  "description": "办件过程中的一个步骤。每个事件记录发生时间、单位、岗位、经办人和意见；各事件类型要求的字段见 FSJC-DATA-030 至 FSJC-DATA-047。\n\nOne step in the handling of a case: when, which unit, post and handler, and the opinion. The fields each event type requires are stated in FSJC-DATA-030 to FSJC-DATA-047.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"event\"。\n\nAlways \"event\".",
    "const": "event"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "caseId": {
    "title": "办件",
    "description": "所属办件的记录标识。\n\nIdentifier of the case record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "case"
   },
   "eventType": {
    "title": "事件类型",
    "description": "事件类型。\n\nThe type of event.",
    "type": "string",
    "codelist": "eventType.csv",
    "openCodelist": false,
    "enum": [
     "RECEIVED",
     "ACCEPTED",
     "NOT_ACCEPTED",
     "SUPPLEMENT_NOTICE",
     "SUPPLEMENT_RECEIVED",
     "STAGE_COMPLETED",
     "EXTENSION_APPROVED",
     "SUSPENSION_STARTED",
     "SUSPENSION_ENDED",
     "DECIDED",
     "CONCLUDED",
     "CERTIFICATE_ISSUED",
     "CERTIFICATE_DELIVERED",
     "WITHDRAWN",
     "TERMINATED",
     "DISPATCHED",
     "RETURNED",
     "FORWARDED"
    ]
   },
   "occurredAt": {
    "title": "发生时间",
    "description": "事件实际发生的时间。\n\nWhen the event actually happened.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "unitId": {
    "title": "办理单位",
    "description": "办理单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "postId": {
    "title": "岗位",
    "description": "办理岗位。\n\nThe post that handled the step.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "post"
   },
   "handlerId": {
    "title": "经办人",
    "description": "经办人（contact 记录）。\n\nThe handler (a contact record).",
    "$ref": "common.schema.json#/$defs/id",
    "references": "contact"
   },
   "handlerName": {
    "title": "经办人姓名",
    "description": "经办人姓名。\n\nName of the handler.",
    "type": "string",
    "minLength": 1,
    "maxLength": 50
   },
   "opinion": {
    "title": "办理意见",
    "description": "办理意见。\n\nThe handler’s opinion.",
    "type": "string",
    "minLength": 1,
    "maxLength": 2000
   },
   "stage": {
    "title": "环节",
    "description": "STAGE_COMPLETED 事件完成的环节。\n\nThe stage completed (STAGE_COMPLETED).",
    "type": "string",
    "codelist": "stage.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "startedAt": {
    "title": "环节开始时间",
    "description": "环节开始时间（可选；默认为上一环节完成时间）。\n\nWhen the stage started (optional; by default the previous stage’s completion).",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "materials": {
    "title": "补正材料",
    "description": "SUPPLEMENT_NOTICE 一次性告知的全部补正材料。\n\nAll materials to supplement, told at once (SUPPLEMENT_NOTICE).",
    "type": "array",
    "items": {
     "type": "string",
     "minLength": 1,
     "maxLength": 200
    },
    "minItems": 1
   },
   "extension": {
    "title": "延长时限",
    "description": "EXTENSION_APPROVED 批准延长的时限。\n\nThe extension approved (EXTENSION_APPROVED).",
    "$ref": "common.schema.json#/$defs/limit"
   },
   "approverId": {
    "title": "批准人",
    "description": "批准延期的负责人。\n\nThe head who approved the extension.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "contact"
   },
   "suspensionType": {
    "title": "特别程序类型",
    "description": "SUSPENSION_STARTED 的特别程序类型（第四十五条）。\n\nType of special procedure (SUSPENSION_STARTED, Art. 45).",
    "type": "string",
    "codelist": "suspensionType.csv",
    "openCodelist": false,
    "enum": [
     "HEARING",
     "TENDERING",
     "AUCTION",
     "INSPECTION",
     "TESTING",
     "QUARANTINE",
     "APPRAISAL",
     "EXPERT_REVIEW"
    ]
   },
   "notifiedDuration": {
    "title": "告知所需时间",
    "description": "书面告知申请人的特别程序所需时间。\n\nThe duration notified to the applicant in writing.",
    "$ref": "common.schema.json#/$defs/limit"
   },
   "suspensionEventId": {
    "title": "对应开始事件",
    "description": "SUSPENSION_ENDED 或 SUPPLEMENT_RECEIVED 对应的开始事件。\n\nThe start event that SUSPENSION_ENDED or SUPPLEMENT_RECEIVED closes.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "event"
   },
   "decision": {
    "title": "决定",
    "description": "DECIDED 的决定结果。\n\nThe decision (DECIDED).",
    "type": "string",
    "codelist": "decision.csv",
    "openCodelist": false,
    "enum": [
     "GRANTED",
     "DENIED"
    ]
   },
   "reasons": {
    "title": "理由",
    "description": "不予受理或不予许可的理由，延期理由。\n\nReasons for not accepting, denying or extending.",
    "type": "string",
    "minLength": 1,
    "maxLength": 2000
   },
   "legalBasis": {
    "title": "法律依据",
    "description": "决定所依据的法律条款。\n\nThe legal provisions the decision rests on.",
    "type": "array",
    "items": {
     "$ref": "common.schema.json#/$defs/legalBasis"
    },
    "minItems": 1
   },
   "certificateNumber": {
    "title": "证件编号",
    "description": "CERTIFICATE_ISSUED 的证照编号。\n\nNumber of the certificate issued.",
    "type": "string",
    "minLength": 1,
    "maxLength": 100
   },
   "deliveryMethod": {
    "title": "送达方式",
    "description": "CERTIFICATE_DELIVERED 的送达方式。\n\nHow the certificate was delivered.",
    "type": "string",
    "codelist": "deliveryMethod.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "toUnitId": {
    "title": "接收单位",
    "description": "DISPATCHED 或 FORWARDED 的接收单位。\n\nReceiving unit (DISPATCHED, FORWARDED).",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "subCaseId": {
    "title": "子办件",
    "description": "DISPATCHED 或 RETURNED 涉及的子办件。\n\nThe sub-case dispatched or returned.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "case"
   }
  },
  "required": [
   "recordType",
   "id",
   "caseId",
   "eventType",
   "occurredAt",
   "unitId"
  ],
  "allOf": [
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "STAGE_COMPLETED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "stage"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "SUPPLEMENT_NOTICE"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "materials"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "EXTENSION_APPROVED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "extension"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "SUSPENSION_STARTED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "suspensionType"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "SUSPENSION_ENDED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "suspensionEventId"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "DECIDED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "decision"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "CERTIFICATE_ISSUED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "certificateNumber"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "DISPATCHED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "toUnitId"
     ]
    }
   },
   {
    "if": {
     "properties": {
      "eventType": {
       "const": "FORWARDED"
      }
     },
     "required": [
      "eventType"
     ]
    },
    "then": {
     "required": [
      "toUnitId"
     ]
    }
   }
  ]
 },
 "fee.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/fee.schema.json",
  "title": "收费",
  "description": "办件上的一笔收费。\n\nOne fee charged on a case.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"fee\"。\n\nAlways \"fee\".",
    "const": "fee"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "caseId": {
    "title": "办件",
    "description": "所属办件。\n\nThe case.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "case"
   },
   "unitId": {
    "title": "收费单位",
    "description": "收费单位的单位标识（unit 记录）。\n\nCharging unit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "feeCode": {
    "title": "收费项目编码",
    "description": "事项收费标准中的收费项目编码。\n\nCode of the fee in the item’s fee standards.",
    "type": "string",
    "pattern": "^[A-Za-z0-9._-]{1,40}$"
   },
   "name": {
    "title": "收费项目名称",
    "description": "收费项目名称。\n\nName of the fee.",
    "type": "string",
    "minLength": 1,
    "maxLength": 200
   },
   "legalBasis": {
    "title": "收费依据",
    "description": "收费依据。\n\nLegal basis of the fee.",
    "$ref": "common.schema.json#/$defs/legalBasis"
   },
   "standardAmount": {
    "title": "标准金额",
    "description": "收费标准金额（元）。\n\nStandard amount in yuan.",
    "$ref": "common.schema.json#/$defs/amount"
   },
   "chargedAmount": {
    "title": "实收金额",
    "description": "实际收取金额（元）。\n\nAmount actually charged, in yuan.",
    "$ref": "common.schema.json#/$defs/amount"
   },
   "receiptNumber": {
    "title": "票据号",
    "description": "收费票据号码。\n\nReceipt number.",
    "type": "string",
    "minLength": 1,
    "maxLength": 64
   },
   "chargedAt": {
    "title": "收费时间",
    "description": "收费时间。\n\nWhen the fee was charged.",
    "$ref": "common.schema.json#/$defs/dateTime"
   }
  },
  "required": [
   "recordType",
   "id",
   "caseId",
   "unitId",
   "name",
   "chargedAmount",
   "chargedAt"
  ]
 },
 "complaint.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/complaint.schema.json",
  "title": "投诉",
  "description": "对办理单位或人员的投诉。\n\nA complaint about a unit or its staff.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"complaint\"。\n\nAlways \"complaint\".",
    "const": "complaint"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "caseId": {
    "title": "办件",
    "description": "相关办件（如有）。\n\nThe related case, if any.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "case"
   },
   "unitId": {
    "title": "被投诉单位",
    "description": "被投诉单位的单位标识（unit 记录）。\n\nUnit complained about: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "contactId": {
    "title": "被投诉人员",
    "description": "被投诉人员（如有）。\n\nThe staff member complained about, if any.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "contact"
   },
   "channel": {
    "title": "投诉渠道",
    "description": "投诉渠道。\n\nChannel of the complaint.",
    "type": "string",
    "codelist": "channel.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "category": {
    "title": "投诉类别",
    "description": "投诉类别。\n\nCategory of the complaint.",
    "type": "string",
    "codelist": "complaintCategory.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "summary": {
    "title": "投诉摘要",
    "description": "投诉内容摘要，不含投诉人身份信息。\n\nSummary of the complaint without the complainant’s identity.",
    "type": "string",
    "minLength": 1,
    "maxLength": 2000
   },
   "receivedAt": {
    "title": "受理时间",
    "description": "投诉受理时间。\n\nWhen the complaint was received.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "dueAt": {
    "title": "答复期限",
    "description": "应答复的时间。\n\nWhen an answer is due.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "answeredAt": {
    "title": "答复时间",
    "description": "答复投诉人的时间。\n\nWhen the complainant was answered.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "substantiated": {
    "title": "是否属实",
    "description": "经查投诉是否属实。\n\nWhether the complaint was found substantiated.",
    "type": "boolean"
   },
   "result": {
    "title": "处理结果",
    "description": "处理结果。\n\nOutcome of the complaint.",
    "type": "string",
    "minLength": 1,
    "maxLength": 2000
   }
  },
  "required": [
   "recordType",
   "id",
   "unitId",
   "channel",
   "category",
   "receivedAt"
  ]
 },
 "evaluation.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/evaluation.schema.json",
  "title": "好差评",
  "description": "申请人对办件的评价（好差评，GB/T 39734）。不满意和非常不满意为差评。\n\nThe applicant’s evaluation of a case (GB/T 39734). Dissatisfied and very dissatisfied are negative evaluations.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"evaluation\"。\n\nAlways \"evaluation\".",
    "const": "evaluation"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "caseId": {
    "title": "办件",
    "description": "被评价的办件。\n\nThe case evaluated.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "case"
   },
   "unitId": {
    "title": "被评价单位",
    "description": "被评价单位的单位标识（unit 记录）。\n\nUnit evaluated: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "contactId": {
    "title": "被评价人员",
    "description": "被评价的窗口人员（如有）。\n\nThe staff member evaluated, if any.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "contact"
   },
   "channel": {
    "title": "评价渠道",
    "description": "评价渠道。\n\nChannel of the evaluation.",
    "type": "string",
    "codelist": "channel.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "scale": {
    "title": "评价级数",
    "description": "评价器的级数：5级（国办发〔2019〕51号）或旧式3级。3级评价只能使用满意、基本满意、不满意。\n\nThe scale of the device: 5 levels, or the legacy 3 levels, which use only satisfied, basically satisfied and dissatisfied.",
    "type": "integer",
    "enum": [
     3,
     5
    ]
   },
   "level": {
    "title": "评价等级",
    "description": "评价等级。\n\nThe evaluation level.",
    "type": "string",
    "codelist": "evaluationLevel.csv",
    "openCodelist": false,
    "enum": [
     "VERY_SATISFIED",
     "SATISFIED",
     "BASICALLY_SATISFIED",
     "DISSATISFIED",
     "VERY_DISSATISFIED"
    ]
   },
   "evaluatedAt": {
    "title": "评价时间",
    "description": "评价时间。\n\nWhen the evaluation was given.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "comment": {
    "title": "评价内容",
    "description": "评价文字，不含评价人身份信息。\n\nThe evaluation text, without the evaluator’s identity.",
    "type": "string",
    "minLength": 1,
    "maxLength": 2000
   },
   "rectifiedAt": {
    "title": "整改时间",
    "description": "差评整改完成的时间。\n\nWhen a negative evaluation was rectified.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "rectification": {
    "title": "整改情况",
    "description": "差评整改情况。\n\nHow a negative evaluation was rectified.",
    "type": "string",
    "minLength": 1,
    "maxLength": 2000
   }
  },
  "required": [
   "recordType",
   "id",
   "unitId",
   "scale",
   "level",
   "evaluatedAt"
  ]
 },
 "observation.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/observation.schema.json",
  "title": "现场监察",
  "description": "视频或现场监察发现的情况，如窗口人员离岗。\n\nA finding of video or on-site monitoring of the hall, such as staff absent from a window.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"observation\"。\n\nAlways \"observation\".",
    "const": "observation"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "unitId": {
    "title": "所在单位",
    "description": "所在单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "contactId": {
    "title": "涉及人员",
    "description": "涉及的工作人员（如已识别）。\n\nThe staff member concerned, if identified.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "contact"
   },
   "windowNumber": {
    "title": "窗口号",
    "description": "窗口编号。\n\nWindow number.",
    "type": "string",
    "minLength": 1,
    "maxLength": 20
   },
   "observationType": {
    "title": "监察类型",
    "description": "发现情况的类型。\n\nType of finding.",
    "type": "string",
    "codelist": "observationType.csv",
    "openCodelist": true,
    "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
   },
   "observedAt": {
    "title": "发现时间",
    "description": "开始观察到该情况的时间。\n\nWhen the situation was first observed.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "durationMinutes": {
    "title": "持续分钟",
    "description": "持续时长（分钟）。\n\nHow long it lasted, in minutes.",
    "type": "integer",
    "minimum": 0,
    "maximum": 1440
   },
   "evidenceRef": {
    "title": "证据编号",
    "description": "视频片段或照片的编号。\n\nIdentifier of the video clip or photo.",
    "type": "string",
    "minLength": 1,
    "maxLength": 200
   },
   "description": {
    "title": "情况描述",
    "description": "情况描述。\n\nDescription.",
    "type": "string",
    "minLength": 1,
    "maxLength": 2000
   }
  },
  "required": [
   "recordType",
   "id",
   "unitId",
   "observationType",
   "observedAt"
  ]
 },
 "signal.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/signal.schema.json",
  "title": "预警信号",
  "description": "监察中心产生的预警信号（提示、预警、黄牌、红牌），作为可交换记录由市中心下发各区。\n\nA signal raised by a monitoring centre (notice, warning, yellow or red card), exchanged so that the city can send it back to districts.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"signal\"。\n\nAlways \"signal\".",
    "const": "signal"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "ruleId": {
    "title": "规则",
    "description": "产生信号的规则标识。\n\nThe rule that raised the signal.",
    "type": "string",
    "pattern": "^[A-Z][A-Z0-9-]{2,40}$"
   },
   "level": {
    "title": "信号等级",
    "description": "信号等级。\n\nSignal level.",
    "type": "string",
    "codelist": "signalLevel.csv",
    "openCodelist": false,
    "enum": [
     "NOTICE",
     "WARNING",
     "YELLOW_CARD",
     "RED_CARD"
    ]
   },
   "status": {
    "title": "状态",
    "description": "信号状态。\n\nSignal status.",
    "type": "string",
    "codelist": "signalStatus.csv",
    "openCodelist": false,
    "enum": [
     "OPEN",
     "NOTIFIED",
     "FEEDBACK_RECEIVED",
     "ESCALATED",
     "CLOSED"
    ]
   },
   "caseId": {
    "title": "办件",
    "description": "涉及的办件（如有）。\n\nThe case concerned, if any.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "case"
   },
   "unitId": {
    "title": "责任单位",
    "description": "责任单位的单位标识（unit 记录）。\n\nResponsible unit: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "contactId": {
    "title": "预警对象",
    "description": "接收信号的联系人。\n\nThe contact the signal targets.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "contact"
   },
   "openedAt": {
    "title": "产生时间",
    "description": "信号产生时间。\n\nWhen the signal was raised.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "dueAt": {
    "title": "督办期限",
    "description": "应纠正或反馈的期限。\n\nWhen correction or feedback is due.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "closedAt": {
    "title": "关闭时间",
    "description": "信号关闭时间。\n\nWhen the signal was closed.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "escalatedFromId": {
    "title": "升级自",
    "description": "由哪个信号升级而来。\n\nThe signal this one escalated from.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "signal"
   },
   "messageCode": {
    "title": "消息代码",
    "description": "信号文字在消息目录中的代码。\n\nCode of the signal’s text in the message catalogue.",
    "type": "string",
    "pattern": "^[a-z][A-Za-z0-9.]{2,80}$"
   },
   "evidence": {
    "title": "证据",
    "description": "产生信号的证据。\n\nEvidence for the signal.",
    "type": "array",
    "items": {
     "title": "证据",
     "description": "信号的一项证据。\n\nOne item of evidence of a signal.",
     "type": "object",
     "additionalProperties": false,
     "properties": {
      "kind": {
       "title": "证据类型",
       "description": "证据类型。\n\nKind of evidence.",
       "type": "string",
       "codelist": "evidenceKind.csv",
       "openCodelist": false,
       "enum": [
        "RECORD",
        "LIMIT",
        "VALUE"
       ]
      },
      "recordType": {
       "title": "记录类型",
       "description": "证据记录的类型。\n\nType of the record.",
       "type": "string",
       "codelist": "recordType.csv",
       "openCodelist": false,
       "enum": [
        "unit",
        "post",
        "contact",
        "item",
        "case",
        "event",
        "fee",
        "complaint",
        "evaluation",
        "observation",
        "signal",
        "feedback",
        "score"
       ]
      },
      "recordId": {
       "title": "记录标识",
       "description": "证据记录的标识。\n\nIdentifier of the record.",
       "$ref": "common.schema.json#/$defs/id"
      },
      "name": {
       "title": "名称",
       "description": "时限或数值的名称。\n\nName of the limit or value.",
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      },
      "value": {
       "title": "值",
       "description": "值，以字符串表示。\n\nThe value, as a string.",
       "type": "string",
       "minLength": 1,
       "maxLength": 500
      }
     },
     "required": [
      "kind"
     ]
    }
   }
  },
  "required": [
   "recordType",
   "id",
   "ruleId",
   "level",
   "status",
   "unitId",
   "openedAt",
   "messageCode"
  ]
 },
 "feedback.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/feedback.schema.json",
  "title": "反馈",
  "description": "对信号的反馈：单位说明理由或整改回告，或监察人员的决定。\n\nFeedback on a signal: a unit’s explanation or rectification report, or a supervisor’s decision.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"feedback\"。\n\nAlways \"feedback\".",
    "const": "feedback"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "signalId": {
    "title": "信号",
    "description": "所反馈的信号。\n\nThe signal.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "signal"
   },
   "kind": {
    "title": "反馈类型",
    "description": "反馈类型。\n\nKind of feedback.",
    "type": "string",
    "codelist": "feedbackKind.csv",
    "openCodelist": false,
    "enum": [
     "EXPLANATION",
     "RECTIFICATION",
     "SUPERVISOR_ACCEPTED",
     "SUPERVISOR_RETURNED",
     "SUPERVISOR_ESCALATED"
    ]
   },
   "unitId": {
    "title": "反馈单位",
    "description": "反馈单位的单位标识（unit 记录）。\n\nUnit giving the feedback: identifier of a unit record.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "unit"
   },
   "contactId": {
    "title": "反馈人",
    "description": "反馈人。\n\nThe person giving the feedback.",
    "$ref": "common.schema.json#/$defs/id",
    "references": "contact"
   },
   "submittedAt": {
    "title": "反馈时间",
    "description": "反馈时间。\n\nWhen the feedback was given.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "content": {
    "title": "内容",
    "description": "反馈内容。\n\nContent of the feedback.",
    "type": "string",
    "minLength": 1,
    "maxLength": 4000
   }
  },
  "required": [
   "recordType",
   "id",
   "signalId",
   "kind",
   "unitId",
   "submittedAt",
   "content"
  ]
 },
 "score.schema.json": {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://fsjc.org.cn/schemas/v1/score.schema.json",
  "title": "测评结果",
  "description": "一个单位、岗位或区在一个周期的绩效测评结果。\n\nThe performance evaluation result of a unit, post or district for one period.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "recordType": {
    "title": "记录类型",
    "description": "固定为 \"score\"。\n\nAlways \"score\".",
    "const": "score"
   },
   "id": {
    "title": "记录标识",
    "description": "记录标识符，在发送系统内唯一，修订之间不变（FSJC-DATA-003）。\n\nThe record identifier, unique within the sending system and unchanged across revisions (FSJC-DATA-003).",
    "$ref": "common.schema.json#/$defs/id"
   },
   "revision": {
    "title": "修订号",
    "description": "修订序号，从1开始；较新修订取代但不覆盖旧修订（FSJC-DATA-004）。\n\nRevision number, starting at 1; a newer revision supersedes but never overwrites an older one (FSJC-DATA-004).",
    "type": "integer",
    "minimum": 1,
    "maximum": 1000000
   },
   "recordedAt": {
    "title": "登记时间",
    "description": "本修订在来源系统中形成的时间。\n\nWhen this revision was written in the source system.",
    "$ref": "common.schema.json#/$defs/dateTime"
   },
   "period": {
    "title": "测评周期",
    "description": "月（2026-10）、季度（2026-Q4）或年（2026）。\n\nMonth (2026-10), quarter (2026-Q4) or year (2026).",
    "type": "string",
    "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"
   },
   "level": {
    "title": "测评层级",
    "description": "测评层级。\n\nLevel of evaluation.",
    "type": "string",
    "codelist": "scoreLevel.csv",
    "openCodelist": false,
    "enum": [
     "DEPARTMENT",
     "POST",
     "DISTRICT",
     "VERTICAL_LINE"
    ]
   },
   "subjectId": {
    "title": "测评对象",
    "description": "被测评的单位、岗位或区（区以区监察中心单位标识表示）。\n\nThe unit, post or district evaluated.",
    "$ref": "common.schema.json#/$defs/id"
   },
   "methodVersion": {
    "title": "方法版本",
    "description": "测评方法的版本号。\n\nVersion of the scoring method.",
    "type": "string",
    "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"
   },
   "score": {
    "title": "总分",
    "description": "总分（小数字符串）。\n\nTotal score (decimal string).",
    "type": "string",
    "pattern": "^-?[0-9]{1,6}(\\.[0-9]{1,4})?$"
   },
   "grade": {
    "title": "等次",
    "description": "测评等次。\n\nGrade.",
    "type": "string",
    "codelist": "grade.csv",
    "openCodelist": false,
    "enum": [
     "EXCELLENT",
     "GOOD",
     "PASS",
     "FAIL"
    ]
   },
   "ranked": {
    "title": "参与排名",
    "description": "案件数达到最低数量、参与排名。\n\nWhether the subject had enough cases to be ranked.",
    "type": "boolean"
   },
   "rank": {
    "title": "名次",
    "description": "名次（参与排名时）。\n\nRank, when ranked.",
    "type": "integer",
    "minimum": 1
   },
   "caseCount": {
    "title": "办件数",
    "description": "计入的办件数。\n\nNumber of cases counted.",
    "type": "integer",
    "minimum": 0
   },
   "indicators": {
    "title": "指标",
    "description": "各指标的值和得分。\n\nEach indicator’s value and points.",
    "type": "array",
    "items": {
     "title": "指标得分",
     "description": "一个指标的值和得分。\n\nOne indicator’s value and points.",
     "type": "object",
     "additionalProperties": false,
     "properties": {
      "indicatorId": {
       "title": "指标",
       "description": "指标标识。\n\nIndicator identifier.",
       "type": "string",
       "pattern": "^[a-z][A-Za-z0-9]{1,60}$"
      },
      "value": {
       "title": "指标值",
       "description": "指标值（小数字符串）。\n\nIndicator value (decimal string).",
       "type": "string",
       "pattern": "^-?[0-9]{1,12}(\\.[0-9]{1,6})?$"
      },
      "points": {
       "title": "得分",
       "description": "该指标得分（小数字符串）。\n\nPoints from this indicator (decimal string).",
       "type": "string",
       "pattern": "^-?[0-9]{1,6}(\\.[0-9]{1,4})?$"
      }
     },
     "required": [
      "indicatorId",
      "value",
      "points"
     ]
    }
   },
   "computedAt": {
    "title": "计算时间",
    "description": "计算时间。\n\nWhen the score was computed.",
    "$ref": "common.schema.json#/$defs/dateTime"
   }
  },
  "required": [
   "recordType",
   "id",
   "period",
   "level",
   "subjectId",
   "methodVersion",
   "score",
   "grade",
   "ranked",
   "computedAt"
  ]
 }
};
