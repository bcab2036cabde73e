import { expect, it } from 'vitest';
import * as unspin from './index.js';

// Pins the public runtime exports: a change here is a change to the library's API.
it('exports exactly the public API', () => {
  expect(Object.keys(unspin).sort()).toMatchSnapshot();
});

it('analyzes text through the public entry point', () => {
  const report = unspin.analyze('The council approved the budget on Tuesday. "It is fair," the mayor said.');
  expect(report.schema).toBe(unspin.REPORT_SCHEMA);
  expect(report.sentences).toHaveLength(2);
});
