/** One labelled sentence from any dataset, with the group (article, outlet, debate) it must not be split from. */
export interface LabelledSentence {
  text: string;
  label: string;
  /** Article, outlet or debate id: splits keep a group on one side. */
  group: string;
  /** Dataset file and line, for error messages and provenance. */
  source: string;
}
