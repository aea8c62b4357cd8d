/** Errors a request can end with, each with a stable code clients can rely on. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
  }

  toJSON() {
    return { error: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }
}

/** 429: a limit of public writes was reached; the answer carries Retry-After (and, for a proof of work, where to get one). */
export class TooManyRequests extends AppError {
  constructor(code: string, message: string, readonly retryAfterSeconds: number, readonly details: Record<string, string> = {}) {
    super(429, code, message);
  }

  override toJSON() {
    return { ...super.toJSON(), retryAfter: this.retryAfterSeconds, ...this.details };
  }
}

export const notFound = (kind: string, slug: string) =>
  new AppError(404, "not_found", `No ${kind} has the slug "${slug}". Check the address, or list them at /api/${kind === "person" ? "people" : `${kind}s`}.`);

export const routeNotFound = (path: string) => new AppError(404, "not_found", `Nothing is served at ${path}. The API is listed at /api.`);

export const invalidInput = (fields: FieldErrors) =>
  new AppError(400, "invalid_input", `Some parameters are not valid: ${Object.entries(fields).map(([f, why]) => `${f} ${why}`).join("; ")}.`, fields);

export const databaseUnavailable = () => new AppError(503, "database_unavailable", "The database does not answer; try again shortly.");
