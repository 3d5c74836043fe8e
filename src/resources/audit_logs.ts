/**
 * GET /api/v1/accounts/{account_id}/audit_logs (enterprise AuditLogsController#show): the account's
 * audit entries (src/events/audit.ts), newest first, 25 per page, with the paging figures.
 */
import { accountOf, ok, type HandlerMap, type RequestContext } from '../http/context';
import { pageNumber, paginate } from '../rails/pagination';
import type { AuditLog } from '../store';
import { unix } from '../views/time';

const PER_PAGE = 25;

/** enterprise/app/views/api/v1/accounts/audit_logs/show.json.jbuilder (one entry). */
function auditLogView(log: AuditLog) {
  return {
    id: log.id,
    auditable_id: log.auditable_id,
    auditable_type: log.auditable_type,
    associated_id: log.account_id,
    associated_type: 'Account',
    user_id: log.user_id,
    user_type: log.user_type,
    username: null,
    action: log.action,
    audited_changes: log.audited_changes,
    version: log.version,
    comment: null,
    request_uuid: log.request_uuid,
    created_at: unix(log.created_at),
    remote_address: null,
  };
}

function show(ctx: RequestContext) {
  const account = accountOf(ctx);
  const table = ctx.tables.auditLogs;
  // order(created_at: :desc); the newest id first among equal times.
  const ordered = table.cached(`account:${account.id}:newest`, () =>
    table.where('account', account.id).sort((a, b) => b.created_at - a.created_at || b.id - a.id),
  );
  const page = pageNumber(ctx.query.page);
  return ok({
    per_page: PER_PAGE,
    total_entries: ordered.length,
    current_page: page,
    audit_logs: paginate(ordered, page, PER_PAGE).map(auditLogView),
  });
}

export const handlers: HandlerMap = {
  getAuditLogs: show,
};
