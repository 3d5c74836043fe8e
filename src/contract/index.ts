/**
 * Contract checking (`chatwoot-fake/contract`): the bundled spec checks what a real Chatwoot — or
 * anything else — answers. `checkResponse` / `checkRequest` for single exchanges, `runCheck` for a
 * whole server (the `check` command), `startProxy` for a validating proxy (the `proxy` command).
 */
export { ContractChecker, checkRequest, checkResponse, loadContract } from './checker';
export { CheckConnectionError, runCheck } from './check';
export type { CallResult, CheckOptions, CheckReport, OperationReport, Outcome } from './check';
export { startProxy } from './proxy';
export type { ObservedViolation, ProxyOptions, ProxyStats, RunningProxy } from './proxy';
export { describeViolations, formatReport } from './report';
export type { ReportFormat } from './report';
export type { HeadersLike, MatchOptions, RequestInput, ResponseInput } from './inputs';
export type { Violation, ViolationKind } from './violations';
