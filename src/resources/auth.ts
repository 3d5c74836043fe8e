/**
 * Dashboard sign-in: devise_token_auth mounted at /auth (app/controllers/devise_overrides/
 * sessions_controller.rb, token_validations_controller.rb, app/views/devise/_auth.json.jbuilder,
 * app/views/devise/token.json.jbuilder). The session headers these issue authenticate Application API
 * calls (src/http/auth.ts); the auth step has already looked up the session of signOut/validateToken.
 */
import { createSession, sessionHeaders } from '../domain/sessions';
import { consumeSsoToken } from '../domain/sso';
import { empty, ok, type HandlerMap, type Reply, type RequestContext } from '../http/context';
import { HttpError } from '../http/errors';
import type { Session, User } from '../store';
import { iso } from '../views/time';
import { userView } from '../views/user';

/** devise_token_auth's render_error: `{"success":false,"errors":[message]}` (+ Chatwoot's extras). */
const authError = (status: number, message: string, extra: Record<string, string> = {}) =>
  new HttpError(status, { success: false, errors: [message], ...extra });

/** devise_token_auth.sessions.bad_credentials */
const badCredentials = () => authError(401, 'Invalid login credentials. Please try again.');

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The answer of a new session: the user and devise_token_auth's auth headers. */
function signedIn(ctx: RequestContext, user: User): Reply {
  const session = createSession(ctx.store, user);
  return {
    status: 200,
    body: { data: userView(ctx.tables, user), mfa_setup_required: false },
    headers: sessionHeaders(ctx.store, session),
  };
}

function signIn(ctx: RequestContext): Reply {
  const body = ctx.body ?? {};
  const email = text(body.email).trim().toLowerCase();
  const password = text(body.password);

  // process_sso_auth_token + handle_sso_authentication: a valid single-use token signs in as that
  // user, without password or confirmation checks. A bad one falls through to the password check.
  const ssoToken = text(body.sso_auth_token);
  if (ssoToken) {
    const user = consumeSsoToken(ctx.store, email, ssoToken);
    if (user) return signedIn(ctx, user);
  }

  // find_user_for_authentication: email (case-insensitive) and password both present and valid.
  const user = email ? ctx.tables.users.findBy('email', email) : undefined;
  if (!user || !password || user.password !== password) throw badCredentials();
  // render_create_error_not_confirmed (Devise confirmable, no unconfirmed access period).
  if (!user.confirmed) {
    throw authError(
      401,
      `A confirmation email was sent to your account at '${user.email}'. You must follow the instructions in the email before your account can be activated`,
      { error_code: 'user_not_confirmed' },
    );
  }
  return signedIn(ctx, user);
}

function liveSession(ctx: RequestContext): { session: Session; user: User } | undefined {
  const session = ctx.session;
  const user = session ? ctx.tables.users.get(session.user_id) : undefined;
  return session && user ? { session, user } : undefined;
}

function signOut(ctx: RequestContext): Reply {
  const live = liveSession(ctx);
  if (!live) throw authError(404, 'User was not found or was not logged in.');
  ctx.tables.sessions.delete(live.session.id);
  return { status: 200, body: { success: true } };
}

function validateToken(ctx: RequestContext): Reply {
  const live = liveSession(ctx);
  if (!live) throw authError(401, 'Invalid login credentials');
  const { session, user } = live;
  return {
    status: 200,
    body: {
      payload: {
        success: true,
        data: { ...userView(ctx.tables, user), created_at: iso(user.created_at) },
        mfa_setup_required: false,
      },
    },
    headers: sessionHeaders(ctx.store, session),
  };
}

/** SessionsController#new: `redirect_to login_page_url(error: 'access-denied')`; the fake is its own frontend. */
function signInPage(ctx: RequestContext): Reply {
  return empty(302, { Location: `${ctx.baseUrl ?? ''}/app/login?error=access-denied` });
}

/** PasswordsController#create (newest upstream): the same answer whether or not the email is known. */
function requestPasswordReset(): Reply {
  return ok({
    message:
      'Request for password reset is successful. A email with instructions will be sent to your email if it exists.',
  });
}

/**
 * PasswordsController#update and ConfirmationsController#create: their tokens come only in emails, which
 * the fake never sends, so every token is unknown — Chatwoot's answer for an unknown one.
 */
const invalidToken = (): Reply => ok({ message: 'Invalid token', redirect_url: '/' }, 422);

export const handlers: HandlerMap = {
  signIn,
  signInPage,
  signOut,
  validateToken,
  requestPasswordReset,
  resetPassword: invalidToken,
  confirmUser: invalidToken,
};
