import { franc } from 'franc-min';

const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  rus: 'ru',
  ukr: 'uk',
  nld: 'nl',
  pol: 'pl',
  tur: 'tr',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  hin: 'hi',
  swe: 'sv',
  ron: 'ro',
  ces: 'cs',
  ell: 'el',
  hun: 'hu',
  fin: 'fi',
  dan: 'da',
  nob: 'no',
  ind: 'id',
  vie: 'vi',
  pes: 'fa',
  heb: 'he',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  slk: 'sk',
  tha: 'th',
  ben: 'bn',
  urd: 'ur',
  zlm: 'ms',
};

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for it as was with on be by he at are this from his have or an but not they has had were which their said who been will would'.split(
    ' ',
  ),
);

/** Fast path: English function words make up over a fifth of the words in an English text. */
function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  if (words.length < 20) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length > 0.2;
}

/**
 * ISO 639-1 code of the text's language, from franc's trigram model on the first 4,000 characters.
 * Returns `en` for text too short to judge (under 40 letters), since a short English draft is the
 * common case and refusing it would be worse than analyzing it.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  if ((sample.match(/\p{L}/gu) ?? []).length < 40) return 'en';
  if (looksEnglish(sample)) return 'en';
  const code = franc(sample, { minLength: 10 });
  if (code === 'und') return 'en';
  return ISO3_TO_1[code] ?? code;
}
