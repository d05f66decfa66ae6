// DO NOT EDIT: generated from schemas/ and standard/ by `npm run generate`.
export interface EventFields { requiredBySchema: string[]; shall: string[]; should: string[]; requirement: string }
/** The fields each event type requires (Table 5, FSJC-DATA-030). */
export const EVENT_FIELDS: Record<string, EventFields> = {
 "RECEIVED": {
  "requiredBySchema": [],
  "shall": [],
  "should": [],
  "requirement": "FSJC-DATA-030"
 },
 "ACCEPTED": {
  "requiredBySchema": [],
  "shall": [],
  "should": [
   "postId",
   "handlerId"
  ],
  "requirement": "FSJC-DATA-031"
 },
 "NOT_ACCEPTED": {
  "requiredBySchema": [],
  "shall": [],
  "should": [
   "reasons",
   "legalBasis"
  ],
  "requirement": "FSJC-DATA-032"
 },
 "SUPPLEMENT_NOTICE": {
  "requiredBySchema": [
   "materials"
  ],
  "shall": [],
  "should": [],
  "requirement": "FSJC-DATA-033"
 },
 "SUPPLEMENT_RECEIVED": {
  "requiredBySchema": [],
  "shall": [
   "suspensionEventId"
  ],
  "should": [],
  "requirement": "FSJC-DATA-034"
 },
 "STAGE_COMPLETED": {
  "requiredBySchema": [
   "stage"
  ],
  "shall": [],
  "should": [
   "startedAt",
   "postId",
   "handlerId",
   "opinion"
  ],
  "requirement": "FSJC-DATA-035"
 },
 "EXTENSION_APPROVED": {
  "requiredBySchema": [
   "extension"
  ],
  "shall": [
   "approverId",
   "reasons"
  ],
  "should": [],
  "requirement": "FSJC-DATA-036"
 },
 "SUSPENSION_STARTED": {
  "requiredBySchema": [
   "suspensionType"
  ],
  "shall": [
   "notifiedDuration"
  ],
  "should": [],
  "requirement": "FSJC-DATA-037"
 },
 "SUSPENSION_ENDED": {
  "requiredBySchema": [
   "suspensionEventId"
  ],
  "shall": [],
  "should": [],
  "requirement": "FSJC-DATA-038"
 },
 "DECIDED": {
  "requiredBySchema": [
   "decision"
  ],
  "shall": [],
  "should": [
   "reasons",
   "legalBasis"
  ],
  "requirement": "FSJC-DATA-039"
 },
 "CONCLUDED": {
  "requiredBySchema": [],
  "shall": [],
  "should": [],
  "requirement": "FSJC-DATA-040"
 },
 "CERTIFICATE_ISSUED": {
  "requiredBySchema": [
   "certificateNumber"
  ],
  "shall": [],
  "should": [],
  "requirement": "FSJC-DATA-041"
 },
 "CERTIFICATE_DELIVERED": {
  "requiredBySchema": [],
  "shall": [],
  "should": [
   "deliveryMethod"
  ],
  "requirement": "FSJC-DATA-042"
 },
 "WITHDRAWN": {
  "requiredBySchema": [],
  "shall": [],
  "should": [],
  "requirement": "FSJC-DATA-043"
 },
 "TERMINATED": {
  "requiredBySchema": [],
  "shall": [
   "reasons"
  ],
  "should": [
   "legalBasis"
  ],
  "requirement": "FSJC-DATA-044"
 },
 "DISPATCHED": {
  "requiredBySchema": [
   "toUnitId"
  ],
  "shall": [
   "subCaseId"
  ],
  "should": [],
  "requirement": "FSJC-DATA-045"
 },
 "RETURNED": {
  "requiredBySchema": [],
  "shall": [
   "subCaseId"
  ],
  "should": [],
  "requirement": "FSJC-DATA-046"
 },
 "FORWARDED": {
  "requiredBySchema": [
   "toUnitId"
  ],
  "shall": [],
  "should": [],
  "requirement": "FSJC-DATA-047"
 }
};
