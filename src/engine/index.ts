export {
  type AnalyzeOptions,
  analyze,
  createEngine,
  type Engine,
  type EngineOptions,
} from './create-engine.js';
export { detectLanguage } from './detect-language.js';
export { MAX_TEXT_CHARS, validateText } from './validate-text.js';
export { engineVersion } from './version.js';
