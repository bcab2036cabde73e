import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError } from '../../errors/index.js';
import { DEFAULT_FEATURES, type FeatureConfig } from '../../models/features.js';
import { loadLexicon } from '../../models/lexicon.js';
import { tokensOf } from '../../models/tokens-of.js';
import type { TrainOptions } from '../../models/train-logistic.js';
import { readClaimBuster } from '../readers/read-claimbuster.js';
import { foldOf } from '../splits.js';
import { type BinaryExample, trainBinary } from '../train-binary.js';
import { binaryCard } from './model-card.js';
import type { TrainOutput, TrainTask } from './types.js';

export interface CheckworthyOptions {
  features: FeatureConfig;
  train: TrainOptions;
}

export const CHECKWORTHY_DEFAULTS: CheckworthyOptions = {
  features: DEFAULT_FEATURES,
  train: { l2: 3e-4, iterations: 150, learningRate: 0.05 },
};

export function trainCheckworthy(
  dataRoot: string,
  seed: number,
  log: (line: string) => void,
  options: CheckworthyOptions = CHECKWORTHY_DEFAULTS,
): TrainOutput {
  const dir = join(dataRoot, 'claimbuster');
  if (!existsSync(dir))
    throw new NotFoundError('data-missing', `${dir} not found (ClaimBuster *.json)`, { path: dir });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  // The ClaimBuster files are overlapping samples of one pool: keep each sentence id once.
  const byId = new Map<string, BinaryExample>();
  for (const file of files) {
    for (const s of readClaimBuster(join(dir, file))) {
      const id = s.source.slice(s.source.lastIndexOf('#'));
      const key = `${s.group}|${s.text}`;
      if (byId.has(key) || id === '') continue;
      byId.set(key, { tokens: tokensOf(s.text), label: s.label === '1' ? 1 : 0, group: s.group });
    }
  }
  const examples = [...byId.values()];
  log(`checkworthy: ${examples.length} distinct ClaimBuster sentences from ${files.length} files`);
  const { model, report } = trainBinary(
    examples,
    {
      name: 'checkworthy',
      labels: ['0', '1'],
      features: options.features,
      train: options.train,
      metric: 'positiveF1',
      balancedThreshold: true,
      folds: 5,
      seed,
      isDev: (e) => foldOf(e.group, 5, seed + 11) === 0,
      data: files.map((f) => `claimbuster/${f}`),
      log,
    },
    loadLexicon(),
  );
  const card = binaryCard({
    title: 'checkworthy — check-worthy factual claims',
    task: 'checkworthy',
    data: `ClaimBuster two-class data (Arslan et al., ICWSM 2020; US presidential debates 1960–2016): the union of the shared \`claimbuster/*.json\` files, deduplicated (${examples.length} sentences). 1 = check-worthy factual sentence (CFS), 0 = NFS/UFS.`,
    licence:
      'ClaimBuster dataset: reportedly CC BY 4.0 (Zenodo 3609356); the mirror repository is GPL-3.0. Only derived hashed weights are committed.',
    split:
      "sentence ids run in debate order, so ids are grouped in blocks of 500 (≈ one debate segment); 5-fold CV and the dev split (blocks hashed into fold 0) keep blocks whole. The threshold is tuned for positive-class F1 with the classes reweighted 1:1, as in ClaimBuster's balanced test set.",
    report,
    failures: [
      'Debate speech only: news prose, tweets and headlines differ in style; numbers and dates push the score up whatever the context.',
      'Statements of personal plans ("I will cut taxes") are labelled not check-worthy in ClaimBuster but look like claims to the model.',
      'Calibrated on the training mix (about 1 in 5 check-worthy); the threshold assumes a balanced test set.',
    ],
  });
  return {
    models: [model],
    card,
    summary: {
      cvPositiveF1: report.cv.positiveF1,
      cvBalancedPositiveF1: report.cv.balancedPositiveF1,
      devPositiveF1: report.dev.positiveF1,
      devBalancedPositiveF1: report.dev.balancedPositiveF1,
    },
  };
}

export const checkworthyTask: TrainTask = {
  name: 'checkworthy',
  description: 'check-worthy factual claims vs not (ClaimBuster)',
  run: ({ dataRoot, seed, log }) => trainCheckworthy(dataRoot, seed, log),
};
