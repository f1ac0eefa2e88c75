/**
 * Errors with stable codes and human messages. Library code throws these and never exits the process;
 * the CLI maps them to exit codes. A cause is always chained so the original failure is not lost.
 */

export type ErrorCode =
  | 'FID_USAGE'
  | 'FID_CONFIG_INVALID'
  | 'FID_BROWSER_LAUNCH'
  | 'FID_PAGE_TIMEOUT'
  | 'FID_PAGE_TOO_LARGE'
  | 'FID_PAGE_CRASHED'
  | 'FID_NAVIGATION'
  | 'FID_HOST_UNREACHABLE'
  | 'FID_CERTIFICATE'
  | 'FID_REDIRECT_LOOP'
  | 'FID_DOWNLOAD'
  | 'FID_NOT_HTML'
  | 'FID_INSTRUMENT'
  | 'FID_RULE'
  | 'FID_OBSERVATIONS_INVALID'
  | 'FID_FILE_UNREADABLE'
  | 'FID_FILE_CORRUPT'
  | 'FID_FILE_ENCRYPTED'
  | 'FID_FILE_TOO_LARGE'
  | 'FID_FILE_EMPTY'
  | 'FID_NO_TEXT_LAYER'
  | 'FID_UNSUPPORTED_FORMAT'
  | 'FID_LOG_FORMAT'
  | 'FID_LABELS_INVALID'
  | 'FID_STORE'
  | 'FID_INTERNAL';

export class FiduciaryError extends Error {
  override name = 'FiduciaryError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; where?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.where = options?.where;
  }
  readonly where?: string;
}

/** Turn anything thrown into a FiduciaryError, keeping the original as the cause. */
export function toFiduciaryError(err: unknown, code: ErrorCode = 'FID_INTERNAL', where?: string): FiduciaryError {
  if (err instanceof FiduciaryError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new FiduciaryError(code, message, { cause: err, where });
}
