/**
 * The one finding type every analyzer, report format, the API and the UI speak.
 * Modelled on vfile-message and Vale's Alert.
 */
export type Severity = 'error' | 'warning' | 'suggestion' | 'info';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  info: 0,
  suggestion: 1,
  warning: 2,
  error: 3,
};

/** Categories are open-ended strings; these are the ones the built-in analyzers use. */
export type Category =
  | 'attribution'
  | 'quote'
  | 'contested-claim'
  | 'vague-attribution'
  | 'loaded-language'
  | 'intensifier'
  | 'generalization'
  | 'partisan-label'
  | 'unattributed-claim'
  | 'hedge'
  | 'propaganda'
  | 'bias'
  | 'subjectivity'
  | 'checkworthy'
  | (string & {});

export interface Finding {
  /** Stable rule id, e.g. `vague-attribution/observers`. */
  ruleId: string;
  category: Category;
  /** Analyzer that produced the finding. */
  analyzer: string;
  severity: Severity;
  /** Character offsets into the analyzed text, [start, end). */
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
  /** The text found, exactly `text.slice(start, end)`. */
  text: string;
  /** One sentence: what was found, quoted, and why. */
  message: string;
  /** A neutral alternative or fix, when one exists. */
  suggestion: string | null;
  /** Index of the sentence containing `start`. */
  sentence: number;
  /** 0..1 confidence; rules use fixed values, classifiers calibrated probabilities. */
  confidence: number;
  /** Link to the rule's documentation. */
  url: string | null;
}
