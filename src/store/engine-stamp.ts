import type { Engine } from '../engine/create-engine.js';
import type { EngineStamp } from './types.js';

const PROBE = 'The council met on Monday. "We agreed," the mayor said.';

/** The engine and model versions this engine writes into `report.engine`, read from a tiny probe analysis. */
export function engineStamp(engine: Engine): EngineStamp {
  const report = engine.analyze(PROBE, { forceLanguage: true, source: 'probe' });
  return { version: report.engine.version, models: { ...report.engine.models } };
}
