/** Renders violations and check reports as text (people), JSON or JUnit XML (CI). */
import type { CheckReport, OperationReport } from './check';
import { genericPointer, type Violation } from './violations';

/** One line per violation (plus an excerpt line), indented. */
export function describeViolations(violations: Violation[], indent = ''): string {
  const lines: string[] = [];
  for (const v of violations) {
    const where = v.count > 1 ? genericPointer(v.pointer) : v.pointer;
    const text =
      v.kind === 'schema'
        ? `${v.side === 'request' ? 'request ' : ''}${where || '(body)'}: expected ${v.expected}, got ${v.actual}`
        : `${v.side === 'request' ? 'request: ' : ''}${v.message}`;
    const mark = v.severity === 'drift' ? '~ drift: ' : '• ';
    lines.push(`${indent}${mark}${text}${v.count > 1 ? `  (×${v.count})` : ''}`);
    if (v.excerpt) lines.push(`${indent}    in ${v.excerpt}`);
  }
  return lines.join('\n');
}

/** `https://user:secret@host/x` → `https://***@host/x`. */
export function safeUrl(url: string): string {
  return url.replace(/^(\w+:\/\/)[^/@]*@/, '$1***@');
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function operationLine(op: OperationReport): string {
  const label = op.outcome.toUpperCase();
  const statuses = op.statuses.length ? op.statuses.join(',') : '';
  const reason =
    op.outcome === 'skip' || (op.outcome === 'fail' && op.reasons.length) ? `  ${op.reasons.join('; ')}` : '';
  return `${pad(label, 5)} ${pad(op.operationId, 34)} ${pad(op.method, 6)} ${op.route}  ${statuses}${reason}`.trimEnd();
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatText(report: CheckReport): string {
  const out: string[] = [];
  const mode = report.write ? `read + write (records named cwf-check-${report.runId})` : 'read-only';
  const v = report.chatwootVersion;
  const version =
    v.version === 'any'
      ? 'any Chatwoot version'
      : `Chatwoot ${v.version} (${v.source === 'option' ? 'given' : 'from GET /api'})`;
  out.push(
    `chatwoot-fake check ${safeUrl(report.baseUrl)}  account ${report.accountId}  ${mode}  ${version}${report.strict ? '  strict' : ''}`,
    '',
  );
  for (const op of report.operations) {
    out.push(operationLine(op));
    if (op.violations.length) out.push(describeViolations(op.violations, '      '));
  }
  const s = report.summary;
  out.push('');
  for (const note of report.notes) out.push(`note: ${note}`);
  out.push(
    `Summary: ${s.operations} operations: ${s.passed} passed, ${s.failed} failed` +
      `${s.violations ? ` (${s.violations} breaking difference${s.violations === 1 ? '' : 's'})` : ''}, ${s.skipped} skipped; ` +
      `${s.drift} drift notice${s.drift === 1 ? '' : 's'}${s.drift && !report.strict ? ' (not failing; --strict fails on them)' : ''}; ` +
      `${report.notExercised.length} spec operations not exercised; ${seconds(report.durationMs)}`,
  );
  out.push(`Result: ${report.ok ? 'PASS' : 'FAIL'}`);
  return out.join('\n');
}

export function formatJson(report: CheckReport): string {
  return JSON.stringify({ ...report, baseUrl: safeUrl(report.baseUrl) }, null, 2);
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function formatJunit(report: CheckReport): string {
  const s = report.summary;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chatwoot-fake check" tests="${s.operations}" failures="${s.failed}" skipped="${s.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(`chatwoot-fake check ${safeUrl(report.baseUrl)}`)}" tests="${s.operations}" failures="${s.failed}" skipped="${s.skipped}" errors="0" time="${(report.durationMs / 1000).toFixed(3)}">`,
  ];
  for (const op of report.operations) {
    const name = xml(`${op.operationId} (${op.method} ${op.route})`);
    const open = `    <testcase classname="chatwoot-fake.check" name="${name}">`;
    if (op.outcome === 'pass') lines.push(`${open.slice(0, -1)} />`);
    else if (op.outcome === 'skip') {
      lines.push(open, `      <skipped message="${xml(op.reasons.join('; '))}" />`, '    </testcase>');
    } else {
      const first = op.violations[0]?.message ?? op.reasons[0] ?? 'failed';
      const details = [...op.reasons, describeViolations(op.violations)].filter(Boolean).join('\n');
      lines.push(
        open,
        `      <failure message="${xml(first)}" type="contract">${xml(details)}</failure>`,
        '    </testcase>',
      );
    }
  }
  const notes = [...report.notes, `not exercised: ${report.notExercised.join(', ')}`];
  lines.push(`    <system-out>${xml(notes.join('\n'))}</system-out>`, '  </testsuite>', '</testsuites>');
  return lines.join('\n');
}

export type ReportFormat = 'text' | 'json' | 'junit';

export function formatReport(report: CheckReport, format: ReportFormat): string {
  if (format === 'json') return formatJson(report);
  if (format === 'junit') return formatJunit(report);
  return formatText(report);
}
