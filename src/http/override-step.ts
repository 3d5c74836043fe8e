/**
 * The override steps of the request path (http/pipeline.ts): before auth for `token: '*'` rules, in
 * place of the handler for the others (see http/overrides.ts for why there). A matching rule's answer
 * is written here; a computed one is checked against the spec first (a broken one: 500 naming it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteMatch } from '../spec';
import { JSON_TYPE, sendAnswer, textAnswer, type Answer } from './answer';
import { parseParams } from './body';
import type { RequestContext } from './context';
import { HttpError } from './errors';
import { faultError } from './faults';
import type { Journal } from './journal';
import { logOverride } from './request-log';
import {
  answerProblem,
  checkComputedAnswer,
  type ActiveOverride,
  type OverrideAnswer,
  type OverrideRequest,
  type Overrides,
} from './overrides';
import { headerOf, splitUrl } from './request';

type Ctx = Pick<RequestContext, 'principal' | 'membership' | 'params' | 'query' | 'body'>;

function roleOf(ctx: Ctx | undefined): OverrideRequest['role'] {
  const principal = ctx?.principal;
  if (!principal) return null;
  if (principal.kind === 'bot') return 'agent_bot';
  if (principal.kind === 'platform') return 'platform';
  const role = ctx.membership?.role;
  return role === 'administrator' || role === 'agent' ? role : 'user';
}

/** The 500 of an override whose answer is broken: a bug in the test's override, named. */
const brokenOverride = (message: string, errors: unknown[] = []) =>
  new HttpError(500, { error: message, errors });

/** An answer as written: JSON, text for a string, an empty one, or Chatwoot's error body for the status. */
function answerOf(answer: OverrideAnswer): Answer | HttpError {
  const { status, body, headers } = answer;
  if (body === undefined) {
    return status >= 400 ? faultError(status, undefined, headers) : { status, headers, bytes: 0 };
  }
  const own = headers && Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
  const rest = own ? Object.fromEntries(Object.entries(headers!).filter(([k]) => k !== own)) : headers;
  if (typeof body === 'string') return textAnswer(status, rest, own ? headers![own] : 'text/plain', body);
  return textAnswer(status, rest, own ? headers![own] : JSON_TYPE, JSON.stringify(body));
}

export interface OverrideStepOptions {
  overrides: Overrides;
  journal: Journal;
}

/**
 * Answers the request if an override matches it (`early`: the step before auth, `token: '*'` rules
 * only; `ctx` then has no principal and unchecked params), else calls `next()`.
 */
export function overrideStep({ overrides, journal }: OverrideStepOptions) {
  return (
    req: IncomingMessage & { body?: unknown },
    res: ServerResponse,
    match: RouteMatch,
    ctx: Ctx | undefined,
    early: boolean,
    next: (err?: unknown) => void,
  ): void => {
    if (!overrides.size) return next();
    const [path, search] = splitUrl(req.url!);
    const token = headerOf(req.headers, 'api_access_token')?.trim();
    const { operation } = match;
    const found = overrides.take(
      { method: req.method!, path, route: operation.path, operationId: operation.operationId, token },
      early,
    );
    if (!found) return next();
    journal.noteOverride(res, found.id);
    logOverride(res, `override ${found.id}`);
    const { rule } = found;
    if (!rule.respond) return finish(found, rule as OverrideAnswer, false);
    const request: OverrideRequest = {
      method: req.method!,
      path,
      operationId: operation.operationId,
      params: { ...(ctx?.params ?? match.params) },
      query: ctx?.query ?? (search ? parseParams(search.slice(1)) : {}),
      body: ctx?.body ?? req.body ?? {},
      token,
      role: early ? null : roleOf(ctx),
    };
    let result: unknown;
    try {
      result = rule.respond(request, overrides.state);
    } catch (err) {
      return next(brokenOverride(`override ${found.id} (respond) threw: ${(err as Error)?.message ?? err}`));
    }
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        (value) => computed(found, value),
        (err) =>
          next(brokenOverride(`override ${found.id} (respond) rejected: ${(err as Error)?.message ?? err}`)),
      );
    } else computed(found, result);

    function computed(active: ActiveOverride, value: unknown): void {
      if (res.destroyed || res.headersSent) return;
      let answer: OverrideAnswer;
      try {
        answer = checkComputedAnswer(active.id, value);
      } catch (err) {
        return next(brokenOverride((err as Error).message));
      }
      finish(active, answer, true);
    }

    function finish(active: ActiveOverride, answer: OverrideAnswer, computedAnswer: boolean): void {
      // Checked now: a computed answer, or a static one the rule's path could not tell (a RegExp).
      const spec = overrides.spec;
      if (
        spec &&
        active.rule.validate !== false &&
        (computedAnswer || !active.checked.has(operation.operationId))
      ) {
        const problem = answerProblem(spec, operation, answer);
        if (problem) {
          return next(
            brokenOverride(
              `override ${active.id} answered what the spec does not allow: ${problem.message}`,
              problem.issues,
            ),
          );
        }
      }
      const written = answerOf(answer);
      if (written instanceof HttpError) return next(written);
      sendAnswer(res, written);
    }
  };
}
