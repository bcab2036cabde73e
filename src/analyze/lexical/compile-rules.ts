import { DataFormatError } from '../../errors/index.js';
import type { Category, Severity } from '../../finding.js';
import { phraseTokens } from '../shared/phrase-matcher.js';
import type { InQuotes, RuleData, RuleFileData } from './rule-types.js';
import { type PatternElement, parseElement, parsePattern } from './token-pattern.js';

/** One-token context: element tests, and whether a sentence boundary satisfies it. */
export interface Context {
  elements: PatternElement[];
  boundary: boolean;
}

export interface CompiledRule {
  /** Position in `CompiledRules.rules`. */
  index: number;
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestion: string | null;
  confidence: number;
  inQuotes: InQuotes;
  caseSensitive: boolean;
  dropWhenNested: boolean;
  precededBy: Context | null;
  notPrecededBy: Context | null;
  followedBy: Context | null;
  notFollowedBy: Context | null;
}

export interface CompiledPattern {
  rule: CompiledRule;
  elements: PatternElement[];
  /** The neutral alternative of a term, when the rule is a word list. */
  alternative: string | null;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** Patterns by the words their first element can match. */
  byFirstWord: Map<string, CompiledPattern[]>;
  /** Patterns whose first element matches by kind (`<punct>`, `_`): tried at every token. */
  anyFirst: CompiledPattern[];
  /** Message-only rules by id. */
  messages: Map<string, CompiledRule>;
}

const SEVERITIES = new Set(['error', 'warning', 'suggestion', 'info']);
const IN_QUOTES = new Set(['skip', 'speaker', 'flag']);

function fail(file: string, message: string): never {
  throw new DataFormatError('rules-invalid', `Rule file ${file}: ${message}`, { file });
}

/** Builds the class table shared by all of an analyzer's files. */
function collectClasses(files: readonly [string, RuleFileData][]): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  for (const [file, data] of files) {
    for (const [name, words] of Object.entries(data.classes ?? {})) {
      if (classes.has(name)) fail(file, `class "${name}" is defined twice`);
      if (!Array.isArray(words)) fail(file, `class "${name}" must be a list`);
      const set = new Set<string>();
      for (const w of words) {
        const toks = phraseTokens(String(w));
        if (toks.length !== 1) fail(file, `class "${name}": "${w}" is not one token`);
        set.add(toks[0] as string);
      }
      classes.set(name, set);
    }
  }
  return classes;
}

function compileContext(list: string[] | undefined, classes: Map<string, Set<string>>): Context | null {
  if (!list || list.length === 0) return null;
  const elements: PatternElement[] = [];
  let boundary = false;
  for (const item of list) {
    if (item === '<start>' || item === '<end>') boundary = true;
    else elements.push(parseElement(item, classes));
  }
  return { elements, boundary };
}

function compileRule(
  file: string,
  data: RuleData,
  classes: Map<string, Set<string>>,
  index: number,
): CompiledRule {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(String(data.id))) fail(file, `bad rule id "${data.id}"`);
  if (!SEVERITIES.has(data.severity)) fail(file, `${data.id}: bad severity "${data.severity}"`);
  if (typeof data.message !== 'string' || !data.message) fail(file, `${data.id}: message is required`);
  const inQuotes = data.inQuotes ?? 'skip';
  if (!IN_QUOTES.has(inQuotes)) fail(file, `${data.id}: bad inQuotes "${inQuotes}"`);
  return {
    index,
    id: data.id,
    category: data.category,
    severity: data.severity,
    message: data.message,
    suggestion: data.suggestion ?? null,
    confidence: data.confidence ?? 0.8,
    inQuotes,
    caseSensitive: data.caseSensitive === true,
    dropWhenNested: data.dropWhenNested === true,
    precededBy: compileContext(data.precededBy, classes),
    notPrecededBy: compileContext(data.notPrecededBy, classes),
    followedBy: compileContext(data.followedBy, classes),
    notFollowedBy: compileContext(data.notFollowedBy, classes),
  };
}

/** Expands a leading optional element so every pattern can be indexed by its first word. */
function expandLeadingOptional(elements: PatternElement[]): PatternElement[][] {
  const first = elements[0];
  if (!first?.optional) return [elements];
  const rest = elements.slice(1);
  return [[{ ...first, optional: false }, ...rest], ...expandLeadingOptional(rest)];
}

/**
 * Validates and compiles an analyzer's rule files into indexed token patterns.
 * Throws DataFormatError on a malformed file: rule data ships with the package, so this is a bug.
 */
export function compileRules(files: readonly [string, RuleFileData][]): CompiledRules {
  const classes = collectClasses(files);
  const out: CompiledRules = { rules: [], byFirstWord: new Map(), anyFirst: [], messages: new Map() };
  const seen = new Set<string>();
  const addPattern = (p: CompiledPattern) => {
    for (const elements of expandLeadingOptional(p.elements)) {
      const compiled = { ...p, elements };
      const words = elements[0]?.words;
      if (!words) out.anyFirst.push(compiled);
      else
        for (const w of words) {
          const list = out.byFirstWord.get(w);
          if (list) list.push(compiled);
          else out.byFirstWord.set(w, [compiled]);
        }
    }
  };
  for (const [file, data] of files) {
    for (const raw of data.rules ?? []) {
      const rule = compileRule(file, raw, classes, out.rules.length);
      if (seen.has(rule.id)) fail(file, `rule id "${rule.id}" is used twice`);
      seen.add(rule.id);
      out.rules.push(rule);
      try {
        if (raw.kind === 'message') out.messages.set(rule.id, rule);
        else if (raw.kind === 'terms') {
          for (const [key, alternative] of Object.entries(raw.terms ?? {})) {
            if (alternative !== null && typeof alternative !== 'string') {
              fail(file, `${rule.id}: the alternative of "${key}" must be a string or null`);
            }
            const terms = key.split('|');
            // "slams|slammed: criticizes|criticized" pairs inflections with alternatives by position.
            const alternatives = alternative?.includes('|') ? alternative.split('|') : null;
            if (alternatives && alternatives.length !== terms.length) {
              fail(
                file,
                `${rule.id}: "${key}" has ${terms.length} forms but ${alternatives.length} alternatives`,
              );
            }
            terms.forEach((term, k) => {
              const elements = phraseTokens(term).map((t) => parseElement(t, new Map()));
              if (elements.length === 0) fail(file, `${rule.id}: empty term in "${key}"`);
              addPattern({ rule, elements, alternative: alternatives?.[k] ?? alternative ?? null });
            });
          }
        } else if (raw.kind === 'pattern') {
          for (const source of raw.patterns ?? []) {
            addPattern({ rule, elements: parsePattern(source, classes), alternative: null });
          }
        } else fail(file, `${rule.id}: unknown kind "${(raw as { kind: string }).kind}"`);
      } catch (error) {
        if (error instanceof DataFormatError) throw error;
        fail(file, `${rule.id}: ${(error as Error).message}`);
      }
    }
  }
  return out;
}
