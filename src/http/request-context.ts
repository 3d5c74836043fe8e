/**
 * The context a Chatwoot route's handler gets (RequestContext), built once per request by the pipeline:
 * a class, so the hot path makes no per-request closures.
 */
import type { IncomingMessage } from 'node:http';
import type { EventBus } from '../events/bus';
import { stringToI } from '../rails/casts';
import type { RouteMatch } from '../spec';
import type { Store } from '../store';
import { noteOriginRead, noteVolatile } from '../store/reads';
import type { RequestContext, UploadedFile } from './context';

/** A request's context, as handlers see it (a class: no per-request closures on the hot path). */
export class HttpRequestContext implements RequestContext {
  readonly tables: Store['tables'];
  readonly operation: RouteMatch['operation'];
  params: Record<string, any>;
  query: Record<string, any> = {};
  body: any = {};
  files: UploadedFile[] = [];
  principal?: RequestContext['principal'];
  account?: RequestContext['account'];
  membership?: RequestContext['membership'];
  session?: RequestContext['session'];

  constructor(
    readonly store: Store,
    readonly events: EventBus,
    match: RouteMatch,
    private readonly req: IncomingMessage,
    idParams: string[],
  ) {
    this.tables = store.tables;
    this.operation = match.operation;
    this.params = idParams.length ? railsIds(match.params, idParams) : match.params;
  }

  get baseUrl(): string {
    // Express's req.protocol without a trusted proxy.
    const protocol = (this.req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http';
    const origin = `${protocol}://${this.req.headers.host ?? '127.0.0.1'}`;
    noteOriginRead(origin);
    return origin;
  }

  /** Headers have no version: an answer that reads one is not served again (see answer-cache.ts). */
  get headers(): IncomingMessage['headers'] {
    noteVolatile();
    return this.req.headers;
  }
}

/**
 * Path parameters as Rails' `find(params[:id])` reads them: Chatwoot's routes constrain no id, so
 * `/contacts/abc` reaches the controller and ActiveModel's integer cast takes `to_i` ("1abc" is 1, "abc"
 * is 0: no record, RecordNotFound → 404; so is a number too large for an id).
 */
function railsIds(params: Record<string, string>, names: string[]): Record<string, string> {
  const out = { ...params };
  for (const name of names) {
    const value = out[name];
    if (value === undefined) continue;
    const n = stringToI(value);
    out[name] = Number.isSafeInteger(n) ? String(n) : '0';
  }
  return out;
}
