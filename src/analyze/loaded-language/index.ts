export { createLoadedLanguageAnalyzer, LOADED_LANGUAGE_RULE_FILES } from './loaded-language-analyzer.js';
