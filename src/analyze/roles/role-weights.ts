import { loadRuleFile } from '../../rules/load-rules.js';

export interface RoleWeights {
  opinion_weights: Record<string, number>;
  classifier_weights: Record<string, number>;
  opinion_threshold: number;
  quote_margin: number;
  classifier_floor: number;
  min_quote_words: number;
}

export function loadRoleWeights(): RoleWeights {
  return loadRuleFile<RoleWeights>('roles', 'weights');
}
