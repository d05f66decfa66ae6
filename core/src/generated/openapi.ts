// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
/* eslint-disable */
/** The OpenAPI 3.1 document of the centre's API: the same as schemas/v1/openapi.json, served at GET /openapi.json. */
export const OPENAPI: Record<string, unknown> = {
 "openapi": "3.1.0",
 "x-fsjc-generated": "DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`. Sources: schemas/v1/*.schema.json, schemas/v1/api/*.schema.json and schemas/v1/api/routes.json.",
 "info": {
  "title": "FSJC 接收中心接口 Receiving-centre API",
  "summary": "行政审批电子监察数据交换标准第15章的交换、查询、纠错、推送、公众查询和管理接口。The exchange, query, correction, push, public and administration interface of clause 15 of the FSJC standard.",
  "description": "本文档是第15章接收中心接口的机器可读描述，由 schemas/ 下的 JSON Schema 和本文件生成。每个操作以 x-fsjc-requirements 列出所实现的要求，以 x-fsjc-roles 列出可使用的角色。除 security 为空的操作外，每个请求应在 Authorization 头中以 Bearer 方式携带访问令牌（FSJC-API-001）。错误响应均为 application/problem+json（FSJC-API-020），x-fsjc-codes 列出各状态码下可能的代码。\n\nThis document is the machine-readable description of the receiving-centre interface of clause 15, generated from the JSON Schemas under schemas/ and this file. Every operation lists the requirements it implements in x-fsjc-requirements and the roles that may use it in x-fsjc-roles. Except for operations with an empty security, every request carries an access token in the Authorization header with the Bearer scheme (FSJC-API-001). Every error is application/problem+json (FSJC-API-020); x-fsjc-codes lists the codes each status may carry.",
  "version": "1.0.0",
  "license": {
   "name": "Apache-2.0",
   "identifier": "Apache-2.0"
  }
 },
 "tags": [
  {
   "name": "centre",
   "description": "接收中心信息、运行状态、指标、本文档和日志校验。\n\nWhat the centre publishes about itself, health, metrics, this document and the log check."
  },
  {
   "name": "exchange",
   "description": "报送批次和查询批次状态（FSJC-API-002 至 FSJC-API-016）。\n\nSubmitting batches and looking up their status (FSJC-API-002 to FSJC-API-016)."
  },
  {
   "name": "query",
   "description": "在使用者范围内查询办件、记录和组织登记（FSJC-API-042）。\n\nQuerying cases, records and the registry within the user's scope (FSJC-API-042)."
  },
  {
   "name": "signals",
   "description": "信号、纠错流程和信号推送（FSJC-API-043、FSJC-API-051）。\n\nSignals, the correction workflow and the signal stream (FSJC-API-043, FSJC-API-051)."
  },
  {
   "name": "scores",
   "description": "测评结果（FSJC-API-061）。\n\nScores (FSJC-API-061)."
  },
  {
   "name": "public",
   "description": "公众查询，不需要令牌（FSJC-API-060）。\n\nPublic look-ups, without a token (FSJC-API-060)."
  },
  {
   "name": "admin",
   "description": "管理：令牌、订阅、发件箱和审计（只限管理员）。\n\nAdministration: tokens, subscriptions, the outbox and the audit trail (administrators only)."
  }
 ],
 "security": [
  {
   "bearerAuth": []
  }
 ],
 "paths": {
  "/v1/batches": {
   "post": {
    "operationId": "submitBatch",
    "tags": [
     "exchange"
    ],
    "summary": "提交批次 Submit a batch",
    "description": "以批次的一种序列化形式提交（FSJC-API-002）。默认整批接受或拒绝；acceptance=per-record 时逐条接受并在回执中列出未接受的记录（FSJC-API-003）。批次及其投影在同一事务中提交后才返回签名回执（FSJC-API-010 至 FSJC-API-012）；重发的批次以 200 返回原回执（FSJC-API-013）。也接受媒体类型别名 application/ndjson、application/jsonl 和 text/xml。\n\nSubmits one serialisation of a batch (FSJC-API-002). By default the batch is accepted or refused as a whole; with acceptance=per-record records are accepted one by one and those not accepted are listed in the receipt (FSJC-API-003). The signed receipt comes only after the batch and its projection have been committed in one transaction (FSJC-API-010 to FSJC-API-012); a resent batch gets its original receipt with 200 (FSJC-API-013). The aliases application/ndjson, application/jsonl and text/xml are accepted too.",
    "parameters": [
     {
      "name": "acceptance",
      "in": "query",
      "description": "all（默认）：整批接受或拒绝；per-record：逐条接受（FSJC-API-003、FSJC-ENV-013）。\n\nall (default): the batch is accepted or refused whole; per-record: record by record (FSJC-API-003, FSJC-ENV-013).",
      "schema": {
       "type": "string",
       "enum": [
        "all",
        "per-record"
       ],
       "default": "all"
      }
     }
    ],
    "requestBody": {
     "description": "批次，按收到的原样（字节）保存在日志中；重发时应发送相同的字节。\n\nThe batch, kept in the log exactly as received (its bytes); resend the same bytes.",
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/Batch"
       }
      },
      "application/x-ndjson": {
       "schema": {
        "type": "string",
        "format": "binary",
        "description": "第一行为 {\"header\": {...}}，其后每行一条记录（UTF-8）。\n\nThe first line is {\"header\": {...}}, then one record per line (UTF-8)."
       }
      },
      "application/xml": {
       "schema": {
        "type": "string",
        "format": "binary",
        "description": "XML 形式的批次（第8章），编码按其声明（UTF-8、GB18030 或 GBK），不得含 DOCTYPE。\n\nThe XML form of the batch (clause 8), in the encoding it declares (UTF-8, GB18030 or GBK), without a DOCTYPE."
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "重发的批次：原回执（FSJC-API-013）。\n\nA resent batch: the original receipt (FSJC-API-013).",
      "headers": {
       "Location": {
        "$ref": "#/components/headers/Location"
       },
       "fsjc-replayed": {
        "$ref": "#/components/headers/FsjcReplayed"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Receipt"
        },
        "examples": {
         "receipt": {
          "$ref": "#/components/examples/receipt"
         }
        }
       }
      }
     },
     "201": {
      "description": "已提交：回执。\n\nCommitted: the receipt.",
      "headers": {
       "Location": {
        "$ref": "#/components/headers/Location"
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Receipt"
        },
        "examples": {
         "receipt": {
          "$ref": "#/components/examples/receipt"
         },
         "partialReceipt": {
          "$ref": "#/components/examples/partialReceipt"
         }
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest、api.unreadable、api.tooDeep、api.dtdForbidden。\n\nBad request: api.badRequest, api.unreadable, api.tooDeep, api.dtdForbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest",
       "api.unreadable",
       "api.tooDeep",
       "api.dtdForbidden"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "unauthorized": {
          "$ref": "#/components/examples/unauthorized"
         }
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden、api.senderMismatch、api.outOfScope、api.recordTypeNotAllowed。\n\nForbidden: api.forbidden, api.senderMismatch, api.outOfScope, api.recordTypeNotAllowed.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden",
       "api.senderMismatch",
       "api.outOfScope",
       "api.recordTypeNotAllowed"
      ]
     },
     "409": {
      "description": "冲突：api.sequenceConflict。\n\nConflict: api.sequenceConflict.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "sequenceConflict": {
          "$ref": "#/components/examples/sequenceConflict"
         }
        }
       }
      },
      "x-fsjc-codes": [
       "api.sequenceConflict"
      ]
     },
     "413": {
      "description": "请求体过大：api.bodyTooLarge、api.tooManyRecords。\n\nContent too large: api.bodyTooLarge, api.tooManyRecords.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.bodyTooLarge",
       "api.tooManyRecords"
      ]
     },
     "415": {
      "description": "媒体类型不支持：api.mediaType。\n\nUnsupported media type: api.mediaType.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.mediaType"
      ]
     },
     "422": {
      "description": "内容不能处理：api.invalidBatch、api.unsupportedVersion。\n\nUnprocessable content: api.invalidBatch, api.unsupportedVersion.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        },
        "examples": {
         "invalidBatch": {
          "$ref": "#/components/examples/invalidBatch"
         }
        }
       }
      },
      "x-fsjc-codes": [
       "api.invalidBatch",
       "api.unsupportedVersion"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     },
     "503": {
      "description": "暂不可用：api.unavailable。\n\nUnavailable: api.unavailable.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unavailable"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-002",
     "FSJC-API-003",
     "FSJC-API-010",
     "FSJC-API-011",
     "FSJC-API-012",
     "FSJC-API-013",
     "FSJC-API-014",
     "FSJC-API-015",
     "FSJC-API-020",
     "FSJC-API-021",
     "FSJC-API-022",
     "FSJC-API-023",
     "FSJC-API-024",
     "FSJC-API-030",
     "FSJC-API-041"
    ],
    "x-fsjc-roles": [
     "system",
     "admin"
    ]
   },
   "get": {
    "operationId": "findBatch",
    "tags": [
     "exchange"
    ],
    "summary": "按批次序号或幂等键查询批次状态 Batch status by sequence number or idempotency key",
    "description": "按发送系统和批次序号或幂等键查询（FSJC-API-016）。发送系统的令牌总是查询自己的批次，不需 senderSystemId。\n\nLooks a batch up by sending system with its sequence number or idempotency key (FSJC-API-016). A system's token always looks up its own batches and needs no senderSystemId.",
    "parameters": [
     {
      "name": "senderSystemId",
      "in": "query",
      "description": "发送系统（发送系统令牌不需要）。\n\nThe sending system (not needed with a system's token).",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     },
     {
      "name": "sequenceNumber",
      "in": "query",
      "description": "批次序号。\n\nThe batch sequence number.",
      "schema": {
       "type": "integer",
       "minimum": 1
      }
     },
     {
      "name": "idempotencyKey",
      "in": "query",
      "description": "幂等键（给出时优先于批次序号）。\n\nThe idempotency key (takes precedence over the sequence number).",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "批次状态。\n\nThe batch status.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/BatchStatus"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-016"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "system"
    ]
   }
  },
  "/v1/batches/{seq}": {
   "get": {
    "operationId": "getBatch",
    "tags": [
     "exchange"
    ],
    "summary": "按日志位置查询批次状态 Batch status by log position",
    "description": "批次的日志位置、接收时间、记录数、未接受的记录和回执（FSJC-API-016）。发送系统只能查询自己的批次；他人的批次与不存在的作相同答复（404）。\n\nThe batch's log position, time of receipt, record count, records not accepted and receipt (FSJC-API-016). A sending system sees only its own batches; another's is answered as one that does not exist (404).",
    "parameters": [
     {
      "name": "seq",
      "in": "path",
      "required": true,
      "description": "日志位置（回执中的 logSeq）。\n\nThe log position (logSeq of the receipt).",
      "schema": {
       "type": "integer",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "批次状态。\n\nThe batch status.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/BatchStatus"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-016"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "system"
    ]
   }
  },
  "/v1/centre": {
   "get": {
    "operationId": "getCentre",
    "tags": [
     "centre"
    ],
    "summary": "接收中心信息 What the centre publishes",
    "description": "接收中心标识、标准版本、接受的主版本、回执验证公钥（FSJC-API-012）、限制（FSJC-API-021）和媒体类型（FSJC-API-002）。不需要令牌；带令牌时令牌须有效，否则以401拒绝。\n\nThe centre's identifier, standard version, accepted major versions, receipt verification key (FSJC-API-012), limits (FSJC-API-021) and media types (FSJC-API-002). No token needed; a token sent must be valid, or the request is refused with 401.",
    "responses": {
     "200": {
      "description": "接收中心信息。\n\nWhat the centre publishes.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Centre"
        }
       }
      }
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "security": [],
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-002",
     "FSJC-API-012",
     "FSJC-API-021",
     "FSJC-API-024"
    ]
   }
  },
  "/healthz": {
   "get": {
    "operationId": "getHealth",
    "tags": [
     "centre"
    ],
    "summary": "运行状态 Health",
    "description": "日志头和引擎位置；引擎位置小于日志头表示引擎尚在补算（FSJC-API-050）。不需要令牌；带令牌时令牌须有效，否则以401拒绝。\n\nThe log head and the engine's position; the engine is catching up while its position is below the head (FSJC-API-050). No token needed; a token sent must be valid, or the request is refused with 401.",
    "responses": {
     "200": {
      "description": "运行状态。\n\nHealth.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        }
       }
      }
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "security": [],
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-050"
    ]
   }
  },
  "/metrics": {
   "get": {
    "operationId": "getMetrics",
    "tags": [
     "centre"
    ],
    "summary": "运行指标 Metrics",
    "description": "Prometheus 文本格式的请求数、延迟、批次、日志条目、引擎滞后、未关闭信号和发件箱指标。不需要令牌；带令牌时令牌须有效，否则以401拒绝。\n\nRequests, latency, batches, log entries, engine lag, open signals and outbox counts in Prometheus's text format. No token needed; a token sent must be valid, or the request is refused with 401.",
    "responses": {
     "200": {
      "description": "Prometheus 文本格式 0.0.4。\n\nPrometheus text format 0.0.4.",
      "content": {
       "text/plain": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "security": [],
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-050"
    ]
   }
  },
  "/openapi.json": {
   "get": {
    "operationId": "getOpenApi",
    "tags": [
     "centre"
    ],
    "summary": "本文档 This document",
    "description": "接收中心接口的 OpenAPI 3.1 文档，与 schemas/v1/openapi.json 相同。不需要令牌；带令牌时令牌须有效，否则以401拒绝。\n\nThe OpenAPI 3.1 document of the interface, the same as schemas/v1/openapi.json. No token needed; a token sent must be valid, or the request is refused with 401.",
    "responses": {
     "200": {
      "description": "OpenAPI 文档。\n\nThe OpenAPI document.",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "security": [],
    "x-fsjc-requirements": [
     "FSJC-API-001"
    ]
   }
  },
  "/v1/log/verify": {
   "get": {
    "operationId": "verifyLog",
    "tags": [
     "centre"
    ],
    "summary": "校验日志 Verify the log",
    "description": "重算日志全部条目的链式杂凑，发现任何修改、删除或重排（FSJC-API-030）。\n\nRecomputes the chain hash of every log entry, detecting any alteration, removal or reordering (FSJC-API-030).",
    "responses": {
     "200": {
      "description": "校验结果。\n\nThe result.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/LogVerify"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-030"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre"
    ]
   }
  },
  "/v1/cases": {
   "get": {
    "operationId": "listCases",
    "tags": [
     "query"
    ],
    "summary": "办件列表 List cases",
    "description": "使用者范围内的办件（各取最新修订），按日志顺序分页（FSJC-API-042）。\n\nThe cases within the user's scope (the latest revision of each), paged in log order (FSJC-API-042).",
    "parameters": [
     {
      "$ref": "#/components/parameters/unitId"
     },
     {
      "$ref": "#/components/parameters/regionCode"
     },
     {
      "$ref": "#/components/parameters/limit"
     },
     {
      "$ref": "#/components/parameters/after"
     }
    ],
    "responses": {
     "200": {
      "description": "一页办件。\n\nA page of cases.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CasePage"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-042"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department",
     "system"
    ]
   }
  },
  "/v1/cases/{id}": {
   "get": {
    "operationId": "getCase",
    "tags": [
     "query"
    ],
    "summary": "办件档案 A case with its records",
    "description": "办件及其事件、收费、投诉、好差评和信号。范围外的办件与不存在的作相同答复（404，FSJC-API-042）。\n\nA case with its events, fees, complaints, evaluations and signals. A case outside the user's scope is answered as one that does not exist (404, FSJC-API-042).",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "办件记录标识。\n\nThe case record's identifier.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "办件档案。\n\nThe case file.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CaseFile"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-042"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department",
     "system"
    ]
   }
  },
  "/v1/records/{type}": {
   "get": {
    "operationId": "listRecords",
    "tags": [
     "query"
    ],
    "summary": "按类型查询记录 List records of a type",
    "description": "使用者范围内某一类型的记录，按日志顺序分页（FSJC-API-042）；默认各取最新修订，all=true 时给出每个修订。办件用 GET /v1/cases，信号用 GET /v1/signals，测评结果用 GET /v1/scores。\n\nThe records of one type within the user's scope, paged in log order (FSJC-API-042); the latest revision of each by default, every revision with all=true. Cases are listed by GET /v1/cases, signals by GET /v1/signals, scores by GET /v1/scores.",
    "parameters": [
     {
      "name": "type",
      "in": "path",
      "required": true,
      "description": "记录类型。\n\nThe record type.",
      "schema": {
       "type": "string",
       "enum": [
        "unit",
        "post",
        "contact",
        "item",
        "event",
        "fee",
        "complaint",
        "evaluation",
        "observation",
        "feedback"
       ]
      }
     },
     {
      "name": "caseId",
      "in": "query",
      "description": "只要该办件的。\n\nOnly those of this case.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     },
     {
      "$ref": "#/components/parameters/unitId"
     },
     {
      "$ref": "#/components/parameters/regionCode"
     },
     {
      "name": "all",
      "in": "query",
      "description": "true：每个修订；否则各取最新修订。\n\ntrue: every revision; otherwise the latest of each.",
      "schema": {
       "type": "string",
       "enum": [
        "true",
        "false"
       ],
       "default": "false"
      }
     },
     {
      "$ref": "#/components/parameters/limit"
     },
     {
      "$ref": "#/components/parameters/after"
     }
    ],
    "responses": {
     "200": {
      "description": "一页记录。\n\nA page of records.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RecordPage"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-031",
     "FSJC-API-042"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department",
     "system"
    ]
   }
  },
  "/v1/registry": {
   "get": {
    "operationId": "getRegistry",
    "tags": [
     "query"
    ],
    "summary": "组织登记 The registry",
    "description": "使用者范围内接收中心当前掌握的单位、岗位和人员（FSJC-API-042）。\n\nThe units, posts and contacts the centre holds now, within the user's scope (FSJC-API-042).",
    "responses": {
     "200": {
      "description": "组织登记。\n\nThe registry.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Registry"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-042"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department",
     "system"
    ]
   }
  },
  "/v1/signals": {
   "get": {
    "operationId": "listSignals",
    "tags": [
     "signals"
    ],
    "summary": "信号列表 List signals",
    "description": "使用者范围内的信号（当前状态），按标识分页（FSJC-API-042）。信号由引擎在每个批次提交后增量产生（FSJC-API-050）。\n\nThe signals within the user's scope (their current state), paged by identifier (FSJC-API-042). The engine produces them incrementally after every committed batch (FSJC-API-050).",
    "parameters": [
     {
      "name": "status",
      "in": "query",
      "description": "只要该状态的。\n\nOnly those in this status.",
      "schema": {
       "type": "string",
       "enum": [
        "OPEN",
        "NOTIFIED",
        "FEEDBACK_RECEIVED",
        "ESCALATED",
        "CLOSED"
       ]
      }
     },
     {
      "name": "level",
      "in": "query",
      "description": "只要该级别的。\n\nOnly those of this level.",
      "schema": {
       "type": "string",
       "enum": [
        "NOTICE",
        "WARNING",
        "YELLOW_CARD",
        "RED_CARD"
       ]
      }
     },
     {
      "$ref": "#/components/parameters/unitId"
     },
     {
      "name": "caseId",
      "in": "query",
      "description": "只要该办件的。\n\nOnly those of this case.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     },
     {
      "$ref": "#/components/parameters/limit"
     },
     {
      "$ref": "#/components/parameters/after"
     }
    ],
    "responses": {
     "200": {
      "description": "一页信号。\n\nA page of signals.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/SignalPage"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-042",
     "FSJC-API-050"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department"
    ]
   }
  },
  "/v1/signals/{id}": {
   "get": {
    "operationId": "getSignal",
    "tags": [
     "signals"
    ],
    "summary": "信号详情 A signal with its feedback",
    "description": "信号的当前状态及对它的反馈和处理（FSJC-API-043）。范围外的信号与不存在的作相同答复（404，FSJC-API-042）。\n\nA signal's current state with the feedback and decisions on it (FSJC-API-043). A signal outside the user's scope is answered as one that does not exist (404, FSJC-API-042).",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "信号标识。\n\nThe signal identifier.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "信号详情。\n\nThe signal with its feedback.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/SignalDetail"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-042",
     "FSJC-API-043"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department"
    ]
   }
  },
  "/v1/signals/{id}/feedback": {
   "post": {
    "operationId": "giveFeedback",
    "tags": [
     "signals"
    ],
    "summary": "单位反馈 Unit feedback on a signal",
    "description": "信号所指单位说明理由或回告整改（FSJC-API-043）；反馈以 feedback 记录经日志保存，引擎据以改变信号状态。已关闭或已升级的信号不能反馈（409）。\n\nThe unit a signal is addressed to explains or reports its rectification (FSJC-API-043); the feedback is kept through the log as a feedback record, from which the engine changes the signal's state. A closed or escalated signal cannot be answered (409).",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "信号标识。\n\nThe signal identifier.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/FeedbackRequest"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "已保存：反馈记录、回执和处理后的信号。\n\nKept: the feedback record, the receipt and the signal after it.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FeedbackResult"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden、api.signalNotYours。\n\nForbidden: api.forbidden, api.signalNotYours.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden",
       "api.signalNotYours"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "409": {
      "description": "冲突：api.notAnswerable。\n\nConflict: api.notAnswerable.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notAnswerable"
      ]
     },
     "415": {
      "description": "媒体类型不支持：api.mediaType。\n\nUnsupported media type: api.mediaType.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.mediaType"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-043"
    ],
    "x-fsjc-roles": [
     "department",
     "city-department"
    ]
   }
  },
  "/v1/signals/{id}/decision": {
   "post": {
    "operationId": "decideFeedback",
    "tags": [
     "signals"
    ],
    "summary": "监察处理 Supervisor's decision on feedback",
    "description": "监察中心对已反馈的信号作出处理：接受、退回或升级（FSJC-SIG-004、FSJC-API-043）。只有状态为 FEEDBACK_RECEIVED 的信号可以处理（否则409）。\n\nA monitoring centre decides on a signal's feedback: accept, return or escalate (FSJC-SIG-004, FSJC-API-043). Only a signal in status FEEDBACK_RECEIVED can be decided (409 otherwise).",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "信号标识。\n\nThe signal identifier.",
      "schema": {
       "$ref": "#/components/schemas/Id"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/DecisionRequest"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "已保存：处理记录、回执和处理后的信号。\n\nKept: the decision record, the receipt and the signal after it.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FeedbackResult"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "409": {
      "description": "冲突：api.notAnswerable。\n\nConflict: api.notAnswerable.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notAnswerable"
      ]
     },
     "415": {
      "description": "媒体类型不支持：api.mediaType。\n\nUnsupported media type: api.mediaType.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.mediaType"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-043"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre"
    ]
   }
  },
  "/v1/stream/signals": {
   "get": {
    "operationId": "streamSignals",
    "tags": [
     "signals"
    ],
    "summary": "信号推送 Signal stream",
    "description": "以服务器发送事件推送使用者范围内的信号变化（FSJC-API-051）：event 为 signal.opened、signal.escalated、signal.updated 或 signal.closed，data 为信号记录（JSON），id 为变化序号。以 Last-Event-ID（或 after）重新连接的客户端按序收到其后的全部变化；两者都没有时从现在开始。每15秒发送一次注释行保持连接。\n\nPushes the signal changes within the user's scope as server-sent events (FSJC-API-051): event is signal.opened, signal.escalated, signal.updated or signal.closed, data the signal record (JSON), id the change's number. A client reconnecting with Last-Event-ID (or after) receives every later change, in order; with neither it starts from now. A comment line every 15 seconds keeps the connection open.",
    "parameters": [
     {
      "name": "Last-Event-ID",
      "in": "header",
      "description": "最后收到的事件的 id。\n\nThe id of the last event received.",
      "schema": {
       "type": "string",
       "pattern": "^[0-9]+$"
      }
     },
     {
      "name": "after",
      "in": "query",
      "description": "无 Last-Event-ID 时：从该变化序号之后开始。\n\nWithout Last-Event-ID: start after this change number.",
      "schema": {
       "type": "integer",
       "minimum": 0
      }
     }
    ],
    "responses": {
     "200": {
      "description": "事件流。\n\nThe event stream.",
      "content": {
       "text/event-stream": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-051"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department"
    ]
   }
  },
  "/v1/scores": {
   "get": {
    "operationId": "listScores",
    "tags": [
     "scores"
    ],
    "summary": "测评结果 Scores of a period",
    "description": "接收中心保存的一个周期的测评结果，每个层级一份报告，限于使用者范围（FSJC-API-061、FSJC-API-042）。\n\nThe scores the centre keeps for one period, one report per level, within the user's scope (FSJC-API-061, FSJC-API-042).",
    "parameters": [
     {
      "$ref": "#/components/parameters/period"
     },
     {
      "name": "level",
      "in": "query",
      "description": "只要该层级的报告。\n\nOnly the report of this level.",
      "schema": {
       "type": "string",
       "enum": [
        "DEPARTMENT",
        "POST",
        "DISTRICT",
        "VERTICAL_LINE"
       ]
      }
     }
    ],
    "responses": {
     "200": {
      "description": "测评结果。\n\nThe scores.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Scores"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-042",
     "FSJC-API-061"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre",
     "district-centre",
     "city-department",
     "department"
    ]
   }
  },
  "/v1/scores/{period}": {
   "post": {
    "operationId": "computeScores",
    "tags": [
     "scores"
    ],
    "summary": "计算测评结果 Score a period",
    "description": "按第14章计算一个周期各层级的测评结果并保存，取代该周期已保存的结果（FSJC-API-061）。每月开始时接收中心自动计算上月。\n\nScores a period at every level according to clause 14 and keeps the result, replacing what was kept for that period (FSJC-API-061). The centre scores the previous month by itself at the start of each month.",
    "parameters": [
     {
      "name": "period",
      "in": "path",
      "required": true,
      "description": "月（2026-10）、季度（2026-Q4）或年（2026）。\n\nA month (2026-10), a quarter (2026-Q4) or a year (2026).",
      "schema": {
       "type": "string",
       "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"
      }
     }
    ],
    "responses": {
     "201": {
      "description": "已计算并保存。\n\nScored and kept.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ScoreRun"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-061"
    ],
    "x-fsjc-roles": [
     "admin",
     "city-centre"
    ]
   }
  },
  "/public/v1/cases/{caseNumber}": {
   "get": {
    "operationId": "getPublicCase",
    "tags": [
     "public"
    ],
    "summary": "公众查询办件进度 A case's progress, for the public",
    "description": "凭办件号和查询码查询办件进度，不含个人数据；办件号或查询码不符的作相同的404答复（FSJC-API-060）。不需要令牌。\n\nA case's progress by case number and query code, without personal data; a wrong case number and a wrong query code get the same 404 answer (FSJC-API-060). No token needed.",
    "parameters": [
     {
      "name": "caseNumber",
      "in": "path",
      "required": true,
      "description": "办件号。\n\nThe case number.",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "queryCode",
      "in": "query",
      "required": true,
      "description": "申请人收到的查询码。\n\nThe query code the applicant was given.",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "办件进度。\n\nThe case's progress.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/PublicCase"
        }
       }
      }
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "security": [],
    "x-fsjc-requirements": [
     "FSJC-API-060"
    ]
   }
  },
  "/public/v1/rankings": {
   "get": {
    "operationId": "getPublicRankings",
    "tags": [
     "public"
    ],
    "summary": "公开排名 Published rankings",
    "description": "一个周期的测评结果公众版：只含单位层级（部门、区、条线），不含岗位和人员（FSJC-API-060、FSJC-SCO-012）。不需要令牌。\n\nThe public edition of a period's scores: unit levels only (department, district, vertical line), no posts and no people (FSJC-API-060, FSJC-SCO-012). No token needed.",
    "parameters": [
     {
      "$ref": "#/components/parameters/period"
     }
    ],
    "responses": {
     "200": {
      "description": "公众版测评报告。\n\nThe public edition of the scores.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ScoreReport"
        }
       }
      }
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "security": [],
    "x-fsjc-requirements": [
     "FSJC-API-060",
     "FSJC-API-061"
    ]
   }
  },
  "/v1/admin/tokens": {
   "post": {
    "operationId": "issueToken",
    "tags": [
     "admin"
    ],
    "summary": "签发令牌 Issue a token",
    "description": "签发一个访问令牌（FSJC-API-040）。令牌本身只在答复中出现这一次；接收中心只保存其杂凑。\n\nIssues an access token (FSJC-API-040). The token itself appears in this answer only; the centre keeps only its hash.",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TokenGrant"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "已签发：登记和令牌本身。\n\nIssued: the registration and the token itself.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Token"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "415": {
      "description": "媒体类型不支持：api.mediaType。\n\nUnsupported media type: api.mediaType.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.mediaType"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-040"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   },
   "get": {
    "operationId": "listTokens",
    "tags": [
     "admin"
    ],
    "summary": "令牌列表 List tokens",
    "description": "全部令牌的登记（不含令牌本身和杂凑，FSJC-API-040）。\n\nThe registration of every token (neither the token nor its hash, FSJC-API-040).",
    "responses": {
     "200": {
      "description": "令牌。\n\nThe tokens.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TokenPage"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-040"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   }
  },
  "/v1/admin/tokens/{id}": {
   "delete": {
    "operationId": "revokeToken",
    "tags": [
     "admin"
    ],
    "summary": "吊销令牌 Revoke a token",
    "description": "吊销令牌，立即失效（FSJC-API-040）。\n\nRevokes a token; it stops working at once (FSJC-API-040).",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "令牌标识。\n\nThe token identifier.",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "204": {
      "description": "已吊销。\n\nRevoked."
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-040"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   }
  },
  "/v1/admin/subscriptions": {
   "post": {
    "operationId": "addSubscription",
    "tags": [
     "admin"
    ],
    "summary": "创建订阅 Add a webhook subscription",
    "description": "创建 webhook 订阅（FSJC-API-052）：通知和信号变化以 JSON POST 投递，头 x-fsjc-signature 给出以密钥对“时间戳.请求体”计算的 HMAC-SM3。密钥只在答复中出现这一次。\n\nAdds a webhook subscription (FSJC-API-052): notifications and signal changes are delivered as JSON POSTs whose x-fsjc-signature header gives the HMAC-SM3 of \"timestamp.body\" keyed by the secret. The secret appears in this answer only.",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/SubscriptionRequest"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "已创建，含密钥。\n\nAdded, with its secret.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Subscription"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "415": {
      "description": "媒体类型不支持：api.mediaType。\n\nUnsupported media type: api.mediaType.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.mediaType"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-052"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   },
   "get": {
    "operationId": "listSubscriptions",
    "tags": [
     "admin"
    ],
    "summary": "订阅列表 List subscriptions",
    "description": "全部订阅（不含密钥，FSJC-API-052）。\n\nEvery subscription (without its secret, FSJC-API-052).",
    "responses": {
     "200": {
      "description": "订阅。\n\nThe subscriptions.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/SubscriptionPage"
        }
       }
      }
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-052"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   }
  },
  "/v1/admin/subscriptions/{id}": {
   "delete": {
    "operationId": "removeSubscription",
    "tags": [
     "admin"
    ],
    "summary": "停用订阅 Disable a subscription",
    "description": "停用订阅，此后不再投递（FSJC-API-052）。\n\nDisables a subscription; nothing more is delivered to it (FSJC-API-052).",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "订阅标识。\n\nThe subscription identifier.",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "204": {
      "description": "已停用。\n\nDisabled."
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "404": {
      "description": "不存在：api.notFound。\n\nNot found: api.notFound.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.notFound"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-052"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   }
  },
  "/v1/admin/outbox": {
   "get": {
    "operationId": "listOutbox",
    "tags": [
     "admin"
    ],
    "summary": "发件箱 The outbox",
    "description": "发件箱中的 webhook 消息：待投递、已投递或死信（FSJC-API-052）。\n\nThe webhook messages in the outbox: waiting, delivered or dead-lettered (FSJC-API-052).",
    "parameters": [
     {
      "name": "status",
      "in": "query",
      "description": "只要该状态的。\n\nOnly those in this status.",
      "schema": {
       "type": "string",
       "enum": [
        "pending",
        "delivered",
        "dead"
       ]
      }
     },
     {
      "name": "subscriptionId",
      "in": "query",
      "description": "只要该订阅的。\n\nOnly those of this subscription.",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "description": "最多条目数，默认100。\n\nMost items, 100 by default.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "default": 100
      }
     }
    ],
    "responses": {
     "200": {
      "description": "消息。\n\nThe messages.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/OutboxPage"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-052"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   }
  },
  "/v1/admin/outbox/redeliver": {
   "post": {
    "operationId": "redeliverOutbox",
    "tags": [
     "admin"
    ],
    "summary": "重新投递死信 Deliver dead letters again",
    "description": "把一条死信或一个订阅的全部死信重新排入投递（FSJC-API-052）。\n\nQueues one dead letter, or every dead letter of a subscription, for delivery again (FSJC-API-052).",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/RedeliverRequest"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "重新排入的消息数。\n\nHow many were queued again.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Redelivered"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "415": {
      "description": "媒体类型不支持：api.mediaType。\n\nUnsupported media type: api.mediaType.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.mediaType"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-052"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   }
  },
  "/v1/admin/audit": {
   "get": {
    "operationId": "listAudit",
    "tags": [
     "admin"
    ],
    "summary": "审计记录 The audit trail",
    "description": "每个读和写请求的审计记录：时间、令牌、方法、路径、结果和所做的事（FSJC-API-044）。\n\nThe audit row of every read and write request: time, token, method, path, outcome and what was done (FSJC-API-044).",
    "parameters": [
     {
      "name": "tokenId",
      "in": "query",
      "description": "只要该令牌的。\n\nOnly those of this token.",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "action",
      "in": "query",
      "description": "只要该事的，如 batch.submit。\n\nOnly those of this action, e.g. batch.submit.",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "description": "最多条目数，默认100。\n\nMost items, 100 by default.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "default": 100
      }
     }
    ],
    "responses": {
     "200": {
      "description": "审计记录。\n\nThe audit rows.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/AuditPage"
        }
       }
      }
     },
     "400": {
      "description": "请求有误：api.badRequest。\n\nBad request: api.badRequest.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.badRequest"
      ]
     },
     "401": {
      "description": "未认证：api.unauthorized。\n\nUnauthorized: api.unauthorized.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.unauthorized"
      ]
     },
     "403": {
      "description": "无权访问：api.forbidden。\n\nForbidden: api.forbidden.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.forbidden"
      ]
     },
     "500": {
      "description": "内部错误：api.internal。\n\nInternal error: api.internal.",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      },
      "x-fsjc-codes": [
       "api.internal"
      ]
     }
    },
    "x-fsjc-requirements": [
     "FSJC-API-001",
     "FSJC-API-044"
    ],
    "x-fsjc-roles": [
     "admin"
    ]
   }
  }
 },
 "components": {
  "schemas": {
   "Id": {
    "title": "标识符",
    "description": "记录标识符，在发送系统内唯一，不随修订改变；字母、数字及 . _ : - 组成，最长128个字符。\n\nRecord identifier, unique within the sending system and stable across revisions; letters, digits and . _ : -, at most 128 characters.",
    "type": "string",
    "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
   },
   "DateTime": {
    "title": "时间",
    "description": "带时区偏移的 RFC 3339 时间，例如 2026-10-09T09:30:00+08:00。\n\nAn RFC 3339 date-time with an explicit offset, e.g. 2026-10-09T09:30:00+08:00.",
    "type": "string",
    "format": "date-time",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$"
   },
   "Date": {
    "title": "日期",
    "description": "YYYY-MM-DD 格式的日期（北京时间）。\n\nA calendar date YYYY-MM-DD (China Standard Time).",
    "type": "string",
    "format": "date",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
   },
   "RegionCode": {
    "title": "行政区划代码",
    "description": "GB/T 2260 六位行政区划代码。\n\nSix-digit administrative division code per GB/T 2260.",
    "type": "string",
    "pattern": "^[1-8][0-9]{5}$",
    "x-fsjc-codelist": "region.csv",
    "x-fsjc-openCodelist": true
   },
   "Uscc": {
    "title": "统一社会信用代码",
    "description": "GB 32100 的18位统一社会信用代码，含校验码。\n\nThe 18-character unified social credit code of GB 32100, with its check character.",
    "type": "string",
    "pattern": "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"
   },
   "Amount": {
    "title": "金额",
    "description": "人民币金额，单位元，最多两位小数，以字符串表示以免精度损失。\n\nAn amount in yuan (CNY) with at most two decimals, written as a string so that no precision is lost.",
    "type": "string",
    "pattern": "^(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?$"
   },
   "Limit": {
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
      "x-fsjc-codelist": "limitUnit.csv",
      "x-fsjc-openCodelist": false,
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
   "LegalBasis": {
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
   },
   "Header": {
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
      "$ref": "#/components/schemas/Id"
     },
     "senderUnitId": {
      "title": "发送单位",
      "description": "发送系统所属单位（unit 记录）。\n\nThe unit that owns the sending system (a unit record).",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "regionCode": {
      "title": "行政区划",
      "description": "发送单位所在行政区划。\n\nAdministrative division of the sending unit.",
      "$ref": "#/components/schemas/RegionCode"
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
      "$ref": "#/components/schemas/DateTime"
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
        "x-fsjc-codelist": "checksumAlgorithm.csv",
        "x-fsjc-openCodelist": false,
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
   "Batch": {
    "title": "交换批次",
    "description": "一个交换批次：批次头和记录。每条记录按 recordType 适用相应的记录模式。\n\nAn exchange batch: the header and the records. Each record is checked against the schema its recordType names.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "header": {
      "title": "批次头",
      "description": "批次头。\n\nThe batch header.",
      "$ref": "#/components/schemas/Header"
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
         "x-fsjc-codelist": "recordType.csv",
         "x-fsjc-openCodelist": false,
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
          "$ref": "#/components/schemas/Unit"
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
          "$ref": "#/components/schemas/Post"
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
          "$ref": "#/components/schemas/Contact"
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
          "$ref": "#/components/schemas/Item"
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
          "$ref": "#/components/schemas/Case"
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
          "$ref": "#/components/schemas/Event"
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
          "$ref": "#/components/schemas/Fee"
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
          "$ref": "#/components/schemas/Complaint"
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
          "$ref": "#/components/schemas/Evaluation"
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
          "$ref": "#/components/schemas/Observation"
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
          "$ref": "#/components/schemas/Signal"
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
          "$ref": "#/components/schemas/Feedback"
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
          "$ref": "#/components/schemas/Score"
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
   "Unit": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
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
      "x-fsjc-codelist": "unitType.csv",
      "x-fsjc-openCodelist": false,
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
      "x-fsjc-codelist": "adminLevel.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/RegionCode"
     },
     "uscc": {
      "title": "统一社会信用代码",
      "description": "单位的统一社会信用代码。\n\nThe unit’s unified social credit code.",
      "$ref": "#/components/schemas/Uscc"
     },
     "parentUnitId": {
      "title": "上级单位",
      "description": "行政隶属的上级单位（如区部门的区政府监察中心不在此列）。\n\nThe unit this one belongs to, if any.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "counterpartUnitId": {
      "title": "对口上级部门",
      "description": "纵向对口的市直部门（“两纵”：市部门与各区同一部门）。\n\nThe city department this district department reports to vertically (the “two vertical” link).",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
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
      "$ref": "#/components/schemas/Date"
     },
     "validTo": {
      "title": "失效日期",
      "description": "登记失效日期（单位撤并时填写）。\n\nDate after which the unit no longer exists.",
      "$ref": "#/components/schemas/Date"
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
   "Post": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "unitId": {
      "title": "所属单位",
      "description": "所属单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
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
       "x-fsjc-codelist": "stage.csv",
       "x-fsjc-openCodelist": true,
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
   "Contact": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "unitId": {
      "title": "所属单位",
      "description": "所属单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "postIds": {
      "title": "所在岗位",
      "description": "该人员所在岗位的标识。\n\nIdentifiers of the posts this person holds.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Id",
       "x-fsjc-references": "post"
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
       "x-fsjc-codelist": "contactRole.csv",
       "x-fsjc-openCodelist": false,
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
   "Item": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
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
      "x-fsjc-codelist": "itemType.csv",
      "x-fsjc-openCodelist": true,
      "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
     },
     "implementingUnitId": {
      "title": "实施主体",
      "description": "实施主体的单位标识（unit 记录）。\n\nImplementing unit: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "regionCode": {
      "title": "行政区划",
      "description": "实施主体所在行政区划。\n\nAdministrative division of the implementing body.",
      "$ref": "#/components/schemas/RegionCode"
     },
     "legalBasis": {
      "title": "设定依据",
      "description": "事项的设定依据。\n\nLegal basis of the item.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/LegalBasis"
      },
      "minItems": 1
     },
     "handlingMode": {
      "title": "办理方式",
      "description": "单独办理、并联审批或统一联合办理。\n\nSingle, parallel or unified/joint handling.",
      "type": "string",
      "x-fsjc-codelist": "handlingMode.csv",
      "x-fsjc-openCodelist": false,
      "enum": [
       "SINGLE",
       "PARALLEL",
       "JOINT"
      ]
     },
     "statutoryLimit": {
      "title": "法定时限",
      "description": "法定办理时限。\n\nStatutory time limit.",
      "$ref": "#/components/schemas/Limit"
     },
     "promisedLimit": {
      "title": "承诺时限",
      "description": "承诺办理时限，通常短于法定时限。\n\nPromised time limit, usually shorter than the statutory one.",
      "$ref": "#/components/schemas/Limit"
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
         "x-fsjc-codelist": "stage.csv",
         "x-fsjc-openCodelist": true,
         "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
        },
        "budget": {
         "title": "时限",
         "description": "该环节的时限。\n\nThe time budget of the stage.",
         "$ref": "#/components/schemas/Limit"
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
         "$ref": "#/components/schemas/Amount"
        },
        "legalBasis": {
         "title": "收费依据",
         "description": "收费的法律或价格主管部门依据。\n\nLegal or pricing basis of the fee.",
         "$ref": "#/components/schemas/LegalBasis"
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
      "$ref": "#/components/schemas/Date"
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
   "Case": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
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
      "x-fsjc-references": "item"
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
      "x-fsjc-codelist": "caseType.csv",
      "x-fsjc-openCodelist": false,
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
      "x-fsjc-codelist": "channel.csv",
      "x-fsjc-openCodelist": true,
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
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "acceptingUnitId": {
      "title": "受理单位",
      "description": "受理单位的单位标识（unit 记录）。\n\nAccepting unit (window): identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "regionCode": {
      "title": "行政区划",
      "description": "承办单位所在行政区划。\n\nAdministrative division of the handling unit.",
      "$ref": "#/components/schemas/RegionCode"
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
        "x-fsjc-codelist": "applicantKind.csv",
        "x-fsjc-openCodelist": false,
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
        "x-fsjc-codelist": "idType.csv",
        "x-fsjc-openCodelist": true,
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
      "$ref": "#/components/schemas/DateTime"
     },
     "handlingMode": {
      "title": "办理方式",
      "description": "单独办理、并联审批或统一联合办理。\n\nSingle, parallel or unified/joint handling.",
      "type": "string",
      "x-fsjc-codelist": "handlingMode.csv",
      "x-fsjc-openCodelist": false,
      "enum": [
       "SINGLE",
       "PARALLEL",
       "JOINT"
      ]
     },
     "statutoryLimit": {
      "title": "法定时限",
      "description": "适用于本办件的法定时限快照；省略时取事项目录。\n\nSnapshot of the statutory limit for this case; taken from the item when omitted.",
      "$ref": "#/components/schemas/Limit"
     },
     "promisedLimit": {
      "title": "承诺时限",
      "description": "适用于本办件的承诺时限快照；省略时取事项目录。\n\nSnapshot of the promised limit for this case; taken from the item when omitted.",
      "$ref": "#/components/schemas/Limit"
     },
     "parentCaseId": {
      "title": "主办件",
      "description": "一站式办理中本子办件所属的主办件。\n\nIn one-stop handling, the main case this sub-case belongs to.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "case"
     },
     "subCaseIds": {
      "title": "子办件",
      "description": "一站式并联办理中分送各部门的子办件。\n\nIn one-stop parallel handling, the sub-cases dispatched to departments.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Id",
       "x-fsjc-references": "case"
      },
      "uniqueItems": true
     },
     "dispatchedUnitIds": {
      "title": "分送部门",
      "description": "并联办理中参与的部门。\n\nDepartments taking part in parallel handling.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Id",
       "x-fsjc-references": "unit"
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
   "Event": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "caseId": {
      "title": "办件",
      "description": "所属办件的记录标识。\n\nIdentifier of the case record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "case"
     },
     "eventType": {
      "title": "事件类型",
      "description": "事件类型。\n\nThe type of event.",
      "type": "string",
      "x-fsjc-codelist": "eventType.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/DateTime"
     },
     "unitId": {
      "title": "办理单位",
      "description": "办理单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "postId": {
      "title": "岗位",
      "description": "办理岗位。\n\nThe post that handled the step.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "post"
     },
     "handlerId": {
      "title": "经办人",
      "description": "经办人（contact 记录）。\n\nThe handler (a contact record).",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "contact"
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
      "x-fsjc-codelist": "stage.csv",
      "x-fsjc-openCodelist": true,
      "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
     },
     "startedAt": {
      "title": "环节开始时间",
      "description": "环节开始时间（可选；默认为上一环节完成时间）。\n\nWhen the stage started (optional; by default the previous stage’s completion).",
      "$ref": "#/components/schemas/DateTime"
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
      "$ref": "#/components/schemas/Limit"
     },
     "approverId": {
      "title": "批准人",
      "description": "批准延期的负责人。\n\nThe head who approved the extension.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "contact"
     },
     "suspensionType": {
      "title": "特别程序类型",
      "description": "SUSPENSION_STARTED 的特别程序类型（第四十五条）。\n\nType of special procedure (SUSPENSION_STARTED, Art. 45).",
      "type": "string",
      "x-fsjc-codelist": "suspensionType.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/Limit"
     },
     "suspensionEventId": {
      "title": "对应开始事件",
      "description": "SUSPENSION_ENDED 或 SUPPLEMENT_RECEIVED 对应的开始事件。\n\nThe start event that SUSPENSION_ENDED or SUPPLEMENT_RECEIVED closes.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "event"
     },
     "decision": {
      "title": "决定",
      "description": "DECIDED 的决定结果。\n\nThe decision (DECIDED).",
      "type": "string",
      "x-fsjc-codelist": "decision.csv",
      "x-fsjc-openCodelist": false,
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
       "$ref": "#/components/schemas/LegalBasis"
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
      "x-fsjc-codelist": "deliveryMethod.csv",
      "x-fsjc-openCodelist": true,
      "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
     },
     "toUnitId": {
      "title": "接收单位",
      "description": "DISPATCHED 或 FORWARDED 的接收单位。\n\nReceiving unit (DISPATCHED, FORWARDED).",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "subCaseId": {
      "title": "子办件",
      "description": "DISPATCHED 或 RETURNED 涉及的子办件。\n\nThe sub-case dispatched or returned.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "case"
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
   "Fee": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "caseId": {
      "title": "办件",
      "description": "所属办件。\n\nThe case.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "case"
     },
     "unitId": {
      "title": "收费单位",
      "description": "收费单位的单位标识（unit 记录）。\n\nCharging unit: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
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
      "$ref": "#/components/schemas/LegalBasis"
     },
     "standardAmount": {
      "title": "标准金额",
      "description": "收费标准金额（元）。\n\nStandard amount in yuan.",
      "$ref": "#/components/schemas/Amount"
     },
     "chargedAmount": {
      "title": "实收金额",
      "description": "实际收取金额（元）。\n\nAmount actually charged, in yuan.",
      "$ref": "#/components/schemas/Amount"
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
      "$ref": "#/components/schemas/DateTime"
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
   "Complaint": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "caseId": {
      "title": "办件",
      "description": "相关办件（如有）。\n\nThe related case, if any.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "case"
     },
     "unitId": {
      "title": "被投诉单位",
      "description": "被投诉单位的单位标识（unit 记录）。\n\nUnit complained about: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "contactId": {
      "title": "被投诉人员",
      "description": "被投诉人员（如有）。\n\nThe staff member complained about, if any.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "contact"
     },
     "channel": {
      "title": "投诉渠道",
      "description": "投诉渠道。\n\nChannel of the complaint.",
      "type": "string",
      "x-fsjc-codelist": "channel.csv",
      "x-fsjc-openCodelist": true,
      "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
     },
     "category": {
      "title": "投诉类别",
      "description": "投诉类别。\n\nCategory of the complaint.",
      "type": "string",
      "x-fsjc-codelist": "complaintCategory.csv",
      "x-fsjc-openCodelist": true,
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
      "$ref": "#/components/schemas/DateTime"
     },
     "dueAt": {
      "title": "答复期限",
      "description": "应答复的时间。\n\nWhen an answer is due.",
      "$ref": "#/components/schemas/DateTime"
     },
     "answeredAt": {
      "title": "答复时间",
      "description": "答复投诉人的时间。\n\nWhen the complainant was answered.",
      "$ref": "#/components/schemas/DateTime"
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
   "Evaluation": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "caseId": {
      "title": "办件",
      "description": "被评价的办件。\n\nThe case evaluated.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "case"
     },
     "unitId": {
      "title": "被评价单位",
      "description": "被评价单位的单位标识（unit 记录）。\n\nUnit evaluated: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "contactId": {
      "title": "被评价人员",
      "description": "被评价的窗口人员（如有）。\n\nThe staff member evaluated, if any.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "contact"
     },
     "channel": {
      "title": "评价渠道",
      "description": "评价渠道。\n\nChannel of the evaluation.",
      "type": "string",
      "x-fsjc-codelist": "channel.csv",
      "x-fsjc-openCodelist": true,
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
      "x-fsjc-codelist": "evaluationLevel.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/DateTime"
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
      "$ref": "#/components/schemas/DateTime"
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
   "Observation": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "unitId": {
      "title": "所在单位",
      "description": "所在单位的单位标识（unit 记录）。\n\nUnit: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "contactId": {
      "title": "涉及人员",
      "description": "涉及的工作人员（如已识别）。\n\nThe staff member concerned, if identified.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "contact"
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
      "x-fsjc-codelist": "observationType.csv",
      "x-fsjc-openCodelist": true,
      "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
     },
     "observedAt": {
      "title": "发现时间",
      "description": "开始观察到该情况的时间。\n\nWhen the situation was first observed.",
      "$ref": "#/components/schemas/DateTime"
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
   "Signal": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
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
      "x-fsjc-codelist": "signalLevel.csv",
      "x-fsjc-openCodelist": false,
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
      "x-fsjc-codelist": "signalStatus.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "case"
     },
     "unitId": {
      "title": "责任单位",
      "description": "责任单位的单位标识（unit 记录）。\n\nResponsible unit: identifier of a unit record.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "contactId": {
      "title": "预警对象",
      "description": "接收信号的联系人。\n\nThe contact the signal targets.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "contact"
     },
     "openedAt": {
      "title": "产生时间",
      "description": "信号产生时间。\n\nWhen the signal was raised.",
      "$ref": "#/components/schemas/DateTime"
     },
     "dueAt": {
      "title": "督办期限",
      "description": "应纠正或反馈的期限。\n\nWhen correction or feedback is due.",
      "$ref": "#/components/schemas/DateTime"
     },
     "closedAt": {
      "title": "关闭时间",
      "description": "信号关闭时间。\n\nWhen the signal was closed.",
      "$ref": "#/components/schemas/DateTime"
     },
     "escalatedFromId": {
      "title": "升级自",
      "description": "由哪个信号升级而来。\n\nThe signal this one escalated from.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "signal"
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
         "x-fsjc-codelist": "evidenceKind.csv",
         "x-fsjc-openCodelist": false,
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
         "x-fsjc-codelist": "recordType.csv",
         "x-fsjc-openCodelist": false,
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
         "$ref": "#/components/schemas/Id"
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
   "Feedback": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
     },
     "signalId": {
      "title": "信号",
      "description": "所反馈的信号。\n\nThe signal.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "signal"
     },
     "kind": {
      "title": "反馈类型",
      "description": "反馈类型。\n\nKind of feedback.",
      "type": "string",
      "x-fsjc-codelist": "feedbackKind.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "contactId": {
      "title": "反馈人",
      "description": "反馈人。\n\nThe person giving the feedback.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "contact"
     },
     "submittedAt": {
      "title": "反馈时间",
      "description": "反馈时间。\n\nWhen the feedback was given.",
      "$ref": "#/components/schemas/DateTime"
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
   "Score": {
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
      "$ref": "#/components/schemas/Id"
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
      "$ref": "#/components/schemas/DateTime"
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
      "x-fsjc-codelist": "scoreLevel.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/Id"
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
      "x-fsjc-codelist": "grade.csv",
      "x-fsjc-openCodelist": false,
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
      "$ref": "#/components/schemas/DateTime"
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
   },
   "AuditRow": {
    "title": "审计记录",
    "description": "一个读或写请求的审计记录（FSJC-API-044）。\n\nThe audit row of one read or write request (FSJC-API-044).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "at": {
      "title": "时间",
      "description": "请求结束的时间。\n\nWhen the request finished.",
      "$ref": "#/components/schemas/DateTime"
     },
     "tokenId": {
      "title": "令牌",
      "description": "所用令牌的标识；公众请求没有。\n\nThe token used; absent for public requests.",
      "type": "string"
     },
     "method": {
      "title": "方法",
      "description": "HTTP 方法。\n\nThe HTTP method.",
      "type": "string"
     },
     "path": {
      "title": "路径",
      "description": "请求路径和查询串（至多500个字符）。\n\nThe request path and query (at most 500 characters).",
      "type": "string",
      "maxLength": 500
     },
     "status": {
      "title": "状态码",
      "description": "响应的 HTTP 状态码。\n\nThe response's HTTP status code.",
      "type": "integer"
     },
     "action": {
      "title": "所做的事",
      "description": "所做的事，如 batch.submit、signal.feedback、token.issue。\n\nWhat was done, e.g. batch.submit, signal.feedback, token.issue.",
      "type": "string"
     },
     "detail": {
      "title": "详情",
      "description": "所涉对象，如回执号或信号标识。\n\nWhat it concerned, e.g. a receipt number or a signal identifier.",
      "type": "string"
     }
    },
    "required": [
     "at",
     "method",
     "path",
     "status",
     "action"
    ]
   },
   "BatchStatus": {
    "title": "批次状态",
    "description": "一个已提交批次的状态（FSJC-API-016）：日志位置、接收时间、记录数、未接受的记录和回执。\n\nThe status of a committed batch (FSJC-API-016): its log position, time of receipt, record count, records not accepted and receipt.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "logSeq": {
      "title": "日志位置",
      "description": "批次在日志中的位置。\n\nPosition of the batch in the log.",
      "type": "integer",
      "minimum": 1,
      "maximum": 9007199254740991
     },
     "receivedAt": {
      "title": "接收时间",
      "description": "接收中心提交该批次的时间。\n\nWhen the centre committed the batch.",
      "$ref": "#/components/schemas/DateTime"
     },
     "senderSystemId": {
      "title": "发送系统",
      "description": "发送系统。\n\nThe sending system.",
      "$ref": "#/components/schemas/Id"
     },
     "sequenceNumber": {
      "title": "批次序号",
      "description": "批次序号。\n\nThe batch sequence number.",
      "type": "integer",
      "minimum": 1,
      "maximum": 9007199254740991
     },
     "idempotencyKey": {
      "title": "幂等键",
      "description": "幂等键，或“发送系统#批次序号”。\n\nThe idempotency key, or <senderSystemId>#<sequenceNumber>.",
      "type": "string",
      "minLength": 1,
      "maxLength": 200
     },
     "mediaType": {
      "title": "媒体类型",
      "description": "批次的序列化形式：application/json、application/x-ndjson 或 application/xml。\n\nThe serialisation of the batch: application/json, application/x-ndjson or application/xml.",
      "type": "string"
     },
     "encoding": {
      "title": "字符编码",
      "description": "请求体的字符编码（utf-8，或 XML 所声明的 gb18030、gbk）。\n\nCharacter encoding of the body (utf-8, or the gb18030 or gbk an XML batch declares).",
      "type": "string"
     },
     "bytes": {
      "title": "字节数",
      "description": "请求体的字节数。\n\nSize of the body in bytes.",
      "type": "integer",
      "minimum": 0
     },
     "recordCount": {
      "title": "记录数",
      "description": "批次中的记录数。\n\nNumber of records in the batch.",
      "type": "integer",
      "minimum": 0
     },
     "rejected": {
      "title": "未接受的记录",
      "description": "未接受的记录在批次中的位置（从0开始）；代码见回执。\n\nPositions (from 0) of the records not accepted; their codes are in the receipt.",
      "type": "array",
      "items": {
       "type": "integer",
       "minimum": 0
      }
     },
     "hash": {
      "title": "链式杂凑",
      "description": "日志条目的链式杂凑（SM3，小写十六进制）。\n\nChain hash of the log entry (SM3, lowercase hex).",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     },
     "prevHash": {
      "title": "前一杂凑",
      "description": "前一日志条目的链式杂凑。\n\nChain hash of the entry before.",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     },
     "receipt": {
      "title": "回执",
      "description": "该批次的回执，与提交时返回的相同。\n\nThe batch's receipt, the same as returned when it was submitted.",
      "$ref": "#/components/schemas/Receipt"
     }
    },
    "required": [
     "logSeq",
     "receivedAt",
     "senderSystemId",
     "sequenceNumber",
     "idempotencyKey",
     "mediaType",
     "encoding",
     "bytes",
     "recordCount",
     "rejected",
     "hash",
     "prevHash",
     "receipt"
    ]
   },
   "CaseFile": {
    "title": "办件档案",
    "description": "一个办件及其全部记录的最新修订和信号（GET /v1/cases/{id}），限于使用者范围（FSJC-API-042）。\n\nA case with the latest revision of each of its records, and its signals (GET /v1/cases/{id}), within the user's scope (FSJC-API-042).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "case": {
      "title": "办件",
      "description": "办件记录。\n\nThe case record.",
      "$ref": "#/components/schemas/Case"
     },
     "events": {
      "title": "办件事件",
      "description": "办件的事件记录。\n\nThe case's event records.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Event"
      }
     },
     "fees": {
      "title": "收费",
      "description": "办件的收费记录。\n\nThe case's fee records.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Fee"
      }
     },
     "complaints": {
      "title": "投诉",
      "description": "关于办件的投诉记录。\n\nComplaint records about the case.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Complaint"
      }
     },
     "evaluations": {
      "title": "好差评",
      "description": "办件的好差评记录。\n\nThe case's evaluation records.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Evaluation"
      }
     },
     "signals": {
      "title": "信号",
      "description": "接收中心就该办件产生的信号（当前状态）。\n\nSignals the centre raised about the case (their current state).",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Signal"
      }
     }
    },
    "required": [
     "case",
     "events",
     "fees",
     "complaints",
     "evaluations",
     "signals"
    ]
   },
   "Centre": {
    "title": "接收中心信息",
    "description": "接收中心公布的自身信息（GET /v1/centre）：标识、标准版本、回执验证公钥（FSJC-API-012）、限制（FSJC-API-021）和接受的媒体类型（FSJC-API-002）。\n\nWhat the receiving centre publishes about itself (GET /v1/centre): its identifier, the standard version, the receipt verification key (FSJC-API-012), its limits (FSJC-API-021) and the media types it accepts (FSJC-API-002).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "centreId": {
      "title": "接收中心",
      "description": "接收中心的登记标识，回执中的 centreId。\n\nThe registered identifier of the centre, the centreId of its receipts.",
      "$ref": "#/components/schemas/Id"
     },
     "standardVersion": {
      "title": "标准版本",
      "description": "接收中心实现的标准版本（语义化版本）。\n\nThe version of the standard the centre implements (semantic version).",
      "type": "string",
      "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"
     },
     "supportedMajors": {
      "title": "接受的主版本",
      "description": "接受的批次主版本（FSJC-VER-003）。\n\nMajor versions of batches accepted (FSJC-VER-003).",
      "type": "array",
      "items": {
       "type": "integer",
       "minimum": 1
      }
     },
     "receiptKey": {
      "title": "回执验证公钥",
      "description": "验证回执签名的公钥（FSJC-API-012）。\n\nThe public key that verifies receipt signatures (FSJC-API-012).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
       "algorithm": {
        "title": "算法",
        "description": "固定为 SM2-SM3。\n\nAlways SM2-SM3.",
        "const": "SM2-SM3"
       },
       "keyId": {
        "title": "密钥标识",
        "description": "密钥标识，回执 signature.keyId 中的值。\n\nThe key identifier, as in a receipt's signature.keyId.",
        "type": "string",
        "pattern": "^[0-9a-f]{16}$"
       },
       "publicKey": {
        "title": "公钥",
        "description": "未压缩的 SM2 公钥（04 开头，130位十六进制）。\n\nThe uncompressed SM2 public key (04 then 128 hexadecimal digits).",
        "type": "string",
        "pattern": "^04[0-9a-fA-F]{128}$"
       }
      },
      "required": [
       "algorithm",
       "keyId",
       "publicKey"
      ]
     },
     "limits": {
      "title": "限制",
      "description": "接收中心接受的批次大小（FSJC-ENV-011、FSJC-API-021）。\n\nThe batch sizes the centre accepts (FSJC-ENV-011, FSJC-API-021).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
       "maxBodyBytes": {
        "title": "最大字节数",
        "description": "请求体最大字节数，超过的以 413 拒绝。\n\nLargest request body in bytes; a larger one is refused with 413.",
        "type": "integer",
        "minimum": 1
       },
       "maxRecords": {
        "title": "最大记录数",
        "description": "每批最大记录数，超过的以 413 拒绝。\n\nMost records in one batch; more are refused with 413.",
        "type": "integer",
        "minimum": 1
       },
       "maxDepth": {
        "title": "最大嵌套层数",
        "description": "JSON 数组和对象或 XML 元素的最大嵌套层数，超过的以 400 拒绝。\n\nDeepest nesting of JSON arrays and objects, or XML elements; deeper is refused with 400.",
        "type": "integer",
        "minimum": 1
       }
      },
      "required": [
       "maxBodyBytes",
       "maxRecords",
       "maxDepth"
      ]
     },
     "mediaTypes": {
      "title": "媒体类型",
      "description": "POST /v1/batches 接受的 Content-Type（FSJC-API-002），含别名。\n\nThe Content-Types POST /v1/batches accepts (FSJC-API-002), aliases included.",
      "type": "array",
      "items": {
       "type": "string"
      }
     }
    },
    "required": [
     "centreId",
     "standardVersion",
     "supportedMajors",
     "receiptKey",
     "limits",
     "mediaTypes"
    ]
   },
   "DecisionRequest": {
    "title": "监察处理",
    "description": "监察中心对单位反馈的处理：接受、退回或升级（POST /v1/signals/{id}/decision，FSJC-SIG-004、FSJC-API-043）。\n\nA monitoring centre's decision on a unit's feedback: accept, return or escalate (POST /v1/signals/{id}/decision, FSJC-SIG-004, FSJC-API-043).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "decision": {
      "title": "处理",
      "description": "ACCEPTED（接受）、RETURNED（退回）或 ESCALATED（升级）。\n\nACCEPTED, RETURNED or ESCALATED.",
      "type": "string",
      "enum": [
       "ACCEPTED",
       "RETURNED",
       "ESCALATED"
      ]
     },
     "content": {
      "title": "意见",
      "description": "处理意见；没有时以处理类型代替。\n\nThe reasons; the kind of decision when absent.",
      "type": "string",
      "minLength": 1,
      "maxLength": 4000
     }
    },
    "required": [
     "decision"
    ]
   },
   "FeedbackRequest": {
    "title": "单位反馈",
    "description": "信号所指单位对信号的反馈：说明理由或整改回告（POST /v1/signals/{id}/feedback，FSJC-API-043）。\n\nFeedback from the unit a signal is addressed to: an explanation or a rectification report (POST /v1/signals/{id}/feedback, FSJC-API-043).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "kind": {
      "title": "反馈类型",
      "description": "EXPLANATION（说明理由）或 RECTIFICATION（整改回告）。\n\nEXPLANATION or RECTIFICATION.",
      "type": "string",
      "enum": [
       "EXPLANATION",
       "RECTIFICATION"
      ]
     },
     "content": {
      "title": "内容",
      "description": "说明或所做的整改。\n\nThe explanation, or the correction made.",
      "type": "string",
      "minLength": 1,
      "maxLength": 4000
     },
     "contactId": {
      "title": "反馈人",
      "description": "反馈人（contact 记录）。\n\nThe person giving the feedback (a contact record).",
      "$ref": "#/components/schemas/Id"
     }
    },
    "required": [
     "kind",
     "content"
    ]
   },
   "FeedbackResult": {
    "title": "反馈结果",
    "description": "反馈或处理经日志保存后的结果：所写的 feedback 记录、其批次的回执和引擎处理后的信号（FSJC-API-043）。\n\nWhat a feedback or decision came to once kept through the log: the feedback record written, the receipt of its batch, and the signal after the engine applied it (FSJC-API-043).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "feedback": {
      "title": "反馈记录",
      "description": "接收中心以自身名义写入日志的 feedback 记录。\n\nThe feedback record the centre wrote to the log in its own name.",
      "$ref": "#/components/schemas/Feedback"
     },
     "receipt": {
      "title": "回执",
      "description": "包含该记录的批次的回执。\n\nThe receipt of the batch holding the record.",
      "$ref": "#/components/schemas/Receipt"
     },
     "signal": {
      "title": "信号",
      "description": "引擎处理该反馈后的信号。\n\nThe signal after the engine applied the feedback.",
      "$ref": "#/components/schemas/Signal"
     }
    },
    "required": [
     "feedback",
     "receipt",
     "signal"
    ]
   },
   "Health": {
    "title": "运行状态",
    "description": "接收中心的运行状态（GET /healthz）：日志头和引擎已处理到的位置（FSJC-API-050）。\n\nThe centre's health (GET /healthz): the log head and how far the engine has got (FSJC-API-050).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "status": {
      "title": "状态",
      "description": "固定为 ok。\n\nAlways ok.",
      "const": "ok"
     },
     "logHead": {
      "title": "日志头",
      "description": "日志最后一个条目的位置（空日志为0）。\n\nPosition of the last log entry (0 for an empty log).",
      "type": "integer",
      "minimum": 0
     },
     "engineCursor": {
      "title": "引擎位置",
      "description": "引擎已处理到的日志位置；小于日志头表示引擎尚在补算。\n\nThe log position the engine has applied; below the log head while the engine catches up.",
      "type": "integer",
      "minimum": 0
     }
    },
    "required": [
     "status",
     "logHead",
     "engineCursor"
    ]
   },
   "LogVerify": {
    "title": "日志校验结果",
    "description": "按 FSJC-API-030 重算全部日志条目链式杂凑的结果。\n\nThe result of recomputing every log entry's chain hash (FSJC-API-030).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "ok": {
      "title": "完好",
      "description": "日志未被修改、删除或重排时为 true。\n\nTrue when nothing in the log was altered, removed or reordered.",
      "type": "boolean"
     },
     "entries": {
      "title": "条目数",
      "description": "完好时：校验的条目数。\n\nWhen intact: the number of entries checked.",
      "type": "integer",
      "minimum": 0
     },
     "seq": {
      "title": "出错位置",
      "description": "不完好时：第一个不符的条目的位置。\n\nWhen not intact: the position of the first entry that does not match.",
      "type": "integer",
      "minimum": 0
     },
     "reason": {
      "title": "原因",
      "description": "不完好时：不符的原因。\n\nWhen not intact: why it does not match.",
      "type": "string"
     }
    },
    "required": [
     "ok"
    ],
    "if": {
     "properties": {
      "ok": {
       "const": true
      }
     }
    },
    "then": {
     "required": [
      "entries"
     ]
    },
    "else": {
     "required": [
      "seq",
      "reason"
     ]
    }
   },
   "OutboxMessage": {
    "title": "发件箱消息",
    "description": "发件箱中待投递、已投递或转入死信的 webhook 消息（FSJC-API-052）。\n\nA webhook message in the outbox: waiting, delivered or dead-lettered (FSJC-API-052).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "id": {
      "title": "消息标识",
      "description": "消息序号。\n\nThe message number.",
      "type": "integer",
      "minimum": 1
     },
     "subscriptionId": {
      "title": "订阅",
      "description": "投递到的订阅。\n\nThe subscription it goes to.",
      "type": "string"
     },
     "eventType": {
      "title": "事件类型",
      "description": "事件类型，如 signal.opened、notification。\n\nEvent type, e.g. signal.opened, notification.",
      "type": "string"
     },
     "payload": {
      "title": "内容",
      "description": "作为请求体投递的 JSON 文本。\n\nThe JSON text delivered as the body.",
      "type": "string"
     },
     "createdAt": {
      "title": "写入时间",
      "description": "写入发件箱的时间。\n\nWhen it was written to the outbox.",
      "$ref": "#/components/schemas/DateTime"
     },
     "attempts": {
      "title": "尝试次数",
      "description": "已尝试投递的次数。\n\nDelivery attempts made.",
      "type": "integer",
      "minimum": 0
     },
     "nextAttemptAt": {
      "title": "下次尝试",
      "description": "下次尝试投递的时间。\n\nWhen the next attempt is due.",
      "$ref": "#/components/schemas/DateTime"
     },
     "status": {
      "title": "状态",
      "description": "pending（待投递）、delivered（已投递）或 dead（死信）。\n\npending, delivered or dead.",
      "type": "string",
      "enum": [
       "pending",
       "delivered",
       "dead"
      ]
     },
     "lastError": {
      "title": "最近错误",
      "description": "最近一次投递失败的原因。\n\nWhy the last attempt failed.",
      "type": "string"
     },
     "deliveredAt": {
      "title": "投递时间",
      "description": "投递成功的时间。\n\nWhen it was delivered.",
      "$ref": "#/components/schemas/DateTime"
     }
    },
    "required": [
     "id",
     "subscriptionId",
     "eventType",
     "payload",
     "createdAt",
     "attempts",
     "nextAttemptAt",
     "status"
    ]
   },
   "Problem": {
    "title": "问题详情",
    "description": "接收中心的错误响应：RFC 9457 问题详情，媒体类型 application/problem+json（FSJC-API-020）。\n\nAn error response of the receiving centre: RFC 9457 problem details, media type application/problem+json (FSJC-API-020).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "type": {
      "title": "问题类型",
      "description": "https://fsjc.org.cn/errors/ 加代码。\n\nhttps://fsjc.org.cn/errors/ followed by the code.",
      "type": "string",
      "format": "uri",
      "pattern": "^https://fsjc\\.org\\.cn/errors/"
     },
     "title": {
      "title": "标题",
      "description": "问题的简短标题（即代码）。\n\nShort title of the problem (the code).",
      "type": "string"
     },
     "status": {
      "title": "状态码",
      "description": "HTTP 状态码，与响应的状态码相同。\n\nThe HTTP status code, the same as the response's.",
      "type": "integer",
      "minimum": 400,
      "maximum": 599
     },
     "code": {
      "title": "代码",
      "description": "稳定的代码：接口代码（api.*，如 api.unauthorized）或验证代码（如 schema.required）。\n\nStable code: an API code (api.*, e.g. api.unauthorized) or a validation code (e.g. schema.required).",
      "type": "string",
      "pattern": "^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$"
     },
     "detail": {
      "title": "说明",
      "description": "按 Accept-Language 选择的语言（默认中文）的说明。\n\nThe explanation in the language asked for by Accept-Language (Chinese by default).",
      "type": "string"
     },
     "issues": {
      "title": "验证发现",
      "description": "批次被读取后，使其被拒绝的验证发现（至多200条）。\n\nThe validator's findings that made the batch fail, when it was read (at most 200).",
      "type": "array",
      "items": {
       "title": "验证发现",
       "description": "一项验证发现。\n\nOne finding.",
       "type": "object",
       "additionalProperties": false,
       "properties": {
        "code": {
         "title": "代码",
         "description": "发现的稳定代码（FSJC-VAL-002）。\n\nStable code of the finding (FSJC-VAL-002).",
         "type": "string"
        },
        "severity": {
         "title": "严重程度",
         "description": "严重程度（FSJC-VAL-001）；critical 和 error 为阻断性。\n\nSeverity (FSJC-VAL-001); critical and error are blocking.",
         "type": "string",
         "enum": [
          "critical",
          "error",
          "warning",
          "advisory"
         ]
        },
        "message": {
         "title": "说明",
         "description": "按 Accept-Language 选择的语言的说明。\n\nThe message in the language asked for by Accept-Language.",
         "type": "string"
        },
        "recordIndex": {
         "title": "记录位置",
         "description": "发现所在记录在批次中的位置，从0开始；批次头和整个文件的发现没有。\n\nPosition of the record in the batch, from 0; absent for the header and whole-file findings.",
         "type": "integer",
         "minimum": 0
        },
        "pointer": {
         "title": "位置指针",
         "description": "从批次根开始的 JSON 指针（RFC 6901），如 /records/12/applicant/idNumber。\n\nJSON pointer (RFC 6901) from the batch root, e.g. /records/12/applicant/idNumber.",
         "type": "string"
        },
        "requirement": {
         "title": "要求",
         "description": "发现所引用的本标准要求编号，如 FSJC-DATA-012。\n\nThe requirement of the standard the finding cites, e.g. FSJC-DATA-012.",
         "type": "string",
         "pattern": "^FSJC-[A-Z]+-[0-9]{3}$"
        }
       },
       "required": [
        "code",
        "severity",
        "message"
       ]
      }
     },
     "receipt": {
      "title": "占用序号的回执",
      "description": "批次序号已被另一批次使用时（409，FSJC-API-014）：占用该序号的批次的回执。\n\nFor 409 on a sequence number already used by another batch (FSJC-API-014): the receipt of the batch that holds it.",
      "$ref": "#/components/schemas/Receipt"
     }
    },
    "required": [
     "type",
     "title",
     "status",
     "code",
     "detail"
    ]
   },
   "PublicCase": {
    "title": "办件进度",
    "description": "公众凭办件号和查询码查询的办件进度（GET /public/v1/cases/{caseNumber}，FSJC-API-060），不含申请人或工作人员的个人数据。\n\nA case's progress as the public looks it up by case number and query code (GET /public/v1/cases/{caseNumber}, FSJC-API-060), without personal data of applicants or officials.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "caseNumber": {
      "title": "办件号",
      "description": "办件号。\n\nThe case number.",
      "type": "string",
      "pattern": "^[A-Za-z0-9-]{4,64}$"
     },
     "itemCode": {
      "title": "事项编码",
      "description": "所办事项。\n\nThe item applied for.",
      "type": "string",
      "pattern": "^[0-9A-Z]{12,40}$",
      "x-fsjc-references": "item"
     },
     "caseType": {
      "title": "办件类型",
      "description": "办件类型。\n\nType of case.",
      "type": "string",
      "x-fsjc-codelist": "caseType.csv",
      "x-fsjc-openCodelist": false,
      "enum": [
       "IMMEDIATE",
       "PROMISED",
       "JOINT",
       "REFERRED",
       "SUPPLEMENT",
       "REPLY"
      ]
     },
     "handlingUnitId": {
      "title": "办理单位",
      "description": "办理单位。\n\nThe handling unit.",
      "$ref": "#/components/schemas/Id",
      "x-fsjc-references": "unit"
     },
     "unitName": {
      "title": "单位名称",
      "description": "办理单位的名称（登记中有时）。\n\nName of the handling unit, when the registry has it.",
      "type": "string"
     },
     "receivedAt": {
      "title": "收件时间",
      "description": "收件时间。\n\nWhen the application was received.",
      "$ref": "#/components/schemas/DateTime"
     },
     "finished": {
      "title": "已结束",
      "description": "有不予受理、办结、撤回或终止事件时为 true。\n\nTrue once the case has a refusal, conclusion, withdrawal or termination event.",
      "type": "boolean"
     },
     "finishedAt": {
      "title": "结束时间",
      "description": "结束事件发生的时间。\n\nWhen the ending event occurred.",
      "$ref": "#/components/schemas/DateTime"
     },
     "steps": {
      "title": "步骤",
      "description": "办件的各步骤，按发生时间排序。\n\nThe case's steps, in the order they occurred.",
      "type": "array",
      "items": {
       "title": "步骤",
       "description": "一个步骤（办件事件，不含个人数据）。\n\nOne step (a case event, without personal data).",
       "type": "object",
       "additionalProperties": false,
       "properties": {
        "eventType": {
         "title": "事件类型",
         "description": "事件类型。\n\nType of event.",
         "type": "string",
         "x-fsjc-codelist": "eventType.csv",
         "x-fsjc-openCodelist": false,
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
         "description": "事件发生的时间。\n\nWhen the event occurred.",
         "$ref": "#/components/schemas/DateTime"
        },
        "stage": {
         "title": "环节",
         "description": "事件所属的办理环节。\n\nThe stage of handling the event belongs to.",
         "type": "string",
         "x-fsjc-codelist": "stage.csv",
         "x-fsjc-openCodelist": true,
         "pattern": "^[A-Z][A-Z0-9_]{0,39}$"
        },
        "unitId": {
         "title": "办理单位",
         "description": "办理该步骤的单位。\n\nThe unit that handled the step.",
         "$ref": "#/components/schemas/Id",
         "x-fsjc-references": "unit"
        }
       },
       "required": [
        "eventType",
        "occurredAt",
        "unitId"
       ]
      }
     }
    },
    "required": [
     "caseNumber",
     "itemCode",
     "caseType",
     "handlingUnitId",
     "receivedAt",
     "finished",
     "steps"
    ]
   },
   "Receipt": {
    "title": "回执",
    "description": "接收中心对已提交批次的回执（FSJC-API-010 至 FSJC-API-013）：发送系统保存它，以证明报送了什么、何时报送。由接收中心以 SM2 签名，签名覆盖除 signature 外全部成员按 RFC 8785 规范化后的 JSON（FSJC-API-012）。\n\nThe receiving centre's receipt for a committed batch (FSJC-API-010 to FSJC-API-013): what a sending system keeps to prove what it sent and when. Signed by the centre with SM2 over the RFC 8785 canonical JSON of every member except signature (FSJC-API-012).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "receiptId": {
      "title": "回执号",
      "description": "RC- 加日志位置，在接收中心内唯一。\n\nRC- followed by the log position: unique within the centre.",
      "type": "string",
      "pattern": "^RC-[1-9][0-9]*$"
     },
     "centreId": {
      "title": "接收中心",
      "description": "接收中心的登记标识。\n\nThe registered identifier of the receiving centre.",
      "$ref": "#/components/schemas/Id"
     },
     "logSeq": {
      "title": "日志位置",
      "description": "批次在接收中心只追加日志中的位置（1、2、……）。\n\nPosition of the batch in the centre's append-only log (1, 2, …).",
      "type": "integer",
      "minimum": 1,
      "maximum": 9007199254740991
     },
     "logHash": {
      "title": "链式杂凑",
      "description": "本日志条目的链式杂凑（SM3，小写十六进制，FSJC-API-030）。\n\nChain hash of this log entry (SM3, lowercase hex, FSJC-API-030).",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     },
     "prevHash": {
      "title": "前一杂凑",
      "description": "前一日志条目的链式杂凑（SM3，小写十六进制）。\n\nChain hash of the entry before (SM3, lowercase hex).",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     },
     "receivedAt": {
      "title": "接收时间",
      "description": "接收中心提交该批次的时间。\n\nWhen the centre committed the batch.",
      "$ref": "#/components/schemas/DateTime"
     },
     "senderSystemId": {
      "title": "发送系统",
      "description": "批次头中的发送系统。\n\nThe sending system of the batch header.",
      "$ref": "#/components/schemas/Id"
     },
     "senderUnitId": {
      "title": "发送单位",
      "description": "批次头中的发送单位。\n\nThe sending unit of the batch header.",
      "$ref": "#/components/schemas/Id"
     },
     "sequenceNumber": {
      "title": "批次序号",
      "description": "批次头中的批次序号。\n\nThe sequence number of the batch header.",
      "type": "integer",
      "minimum": 1,
      "maximum": 9007199254740991
     },
     "idempotencyKey": {
      "title": "幂等键",
      "description": "批次头中的幂等键；批次头未给出时为“发送系统#批次序号”（FSJC-ENV-005）。\n\nThe idempotency key of the batch header, or <senderSystemId>#<sequenceNumber> when it had none (FSJC-ENV-005).",
      "type": "string",
      "minLength": 1,
      "maxLength": 200
     },
     "bodyDigest": {
      "title": "请求体杂凑",
      "description": "按收到原样的请求体的 SM3 杂凑（小写十六进制）。\n\nSM3 of the request body exactly as received (lowercase hex).",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     },
     "checksum": {
      "title": "记录校验值",
      "description": "按 FSJC-ENV-008 对收到的全部记录计算的校验值（SM3，小写十六进制）。\n\nThe record checksum of FSJC-ENV-008 (SM3, lowercase hex) over the records as received.",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
     },
     "recordCount": {
      "title": "记录数",
      "description": "批次中的记录数。\n\nNumber of records in the batch.",
      "type": "integer",
      "minimum": 0
     },
     "acceptedCount": {
      "title": "接受数",
      "description": "接受并保存的记录数。\n\nNumber of records accepted and kept.",
      "type": "integer",
      "minimum": 0
     },
     "rejected": {
      "title": "未接受的记录",
      "description": "逐条接受时（FSJC-ENV-013）未接受的记录及其阻断性发现的代码；全部接受时为空。\n\nRecords not accepted under per-record acceptance (FSJC-ENV-013), with the codes of their blocking findings; empty when all were accepted.",
      "type": "array",
      "items": {
       "title": "未接受的记录",
       "description": "一条未接受的记录。\n\nOne record not accepted.",
       "type": "object",
       "additionalProperties": false,
       "properties": {
        "index": {
         "title": "位置",
         "description": "记录在批次中的位置，从0开始。\n\nPosition of the record in the batch, from 0.",
         "type": "integer",
         "minimum": 0
        },
        "id": {
         "title": "记录标识",
         "description": "记录标识（记录给出时）。\n\nThe record identifier, when the record gave one.",
         "type": "string"
        },
        "codes": {
         "title": "代码",
         "description": "阻断性发现的代码，按字母排序。\n\nCodes of the blocking findings, sorted.",
         "type": "array",
         "items": {
          "type": "string"
         }
        }
       },
       "required": [
        "index",
        "codes"
       ]
      }
     },
     "status": {
      "title": "状态",
      "description": "ACCEPTED：全部接受；PARTIAL：部分记录未接受。\n\nACCEPTED: every record accepted; PARTIAL: some records not accepted.",
      "type": "string",
      "enum": [
       "ACCEPTED",
       "PARTIAL"
      ]
     },
     "signature": {
      "title": "签名",
      "description": "接收中心的 SM2 签名（FSJC-API-012）。\n\nThe centre's SM2 signature (FSJC-API-012).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
       "algorithm": {
        "title": "算法",
        "description": "固定为 SM2-SM3：SM2 签名，SM3 杂凑，默认用户标识。\n\nAlways SM2-SM3: an SM2 signature with SM3 and the default user identifier.",
        "const": "SM2-SM3"
       },
       "keyId": {
        "title": "密钥标识",
        "description": "签名公钥的标识：公钥字节 SM3 杂凑的前16位十六进制，与 GET /v1/centre 公布的一致。\n\nNames the signing key: the first 16 hex digits of SM3 over the public key's bytes, as published at GET /v1/centre.",
        "type": "string",
        "pattern": "^[0-9a-f]{16}$"
       },
       "value": {
        "title": "签名值",
        "description": "r‖s，128位十六进制。\n\nr‖s as 128 hexadecimal digits.",
        "type": "string",
        "pattern": "^[0-9a-fA-F]{128}$"
       }
      },
      "required": [
       "algorithm",
       "keyId",
       "value"
      ]
     }
    },
    "required": [
     "receiptId",
     "centreId",
     "logSeq",
     "logHash",
     "prevHash",
     "receivedAt",
     "senderSystemId",
     "senderUnitId",
     "sequenceNumber",
     "idempotencyKey",
     "bodyDigest",
     "checksum",
     "recordCount",
     "acceptedCount",
     "rejected",
     "status",
     "signature"
    ]
   },
   "RedeliverRequest": {
    "title": "重新投递",
    "description": "重新投递死信的请求：一条消息或一个订阅的全部死信（FSJC-API-052）。\n\nA request to deliver dead letters again: one message, or every dead letter of a subscription (FSJC-API-052).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "id": {
      "title": "消息标识",
      "description": "要重新投递的消息。\n\nThe message to deliver again.",
      "type": "integer",
      "minimum": 1
     },
     "subscriptionId": {
      "title": "订阅",
      "description": "重新投递该订阅的全部死信。\n\nDeliver every dead letter of this subscription again.",
      "type": "string"
     }
    },
    "anyOf": [
     {
      "required": [
       "id"
      ]
     },
     {
      "required": [
       "subscriptionId"
      ]
     }
    ]
   },
   "Redelivered": {
    "title": "重新投递结果",
    "description": "重新排入投递的消息数（FSJC-API-052）。\n\nHow many messages were queued for delivery again (FSJC-API-052).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "redelivered": {
      "title": "消息数",
      "description": "重新排入投递的消息数。\n\nNumber of messages queued again.",
      "type": "integer",
      "minimum": 0
     }
    },
    "required": [
     "redelivered"
    ]
   },
   "Registry": {
    "title": "组织登记",
    "description": "接收中心当前掌握的单位、岗位和人员（各取最新修订，GET /v1/registry），限于使用者范围（FSJC-API-042）。\n\nThe units, posts and contacts the centre holds now (the latest revision of each, GET /v1/registry), within the user's scope (FSJC-API-042).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "units": {
      "title": "单位",
      "description": "单位记录。\n\nUnit records.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Unit"
      }
     },
     "posts": {
      "title": "岗位",
      "description": "岗位记录。\n\nPost records.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Post"
      }
     },
     "contacts": {
      "title": "人员",
      "description": "人员记录。\n\nContact records.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Contact"
      }
     }
    },
    "required": [
     "units",
     "posts",
     "contacts"
    ]
   },
   "ScoreReport": {
    "title": "测评报告",
    "description": "一个周期按第14章计算的测评结果：周期、方法和各测评对象的得分、等次、名次和指标（FSJC-API-061）。\n\nThe scores of one period computed according to clause 14: the period, the method, and each subject's score, grade, rank and indicators (FSJC-API-061).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "period": {
      "title": "测评周期",
      "description": "月（2026-10）、季度（2026-Q4）或年（2026）。\n\nMonth (2026-10), quarter (2026-Q4) or year (2026).",
      "type": "string",
      "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"
     },
     "periodKind": {
      "title": "周期类型",
      "description": "MONTH（月）、QUARTER（季度）或 YEAR（年）。\n\nMONTH, QUARTER or YEAR.",
      "type": "string",
      "enum": [
       "MONTH",
       "QUARTER",
       "YEAR"
      ]
     },
     "start": {
      "title": "周期开始",
      "description": "周期开始的时刻（含）。\n\nThe instant the period begins (inclusive).",
      "$ref": "#/components/schemas/DateTime"
     },
     "end": {
      "title": "周期结束",
      "description": "周期结束的时刻（不含）。\n\nThe instant the period ends (exclusive).",
      "$ref": "#/components/schemas/DateTime"
     },
     "asOf": {
      "title": "评价时刻",
      "description": "据以计算的时刻；早于周期结束时结果为中期结果。\n\nThe instant the scores were evaluated at; before the end of the period they are partial.",
      "$ref": "#/components/schemas/DateTime"
     },
     "partial": {
      "title": "中期结果",
      "description": "在周期结束前计算时为 true。\n\nTrue when evaluated before the period ended.",
      "type": "boolean"
     },
     "profile": {
      "title": "配置",
      "description": "适用的城市配置。\n\nThe city profile that applied.",
      "type": "string"
     },
     "methodVersion": {
      "title": "方法版本",
      "description": "测评方法的版本号。\n\nVersion of the scoring method.",
      "type": "string",
      "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"
     },
     "minCases": {
      "title": "最低办件数",
      "description": "参与排名所需的最低办件数。\n\nThe fewest cases a subject needs to be ranked.",
      "type": "integer",
      "minimum": 0
     },
     "previousPeriod": {
      "title": "上一周期",
      "description": "用于计算变化的上一周期。\n\nThe period before, against which changes are computed.",
      "type": "string",
      "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"
     },
     "levels": {
      "title": "测评层级",
      "description": "报告包含的测评层级。\n\nThe levels of evaluation the report covers.",
      "type": "array",
      "items": {
       "title": "测评层级",
       "description": "测评层级。\n\nLevel of evaluation.",
       "type": "string",
       "x-fsjc-codelist": "scoreLevel.csv",
       "x-fsjc-openCodelist": false,
       "enum": [
        "DEPARTMENT",
        "POST",
        "DISTRICT",
        "VERTICAL_LINE"
       ]
      }
     },
     "subjects": {
      "title": "测评对象",
      "description": "逐层给出的测评对象：参与排名的按名次，然后是其余的。\n\nThe subjects level by level: ranked subjects by rank, then the others.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ScoreReportSubject"
      }
     },
     "edition": {
      "title": "版本",
      "description": "公开的排名为公众版（public），只含单位层级（FSJC-SCO-012）。\n\nPublished rankings are the public edition (public), with unit levels only (FSJC-SCO-012).",
      "type": "string",
      "enum": [
       "public",
       "internal"
      ]
     },
     "level": {
      "title": "所存层级",
      "description": "GET /v1/scores 中：本报告所存的层级，subjects 只含该层级。\n\nIn GET /v1/scores: the level this stored report holds; subjects holds that level only.",
      "type": "string",
      "x-fsjc-codelist": "scoreLevel.csv",
      "x-fsjc-openCodelist": false,
      "enum": [
       "DEPARTMENT",
       "POST",
       "DISTRICT",
       "VERTICAL_LINE"
      ]
     },
     "computedAt": {
      "title": "计算时间",
      "description": "GET /v1/scores 中：接收中心计算并保存本报告的时间。\n\nIn GET /v1/scores: when the centre computed and kept this report.",
      "$ref": "#/components/schemas/DateTime"
     }
    },
    "required": [
     "period",
     "periodKind",
     "start",
     "end",
     "asOf",
     "partial",
     "profile",
     "methodVersion",
     "minCases",
     "levels",
     "subjects"
    ]
   },
   "ScoreReportSubject": {
    "title": "测评对象得分",
    "description": "一个测评对象在本周期的得分。\n\nOne subject's score for the period.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "level": {
      "title": "测评层级",
      "description": "测评层级。\n\nLevel of evaluation.",
      "type": "string",
      "x-fsjc-codelist": "scoreLevel.csv",
      "x-fsjc-openCodelist": false,
      "enum": [
       "DEPARTMENT",
       "POST",
       "DISTRICT",
       "VERTICAL_LINE"
      ]
     },
     "subjectId": {
      "title": "测评对象",
      "description": "被测评的单位、岗位或区。\n\nThe unit, post or district evaluated.",
      "$ref": "#/components/schemas/Id"
     },
     "name": {
      "title": "名称",
      "description": "测评对象的名称（登记中有时）。\n\nName of the subject, when the registry has one.",
      "type": "string"
     },
     "parentId": {
      "title": "所属单位",
      "description": "岗位所属的单位。\n\nThe unit of a post.",
      "$ref": "#/components/schemas/Id"
     },
     "caseCount": {
      "title": "办件数",
      "description": "计入的办件数。\n\nNumber of cases counted.",
      "type": "integer",
      "minimum": 0
     },
     "ranked": {
      "title": "参与排名",
      "description": "办件数达到最低数量、参与排名。\n\nWhether the subject had enough cases to be ranked.",
      "type": "boolean"
     },
     "rank": {
      "title": "名次",
      "description": "名次（参与排名时）。\n\nRank, when ranked.",
      "type": "integer",
      "minimum": 1
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
      "x-fsjc-codelist": "grade.csv",
      "x-fsjc-openCodelist": false,
      "enum": [
       "EXCELLENT",
       "GOOD",
       "PASS",
       "FAIL"
      ]
     },
     "cappedBy": {
      "title": "封顶指标",
      "description": "使等次被封顶的指标（FSJC-SCO-008）。\n\nThe indicator whose cap lowered the grade (FSJC-SCO-008).",
      "type": "string"
     },
     "indicators": {
      "title": "指标",
      "description": "各指标的值和得分。\n\nEach indicator's value and points.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ScoreReportIndicator"
      }
     },
     "previous": {
      "title": "上期结果",
      "description": "上一周期的得分、等次和名次。\n\nThe score, grade and rank of the period before.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
       "score": {
        "title": "上期总分",
        "description": "上一周期的总分。\n\nTotal score of the period before.",
        "type": "string",
        "pattern": "^-?[0-9]{1,6}(\\.[0-9]{1,4})?$"
       },
       "grade": {
        "title": "上期等次",
        "description": "上一周期的等次。\n\nGrade of the period before.",
        "type": "string",
        "x-fsjc-codelist": "grade.csv",
        "x-fsjc-openCodelist": false,
        "enum": [
         "EXCELLENT",
         "GOOD",
         "PASS",
         "FAIL"
        ]
       },
       "rank": {
        "title": "上期名次",
        "description": "上一周期的名次（参与排名时）。\n\nRank of the period before, when ranked.",
        "type": "integer",
        "minimum": 1
       }
      },
      "required": [
       "score",
       "grade"
      ]
     },
     "change": {
      "title": "分数变化",
      "description": "本期总分减上期总分（小数字符串）。\n\nScore now minus score in the period before (decimal string).",
      "type": "string",
      "pattern": "^-?[0-9]{1,6}(\\.[0-9]{1,4})?$"
     },
     "rankChange": {
      "title": "名次变化",
      "description": "比上期上升的名次（下降时为负）。\n\nPlaces gained since the period before (negative when lost).",
      "type": "integer"
     }
    },
    "required": [
     "level",
     "subjectId",
     "caseCount",
     "ranked",
     "score",
     "grade",
     "indicators"
    ]
   },
   "ScoreReportIndicator": {
    "title": "指标得分",
    "description": "一个指标的值和得分。\n\nOne indicator's value and points.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "indicatorId": {
      "title": "指标",
      "description": "指标标识。\n\nIndicator identifier.",
      "type": "string",
      "pattern": "^[a-z][A-Za-z0-9]{1,60}$"
     },
     "applicable": {
      "title": "适用",
      "description": "没有可计入的内容、权重分给其他指标时为 false（FSJC-SCO-006）。\n\nFalse when nothing was counted and the indicator's weight went to the others (FSJC-SCO-006).",
      "type": "boolean"
     },
     "numerator": {
      "title": "分子",
      "description": "计入的分子。\n\nThe numerator counted.",
      "type": "number"
     },
     "denominator": {
      "title": "分母",
      "description": "计入的分母。\n\nThe denominator counted.",
      "type": "number"
     },
     "value": {
      "title": "指标值",
      "description": "指标值，6位小数（FSJC-SCO-007）；不适用时没有。\n\nThe value, 6 decimals (FSJC-SCO-007); absent when not applicable.",
      "type": "string",
      "pattern": "^-?[0-9]{1,12}(\\.[0-9]{1,6})?$"
     },
     "points": {
      "title": "得分",
      "description": "该指标得分，2位小数：正数为得分，负数为扣分。\n\nThe points, 2 decimals: positive earned, negative taken off.",
      "type": "string",
      "pattern": "^-?[0-9]{1,6}(\\.[0-9]{1,4})?$"
     }
    },
    "required": [
     "indicatorId",
     "applicable",
     "numerator",
     "denominator",
     "points"
    ]
   },
   "ScoreRun": {
    "title": "测评计算结果",
    "description": "按需计算并保存一个周期的测评结果后的答复（POST /v1/scores/{period}，FSJC-API-061）。\n\nThe answer after scoring a period on demand and keeping the result (POST /v1/scores/{period}, FSJC-API-061).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "period": {
      "title": "测评周期",
      "description": "计算的周期。\n\nThe period scored.",
      "type": "string",
      "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"
     },
     "levels": {
      "title": "测评层级",
      "description": "保存了报告的层级。\n\nThe levels whose reports were kept.",
      "type": "array",
      "items": {
       "title": "测评层级",
       "description": "测评层级。\n\nLevel of evaluation.",
       "type": "string",
       "x-fsjc-codelist": "scoreLevel.csv",
       "x-fsjc-openCodelist": false,
       "enum": [
        "DEPARTMENT",
        "POST",
        "DISTRICT",
        "VERTICAL_LINE"
       ]
      }
     }
    },
    "required": [
     "period",
     "levels"
    ]
   },
   "Scores": {
    "title": "测评结果",
    "description": "接收中心保存的一个周期的测评结果（GET /v1/scores），每个层级一份报告，限于使用者范围（FSJC-API-061、FSJC-API-042）。\n\nThe scores the centre keeps for one period (GET /v1/scores), one report per level, within the user's scope (FSJC-API-061, FSJC-API-042).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "period": {
      "title": "测评周期",
      "description": "所给的周期，未指定时为最近保存的周期；尚未保存任何测评结果时为 null。\n\nThe period asked for, or the latest period kept; null when no scores have been kept yet.",
      "type": [
       "string",
       "null"
      ]
     },
     "levels": {
      "title": "各层级报告",
      "description": "各层级的报告，subjects 只含使用者可见的测评对象。\n\nOne report per level, subjects holding only those the user may see.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ScoreReport"
      }
     }
    },
    "required": [
     "period",
     "levels"
    ]
   },
   "SignalDetail": {
    "title": "信号详情",
    "description": "一个信号的当前状态及对它的反馈和处理（GET /v1/signals/{id}，FSJC-API-043）。\n\nA signal's current state with the feedback and decisions on it (GET /v1/signals/{id}, FSJC-API-043).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "signal": {
      "title": "信号",
      "description": "信号记录（当前状态）。\n\nThe signal record (its current state).",
      "$ref": "#/components/schemas/Signal"
     },
     "feedback": {
      "title": "反馈",
      "description": "对该信号的反馈和处理记录，按日志顺序。\n\nThe feedback and decision records on the signal, in log order.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Feedback"
      }
     }
    },
    "required": [
     "signal",
     "feedback"
    ]
   },
   "SubscriptionRequest": {
    "title": "订阅申请",
    "description": "创建 webhook 订阅的请求（FSJC-API-052）。\n\nA request to create a webhook subscription (FSJC-API-052).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "url": {
      "title": "地址",
      "description": "接收 POST 的 http(s) 地址。\n\nThe http(s) address the POSTs go to.",
      "type": "string",
      "format": "uri",
      "pattern": "^https?://"
     },
     "eventTypes": {
      "title": "事件类型",
      "description": "投递的事件类型；没有或为空表示全部。\n\nEvent types delivered; all when absent or empty.",
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "unitIds": {
      "title": "单位",
      "description": "只投递关于这些单位的事件；没有或为空表示全部。\n\nOnly events about these units; all when absent or empty.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Id"
      }
     },
     "secret": {
      "title": "密钥",
      "description": "HMAC-SM3 密钥；没有时由接收中心生成并在答复中返回。\n\nThe HMAC-SM3 key; made by the centre and returned in the answer when absent.",
      "type": "string"
     }
    },
    "required": [
     "url"
    ]
   },
   "Subscription": {
    "title": "通知订阅",
    "description": "一个 webhook 订阅（FSJC-API-052）。密钥只在创建时返回。\n\nA webhook subscription (FSJC-API-052). Its secret is returned only when it is created.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "id": {
      "title": "订阅标识",
      "description": "订阅标识。\n\nThe subscription identifier.",
      "type": "string",
      "pattern": "^sub_[0-9a-f]{12}$"
     },
     "url": {
      "title": "地址",
      "description": "接收 POST 的 http(s) 地址。\n\nThe http(s) address the POSTs go to.",
      "type": "string",
      "format": "uri"
     },
     "secret": {
      "title": "密钥",
      "description": "创建时：计算 x-fsjc-signature（HMAC-SM3）的密钥。\n\nWhen created: the key of the x-fsjc-signature HMAC-SM3.",
      "type": "string"
     },
     "eventTypes": {
      "title": "事件类型",
      "description": "投递的事件类型，如 signal.opened、notification；为空表示全部。\n\nEvent types delivered, e.g. signal.opened, notification; empty means all.",
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "unitIds": {
      "title": "单位",
      "description": "只投递关于这些单位的事件；为空表示全部。\n\nOnly events about these units; empty means all.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Id"
      }
     },
     "createdAt": {
      "title": "创建时间",
      "description": "创建时间。\n\nWhen the subscription was created.",
      "$ref": "#/components/schemas/DateTime"
     },
     "disabledAt": {
      "title": "停用时间",
      "description": "停用时间。\n\nWhen the subscription was disabled.",
      "$ref": "#/components/schemas/DateTime"
     }
    },
    "required": [
     "id",
     "url",
     "eventTypes",
     "unitIds",
     "createdAt"
    ]
   },
   "TokenGrant": {
    "title": "令牌申请",
    "description": "签发访问令牌的请求：角色和范围（FSJC-API-040）。发送系统须给出 systemId 和 unitId，部门和市直部门须给出 unitId，区监察中心须给出 regionCode。\n\nA request to issue an access token: its role and scope (FSJC-API-040). A system needs systemId and unitId, a department or city department unitId, a district centre regionCode.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "role": {
      "title": "角色",
      "description": "admin（管理员）、city-centre（市监察中心）、district-centre（区监察中心）、city-department（市直部门）、department（部门）或 system（发送系统）。\n\nadmin, city-centre, district-centre, city-department, department or system.",
      "type": "string",
      "enum": [
       "admin",
       "city-centre",
       "district-centre",
       "city-department",
       "department",
       "system"
      ]
     },
     "unitId": {
      "title": "所属单位",
      "description": "持有者所属单位。\n\nThe unit the holder belongs to.",
      "$ref": "#/components/schemas/Id"
     },
     "regionCode": {
      "title": "行政区划",
      "description": "区监察中心或区平台覆盖的行政区划。\n\nThe division a district centre or district platform covers.",
      "$ref": "#/components/schemas/RegionCode"
     },
     "systemId": {
      "title": "发送系统",
      "description": "发送系统令牌可用作 senderSystemId 的标识。\n\nFor a system: the senderSystemId it may submit as.",
      "$ref": "#/components/schemas/Id"
     },
     "label": {
      "title": "说明",
      "description": "令牌的说明；没有时由角色和范围生成。\n\nA label for the token; made from the role and scope when absent.",
      "type": "string"
     }
    },
    "required": [
     "role"
    ]
   },
   "Token": {
    "title": "访问令牌",
    "description": "一个访问令牌的登记：角色和范围（FSJC-API-040）。令牌本身只在签发时返回一次，接收中心只保存其杂凑。\n\nThe registration of an access token: its role and scope (FSJC-API-040). The token itself is returned once, when issued; the centre keeps only its hash.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "id": {
      "title": "令牌标识",
      "description": "令牌标识，用于吊销和审计。\n\nThe token identifier, used to revoke it and in the audit trail.",
      "type": "string",
      "pattern": "^tk_[0-9a-f]{12}$"
     },
     "role": {
      "title": "角色",
      "description": "admin（管理员）、city-centre（市监察中心）、district-centre（区监察中心）、city-department（市直部门）、department（部门）或 system（发送系统）。\n\nadmin, city-centre, district-centre, city-department, department or system.",
      "type": "string",
      "enum": [
       "admin",
       "city-centre",
       "district-centre",
       "city-department",
       "department",
       "system"
      ]
     },
     "unitId": {
      "title": "所属单位",
      "description": "持有者所属单位。\n\nThe unit the holder belongs to.",
      "$ref": "#/components/schemas/Id"
     },
     "regionCode": {
      "title": "行政区划",
      "description": "区监察中心或区平台覆盖的行政区划。\n\nThe division a district centre or district platform covers.",
      "$ref": "#/components/schemas/RegionCode"
     },
     "systemId": {
      "title": "发送系统",
      "description": "发送系统令牌可用作 senderSystemId 的标识。\n\nFor a system: the senderSystemId it may submit as.",
      "$ref": "#/components/schemas/Id"
     },
     "label": {
      "title": "说明",
      "description": "令牌的说明。\n\nA label for the token.",
      "type": "string"
     },
     "createdAt": {
      "title": "签发时间",
      "description": "签发时间。\n\nWhen the token was issued.",
      "$ref": "#/components/schemas/DateTime"
     },
     "revokedAt": {
      "title": "吊销时间",
      "description": "吊销时间；吊销的令牌立即失效。\n\nWhen the token was revoked; a revoked token stops working at once.",
      "$ref": "#/components/schemas/DateTime"
     },
     "token": {
      "title": "令牌",
      "description": "签发时：令牌本身，只返回这一次，以 Authorization: Bearer 使用。\n\nWhen issued: the token itself, returned this once only, used as Authorization: Bearer.",
      "type": "string",
      "pattern": "^fsjc_tk_[0-9a-f]{12}_[A-Za-z0-9_-]+$"
     }
    },
    "required": [
     "id",
     "role",
     "label",
     "createdAt"
    ]
   },
   "CasePage": {
    "title": "分页结果",
    "description": "列表查询的一页：条目和下一页的游标。OpenAPI 文档中每个列表以各自的条目类型给出。\n\nOne page of a list: its items and the cursor of the next page. In the OpenAPI document each list gives its own item type.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "items": {
      "title": "条目",
      "description": "本页的条目，按日志顺序或标识顺序。\n\nThe items of this page, in log or identifier order.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Case"
      }
     },
     "next": {
      "title": "下一页",
      "description": "本页满额时给出：作为 after 参数传入以取下一页；没有时表示已是最后一页。\n\nGiven when the page is full: pass it as the after parameter to get the next page; absent on the last page.",
      "type": "string"
     }
    },
    "required": [
     "items"
    ]
   },
   "RecordPage": {
    "title": "分页结果",
    "description": "列表查询的一页：条目和下一页的游标。OpenAPI 文档中每个列表以各自的条目类型给出。\n\nOne page of a list: its items and the cursor of the next page. In the OpenAPI document each list gives its own item type.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "items": {
      "title": "条目",
      "description": "本页的条目，按日志顺序或标识顺序。\n\nThe items of this page, in log or identifier order.",
      "type": "array",
      "items": {
       "oneOf": [
        {
         "$ref": "#/components/schemas/Unit"
        },
        {
         "$ref": "#/components/schemas/Post"
        },
        {
         "$ref": "#/components/schemas/Contact"
        },
        {
         "$ref": "#/components/schemas/Item"
        },
        {
         "$ref": "#/components/schemas/Event"
        },
        {
         "$ref": "#/components/schemas/Fee"
        },
        {
         "$ref": "#/components/schemas/Complaint"
        },
        {
         "$ref": "#/components/schemas/Evaluation"
        },
        {
         "$ref": "#/components/schemas/Observation"
        },
        {
         "$ref": "#/components/schemas/Feedback"
        }
       ],
       "discriminator": {
        "propertyName": "recordType",
        "mapping": {
         "unit": "#/components/schemas/Unit",
         "post": "#/components/schemas/Post",
         "contact": "#/components/schemas/Contact",
         "item": "#/components/schemas/Item",
         "event": "#/components/schemas/Event",
         "fee": "#/components/schemas/Fee",
         "complaint": "#/components/schemas/Complaint",
         "evaluation": "#/components/schemas/Evaluation",
         "observation": "#/components/schemas/Observation",
         "feedback": "#/components/schemas/Feedback"
        }
       }
      }
     },
     "next": {
      "title": "下一页",
      "description": "本页满额时给出：作为 after 参数传入以取下一页；没有时表示已是最后一页。\n\nGiven when the page is full: pass it as the after parameter to get the next page; absent on the last page.",
      "type": "string"
     }
    },
    "required": [
     "items"
    ]
   },
   "SignalPage": {
    "title": "分页结果",
    "description": "列表查询的一页：条目和下一页的游标。OpenAPI 文档中每个列表以各自的条目类型给出。\n\nOne page of a list: its items and the cursor of the next page. In the OpenAPI document each list gives its own item type.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "items": {
      "title": "条目",
      "description": "本页的条目，按日志顺序或标识顺序。\n\nThe items of this page, in log or identifier order.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Signal"
      }
     },
     "next": {
      "title": "下一页",
      "description": "本页满额时给出：作为 after 参数传入以取下一页；没有时表示已是最后一页。\n\nGiven when the page is full: pass it as the after parameter to get the next page; absent on the last page.",
      "type": "string"
     }
    },
    "required": [
     "items"
    ]
   },
   "TokenPage": {
    "title": "分页结果",
    "description": "列表查询的一页：条目和下一页的游标。OpenAPI 文档中每个列表以各自的条目类型给出。\n\nOne page of a list: its items and the cursor of the next page. In the OpenAPI document each list gives its own item type.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "items": {
      "title": "条目",
      "description": "本页的条目，按日志顺序或标识顺序。\n\nThe items of this page, in log or identifier order.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Token"
      }
     },
     "next": {
      "title": "下一页",
      "description": "本页满额时给出：作为 after 参数传入以取下一页；没有时表示已是最后一页。\n\nGiven when the page is full: pass it as the after parameter to get the next page; absent on the last page.",
      "type": "string"
     }
    },
    "required": [
     "items"
    ]
   },
   "SubscriptionPage": {
    "title": "分页结果",
    "description": "列表查询的一页：条目和下一页的游标。OpenAPI 文档中每个列表以各自的条目类型给出。\n\nOne page of a list: its items and the cursor of the next page. In the OpenAPI document each list gives its own item type.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "items": {
      "title": "条目",
      "description": "本页的条目，按日志顺序或标识顺序。\n\nThe items of this page, in log or identifier order.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Subscription"
      }
     },
     "next": {
      "title": "下一页",
      "description": "本页满额时给出：作为 after 参数传入以取下一页；没有时表示已是最后一页。\n\nGiven when the page is full: pass it as the after parameter to get the next page; absent on the last page.",
      "type": "string"
     }
    },
    "required": [
     "items"
    ]
   },
   "OutboxPage": {
    "title": "分页结果",
    "description": "列表查询的一页：条目和下一页的游标。OpenAPI 文档中每个列表以各自的条目类型给出。\n\nOne page of a list: its items and the cursor of the next page. In the OpenAPI document each list gives its own item type.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "items": {
      "title": "条目",
      "description": "本页的条目，按日志顺序或标识顺序。\n\nThe items of this page, in log or identifier order.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/OutboxMessage"
      }
     },
     "next": {
      "title": "下一页",
      "description": "本页满额时给出：作为 after 参数传入以取下一页；没有时表示已是最后一页。\n\nGiven when the page is full: pass it as the after parameter to get the next page; absent on the last page.",
      "type": "string"
     }
    },
    "required": [
     "items"
    ]
   },
   "AuditPage": {
    "title": "分页结果",
    "description": "列表查询的一页：条目和下一页的游标。OpenAPI 文档中每个列表以各自的条目类型给出。\n\nOne page of a list: its items and the cursor of the next page. In the OpenAPI document each list gives its own item type.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "items": {
      "title": "条目",
      "description": "本页的条目，按日志顺序或标识顺序。\n\nThe items of this page, in log or identifier order.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/AuditRow"
      }
     },
     "next": {
      "title": "下一页",
      "description": "本页满额时给出：作为 after 参数传入以取下一页；没有时表示已是最后一页。\n\nGiven when the page is full: pass it as the after parameter to get the next page; absent on the last page.",
      "type": "string"
     }
    },
    "required": [
     "items"
    ]
   }
  },
  "parameters": {
   "limit": {
    "name": "limit",
    "in": "query",
    "description": "每页最多条目数，1至1000，默认100。\n\nMost items per page, 1 to 1000, 100 by default.",
    "schema": {
     "type": "integer",
     "minimum": 1,
     "maximum": 1000,
     "default": 100
    }
   },
   "after": {
    "name": "after",
    "in": "query",
    "description": "上一页的 next，取其后的一页。\n\nThe next of the previous page: the page after it.",
    "schema": {
     "type": "string"
    }
   },
   "unitId": {
    "name": "unitId",
    "in": "query",
    "description": "只要该单位的（仍限于使用者范围）。\n\nOnly those of this unit (still within the user's scope).",
    "schema": {
     "$ref": "#/components/schemas/Id"
    }
   },
   "regionCode": {
    "name": "regionCode",
    "in": "query",
    "description": "只要该行政区划的。\n\nOnly those of this division.",
    "schema": {
     "$ref": "#/components/schemas/RegionCode"
    }
   },
   "period": {
    "name": "period",
    "in": "query",
    "description": "测评周期：月（2026-10）、季度（2026-Q4）或年（2026）；默认为最近保存的周期。\n\nThe period: a month (2026-10), a quarter (2026-Q4) or a year (2026); the latest period kept by default.",
    "schema": {
     "type": "string",
     "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$"
    }
   }
  },
  "headers": {
   "Location": {
    "description": "批次状态的地址 /v1/batches/{logSeq}。\n\nWhere the batch's status is: /v1/batches/{logSeq}.",
    "schema": {
     "type": "string"
    }
   },
   "FsjcReplayed": {
    "description": "重发的批次为 true：这是原回执，批次未再次保存（FSJC-API-013）。\n\ntrue for a resent batch: this is the original receipt and the batch was not kept again (FSJC-API-013).",
    "schema": {
     "type": "string",
     "const": "true"
    }
   }
  },
  "examples": {
   "receipt": {
    "summary": "全部接受的批次的回执 Receipt of a batch accepted whole",
    "value": {
     "receiptId": "RC-2",
     "centreId": "FS-CENTRE",
     "logSeq": 2,
     "logHash": "acd33ad98111cb6c13bc6372007b3d853bb2a523dd4ee84b0f727987ac80de54",
     "prevHash": "8a7a292f20460a359aa0abada3c793a9e55b5435d9a79fe7a57e84a1a63d0990",
     "receivedAt": "2026-10-20T09:00:00+08:00",
     "senderSystemId": "NH-XZSP",
     "senderUnitId": "U440605-XZFW",
     "sequenceNumber": 64,
     "idempotencyKey": "NH-XZSP-000064",
     "bodyDigest": "8e979dbae712ebced301ab4d7f137eb22389fa1c6a83f1cad4eee4e149350b92",
     "checksum": "42d6a784625573cc3a8f5162d7bfea92bdd4f874ed89b37de514febef59366b5",
     "recordCount": 10,
     "acceptedCount": 10,
     "rejected": [],
     "status": "ACCEPTED",
     "signature": {
      "algorithm": "SM2-SM3",
      "keyId": "64fb44c6c708ddcf",
      "value": "438404378c05fdd3bb03d2d7b60fe8463c92ac85dc45015d4618cda124b16bf17994d0fe0f635449e40aad682f953f96f6df5ee84bf8ca74d1b99979cd574021"
     }
    }
   },
   "partialReceipt": {
    "summary": "逐条接受、有记录未接受的回执 Receipt under per-record acceptance with a record not accepted",
    "value": {
     "receiptId": "RC-2",
     "centreId": "FS-CENTRE",
     "logSeq": 2,
     "logHash": "b0e5afb0d8307fcd247ff79d144956a09ac7bf318614b1b949fefa3637b726f6",
     "prevHash": "8a7a292f20460a359aa0abada3c793a9e55b5435d9a79fe7a57e84a1a63d0990",
     "receivedAt": "2026-10-20T09:00:00+08:00",
     "senderSystemId": "NH-XZSP",
     "senderUnitId": "U440605-XZFW",
     "sequenceNumber": 65,
     "idempotencyKey": "NH-XZSP-000065",
     "bodyDigest": "47b5053afd45e3a7015ab6811339c9d964d28dc6852c77b0607b6a7b2faccc00",
     "checksum": "17653a4d58ac7dc32d125c7560e2594cae1e32f5dc623f8843a092728c6fd43f",
     "recordCount": 10,
     "acceptedCount": 9,
     "rejected": [
      {
       "index": 1,
       "id": "CS-NH-20260401-0208-E01",
       "codes": [
        "schema.required"
       ]
      }
     ],
     "status": "PARTIAL",
     "signature": {
      "algorithm": "SM2-SM3",
      "keyId": "24a7d9ca50f4dfb2",
      "value": "58cb8933a72c67b8a620d9acaa9ae8c4b753775ad12fd8e102a760c02784c4dc3810e61ef663f0f3fc7a628fec9f91233f83100584c3865c92012d0203ebf73f"
     }
    }
   },
   "invalidBatch": {
    "summary": "有阻断性发现、整批未接受 A batch not accepted for a blocking finding",
    "value": {
     "type": "https://fsjc.org.cn/errors/api.invalidBatch",
     "title": "api.invalidBatch",
     "status": 422,
     "code": "api.invalidBatch",
     "detail": "批次有 1 项阻断性问题，整批未接受；可用 acceptance=per-record 逐条接受。",
     "issues": [
      {
       "code": "schema.required",
       "severity": "critical",
       "message": "缺少必填字段 occurredAt",
       "requirement": "FSJC-DATA-001",
       "recordIndex": 1,
       "pointer": "/records/1/occurredAt"
      }
     ]
    }
   },
   "sequenceConflict": {
    "summary": "批次序号已被另一批次使用 The sequence number is held by another batch",
    "value": {
     "type": "https://fsjc.org.cn/errors/api.sequenceConflict",
     "title": "api.sequenceConflict",
     "status": 409,
     "code": "api.sequenceConflict",
     "detail": "发送系统 NH-XZSP 的批次序号 64 已被另一批次（幂等键 NH-XZSP-000064）使用。",
     "receipt": {
      "receiptId": "RC-2",
      "centreId": "FS-CENTRE",
      "logSeq": 2,
      "logHash": "acd33ad98111cb6c13bc6372007b3d853bb2a523dd4ee84b0f727987ac80de54",
      "prevHash": "8a7a292f20460a359aa0abada3c793a9e55b5435d9a79fe7a57e84a1a63d0990",
      "receivedAt": "2026-10-20T09:00:00+08:00",
      "senderSystemId": "NH-XZSP",
      "senderUnitId": "U440605-XZFW",
      "sequenceNumber": 64,
      "idempotencyKey": "NH-XZSP-000064",
      "bodyDigest": "8e979dbae712ebced301ab4d7f137eb22389fa1c6a83f1cad4eee4e149350b92",
      "checksum": "42d6a784625573cc3a8f5162d7bfea92bdd4f874ed89b37de514febef59366b5",
      "recordCount": 10,
      "acceptedCount": 10,
      "rejected": [],
      "status": "ACCEPTED",
      "signature": {
       "algorithm": "SM2-SM3",
       "keyId": "64fb44c6c708ddcf",
       "value": "438404378c05fdd3bb03d2d7b60fe8463c92ac85dc45015d4618cda124b16bf17994d0fe0f635449e40aad682f953f96f6df5ee84bf8ca74d1b99979cd574021"
      }
     }
    }
   },
   "unauthorized": {
    "summary": "没有令牌或令牌无效 No token, or one not valid",
    "value": {
     "type": "https://fsjc.org.cn/errors/api.unauthorized",
     "title": "api.unauthorized",
     "status": 401,
     "code": "api.unauthorized",
     "detail": "缺少有效的访问令牌，或令牌已被吊销。"
    }
   }
  },
  "securitySchemes": {
   "bearerAuth": {
    "type": "http",
    "scheme": "bearer",
    "description": "接收中心签发的访问令牌（FSJC-API-040），形如 fsjc_tk_…，以 Authorization: Bearer <令牌> 携带。\n\nAn access token issued by the centre (FSJC-API-040), of the form fsjc_tk_…, sent as Authorization: Bearer <token>."
   }
  }
 }
};
