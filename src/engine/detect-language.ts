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

/**
 * ISO 639-1 code of the text's language, from franc's trigram model on the first 4,000 characters.
 * Returns `en` for text too short to judge (under 40 letters), since a short English draft is the
 * common case and refusing it would be worse than analyzing it.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  if ((sample.match(/\p{L}/gu) ?? []).length < 40) return 'en';
  const code = franc(sample, { minLength: 10 });
  if (code === 'und') return 'en';
  return ISO3_TO_1[code] ?? code;
}
