import { readLabelledTable } from '../readers/read-labelled-table.js';
import type { LabelledSentence } from '../readers/types.js';

/** Reads a CheckThat! subjectivity TSV (sentence_id / sentence / label in any order; SUBJ or OBJ). */
export function readSubjectivityTsv(path: string): LabelledSentence[] {
  return readLabelledTable(path, {
    textColumns: ['sentence', 'text'],
    labelColumns: ['label', 'class_label'],
    groupColumns: ['sentence_id'],
    mapLabel: (raw) => (raw === 'SUBJ' || raw === 'OBJ' ? raw : null),
    expectedLabels: 'SUBJ or OBJ',
  });
}
