export {
  DataFormatError,
  FetchError,
  InputError,
  NotFoundError,
  UnspinError,
  UsageError,
} from './unspin-error.js';
