/**
 * The exceptions model code raises, named after the Rails ones they stand for. The domain says what
 * went wrong; the HTTP layer (http/errors.ts `httpErrorOf`) renders each as Chatwoot's controllers
 * rescue it, which can differ by API (the public API does not rescue RecordNotFound: Rails' own 404).
 */

/** An attribute's full error message, as ActiveModel::Errors#full_messages gives it. */
export interface FieldError {
  attribute: string;
  message: string;
  /** The message without the attribute name, as `errors.messages` lists it (when the model gave one). */
  detail?: string;
}

/** ActiveRecord::RecordNotFound (`find`, `find_by!`). */
export class RecordNotFound extends Error {
  constructor(what = 'record') {
    super(`${what} not found`);
  }
}

/** ActiveRecord::RecordInvalid: the model's errors, as full messages. */
export class RecordInvalid extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join(', '));
  }
}

/**
 * A parameter Rails would choke on (a 500 there, e.g. `DateTime.strptime` of a non-number): the fake
 * answers a 422 naming the attribute instead, as a model validation would.
 */
export class InvalidAttribute extends Error {
  constructor(
    readonly attribute: string,
    readonly problem = 'is invalid',
  ) {
    super(`${attribute} ${problem}`);
  }
}

/** Pundit::NotAuthorizedError, or another refusal Chatwoot renders as a 401 `{error}`. */
export class NotAuthorized extends Error {
  constructor(message = 'You are not authorized to do this action') {
    super(message);
  }
}

/**
 * A business rule a controller reports with `render_could_not_create_error` (422 `{error}`), e.g. an
 * invalid filter payload; `error` may be the model's `errors.messages` hash.
 */
export class CouldNotCreate extends Error {
  constructor(readonly error: string | Record<string, string[]>) {
    super(typeof error === 'string' ? error : JSON.stringify(error));
  }
}

/**
 * A CustomExceptions::Base subclass, rendered by RequestExceptionHandler#render_error_response as
 * `{"message": ...}` with the exception's status (e.g. CustomExceptions::Report::InvalidDateRange, 422).
 */
export class CustomException extends Error {
  constructor(
    message: string,
    readonly status = 422,
  ) {
    super(message);
  }
}
