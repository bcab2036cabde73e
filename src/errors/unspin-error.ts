/** Base of all errors the library raises on purpose. `code` is stable and machine-readable. */
export class UnspinError extends Error {
  readonly code: string;
  readonly context: Readonly<Record<string, unknown>>;
  constructor(code: string, message: string, context: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** Bad input from the user: empty, binary, too large, wrong format. CLI exit code 2, HTTP 400. */
export class InputError extends UnspinError {}

/** Bad invocation: unknown flag, missing argument. CLI exit code 2, HTTP 400. */
export class UsageError extends UnspinError {}

/** Something requested does not exist (article id, file). CLI exit code 2, HTTP 404. */
export class NotFoundError extends UnspinError {}

/** A fetch was refused or failed (private address, timeout, size). CLI exit code 2, HTTP 400/422. */
export class FetchError extends UnspinError {}

/** Data files for training/eval are malformed. */
export class DataFormatError extends UnspinError {}
