/** 'timeout': no (complete) answer within the time the caller allowed; the request may or may not have arrived. */
export type ApiErrorKind = 'network' | 'http' | 'invalid-response' | 'timeout';

/** Every failure of an API call, classified so the UI can say what happened and whether to retry. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** The paths a problem answer names (RFC 9457 extension `errors`), e.g. the files a bundle check refused. */
  readonly paths: readonly string[];
  /** Seconds from a Retry-After header (429, 503), when the answer had one in seconds. */
  readonly retryAfterSeconds: number | undefined;
  /** The problem answer's body as received, for the extensions a caller parses with its own contract. */
  readonly problem: unknown;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: {
      status?: number;
      code?: string;
      paths?: readonly string[];
      retryAfterSeconds?: number;
      problem?: unknown;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.code = options.code;
    this.paths = options.paths ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.problem = options.problem;
  }

  /**
   * Network failures and 5xx may succeed on retry; 4xx will not. A timeout is not retried by itself: the caller
   * already waited as long as it allowed, so the user decides (sending retries it with the same key).
   */
  get retryable(): boolean {
    return this.kind === 'network' || (this.status !== undefined && this.status >= 500);
  }
}
