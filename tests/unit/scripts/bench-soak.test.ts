import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soakBudgets, type SoakReading } from '../../../scripts/bench/soak';
import { soakChart, soakTable } from '../../../scripts/bench/soak-report';

const MB = 1024 * 1024;
const reading = (sessions: number, change: Partial<SoakReading> = {}): SoakReading => ({
  sessions,
  elapsedSeconds: sessions * 4,
  heapBytes: 20 * MB,
  domNodes: 900,
  listeners: 300,
  rendererBytes: 120 * MB,
  ...change,
});

test('the soak budgets compare the last reading with the one after the first 100 sessions, not with the cold start', () => {
  const steady = soakBudgets([reading(100), reading(200, { heapBytes: 20.5 * MB, rendererBytes: 125 * MB }), reading(2000, { heapBytes: 20 * MB + 900 * 1024, domNodes: 880, rendererBytes: 129 * MB })]);
  assert.deepEqual(
    steady.map((budget) => [budget.value, budget.pass]),
    [
      [900 * 1024, true],
      [-20, true],
      [0, true],
      [9 * MB, true],
    ],
  );
  // The first 100 sessions may grow (languages, diagrams and code loading); after that, nothing may.
  const leaking = soakBudgets([reading(100, { heapBytes: 2 * MB }), reading(2000, { heapBytes: 21.5 * MB, domNodes: 901, listeners: 303, rendererBytes: 131 * MB })]);
  assert.deepEqual(leaking.map((budget) => budget.pass), [false, false, false, false]);
  assert.match(leaking[0]!.name, /sessions 100 to 2000/);
  // Unknown renderer memory (not Linux) is reported as such, not passed.
  assert.equal(soakBudgets([reading(100, { rendererBytes: null }), reading(200, { rendererBytes: null })])[3]!.pass, null);
  // Too short a soak has nothing to compare.
  assert.deepEqual(soakBudgets([reading(50)]).map((budget) => budget.pass), [null]);
});

test('the table lists every reading and every budget; the chart draws one line per figure', () => {
  const readings = [reading(100), reading(200, { domNodes: 950 })];
  const table = soakTable({ sessions: 200, diagramsOpened: 150, skipped: [], seconds: 800, readings, budgets: soakBudgets(readings) }, { chromium: '156', cpu: 'Test CPU x2', date: '2026-11-30' });
  assert.match(table, /^Soak: 200 patient sessions in 13 min 20 s/);
  assert.match(table, /\| 100 \| 6 min 40 s \| 20\.00 \| 900 \| 300 \| 120\.0 \|/);
  assert.match(table, /\| DOM node growth, sessions 100 to 200 \| 50 \| <= 0 \(back to the start\) \| \*\*FAIL\*\* \|/);
  const chart = soakChart(readings);
  assert.equal(chart.match(/<polyline /g)?.length, 4);
  assert.match(chart, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(soakChart([reading(100, { rendererBytes: null })]), /not measured/);
});
