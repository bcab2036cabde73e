import { UnspinError } from '../errors/index.js';

/** An HTTP-level refusal (auth, media type, body size) with its status; mapped like every UnspinError. */
export class ApiError extends UnspinError {
  readonly status: 400 | 401 | 403 | 404 | 413 | 415;
  constructor(status: ApiError['status'], code: string, message: string) {
    super(code, message);
    this.status = status;
  }
}
