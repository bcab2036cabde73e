/** Minimal ANSI styling; every function is the identity when colour is off. */
export interface Styler {
  role(role: string, text: string): string;
  underline(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: string, text: string): string;
}

const ROLE_CODES: Record<string, string> = {
  quote: '36', // cyan
  reported: '34', // blue
  factual: '32', // green
  opinion: '35;1', // bold magenta
};
const SEVERITY_CODES: Record<string, string> = { error: '31', warning: '33', suggestion: '36', info: '2' };

const wrap = (code: string, text: string) => `\x1b[${code}m${text}\x1b[0m`;

/** Strips terminal control sequences and other C0/C1 controls from untrusted article text. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}

export function createStyler(color: boolean): Styler {
  if (!color) {
    const id = (_: string, t: string) => t;
    return { role: id, underline: (t) => t, bold: (t) => t, dim: (t) => t, severity: id };
  }
  return {
    role: (role, text) => wrap(ROLE_CODES[role] ?? '0', text),
    underline: (text) => `\x1b[4m${text}\x1b[24m`,
    bold: (text) => wrap('1', text),
    dim: (text) => wrap('2', text),
    severity: (sev, text) => wrap(SEVERITY_CODES[sev] ?? '0', text),
  };
}
