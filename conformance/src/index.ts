/**
 * @fsjc/conformance: the conformance kit (vectors, suites, runner).
 *
 * Test vectors live as language-neutral JSON under conformance/vectors/; this package runs them
 * against the implementation in this repository.
 */
export { STANDARD_VERSION, SUPPORTED_MAJORS } from '@fsjc/sdk';
export { runClockVector, clockVectorDifferences, type ClockVector, type ClockVectorFile } from './vectors/clock.js';
export { runSignalsVector, signalsVectorDifferences, type SignalsVector } from './vectors/signals.js';
export { runScoresVector, scoresVectorDifferences, type ScoresVector, type ExpectedSubject } from './vectors/scores.js';
export { runVector, runVectorFiles, vectorFiles, type AnyVector, type VectorResult } from './vectors/run.js';
export { simulate, DEFAULT_KNOBS, type Knobs, type SimulationOptions, type SimulatedBatch } from './simulate/simulate.js';
export { runSuite, suiteTests, selectTests, KIT, type Check, type RunOptions } from './suite/run.js';
export { levelReached, countOutcomes } from './suite/level.js';
export { loadSuite, suiteProblems, KIT_DATA } from './suite/load.js';
export { LEVELS, OUTCOMES, type Level, type Strength, type Outcome, type TestDef, type GroupDef, type SuiteDef, type Note, type CheckResult, type TestResult, type LevelReached, type RunReport } from './suite/types.js';
export { reportJson, reportDigest, evidenceText, EVIDENCE_LIMIT } from './report/json.js';
export { reportHtml } from './report/html.js';
export { reportJunit } from './report/junit.js';
export { writeReports, REPORT_FORMATS, type ReportFormat } from './report/write.js';
export { issueCertificate, verifyCertificate, generateOfficeKey, readOfficeKey, officeKeyId, DEFAULT_ISSUER, type Certificate, type UnsignedCertificate, type CertificateCheck, type OfficeKey } from './certificate/certificate.js';
export { reviewFiles, runReviewChecks, type ReviewOptions, type ReviewReport, type ReviewGroup } from './review/review.js';
export { renderReviewText, renderReviewJson, renderReviewHtml } from './review/render.js';
export { REVIEW_CHECKS } from './review/checks/index.js';
export { reviewInput, lateReportLagHours, type ReadBatchLike } from './review/input.js';
export type { ReviewCheck, ReviewFinding, ReviewInput, ReadRecord } from './review/types.js';
export { coverage, loadCoverageReasons, reasonMatches, renderCoverageText, renderCoverageJson, renderCoverageCsv, COVERAGE_SOURCE_KINDS, type CoverageReport, type CoverageEntry, type CoverageSource, type CoverageSourceKind, type CoverageStatus, type CoverageReason, type CoverageNote, type CoverageOptions } from './coverage/coverage.js';
export { runServerConformance, testsWithoutScenarios, type ServerRunOptions } from './server/run.js';
export { runExitCode, progressLines, summaryLines } from './suite/console.js';
export { SERVER_CHECKS } from './server/checks/index.js';
export { serverContext, NANHAI_SENDER, SHUNDE_SENDER, DEFAULT_EXAMPLES as SERVER_EXAMPLES, type ServerContext, type ServerContextOptions, type Sender } from './server/context.js';
export { runClientConformance, type ClientRunOptions } from './client/run.js';
export { CertificationSession, NANHAI_PLATFORM, type Handoff, type SystemIdentity, type SessionOptions } from './client/session.js';
export { CLIENT_CHECKS } from './client/checks/index.js';
export { cityRegistry, loadCityRegistry } from './client/registry.js';
export type { ClientContext, ReceivedBatch, MatchedCase } from './client/context.js';
export type { Exchange } from './client/front.js';
export { faultPlan, type Fault } from './client/faults.js';
export { loadScenarios, resolveScenarios, relativeInstant, newRunId, IGNORED_RULES, judgedSignals, signalDifferences, type Scenario, type ResolvedScenario, type ResolvedCase, type ExpectedSignal, type SignalKey, type SignalLike } from './scenarios/index.js';
