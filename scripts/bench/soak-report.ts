import type { SoakReading, SoakResult } from './soak';

/**
 * The soak's readings as a Markdown table (bench/soak/results.md) and a small SVG chart
 * (bench/soak/chart.svg): one panel per figure, sessions along the bottom, so growth shows as a
 * line that climbs.
 */

const MB = 1024 * 1024;

export function soakTable(result: SoakResult, facts: { chromium: string; cpu: string; date: string }): string {
  const rows = result.readings.map(
    (reading) =>
      `| ${reading.sessions} | ${formatDuration(reading.elapsedSeconds)} | ${(reading.heapBytes / MB).toFixed(2)} | ${reading.domNodes} | ${reading.listeners} | ${reading.rendererBytes === null ? 'n/a' : (reading.rendererBytes / MB).toFixed(1)} |`,
  );
  const budgets = result.budgets.map((budget) => `| ${budget.name} | ${formatBudgetValue(budget.name, budget.value)} | ${budget.limit} | ${budget.pass === null ? '' : budget.pass ? 'pass' : '**FAIL**'} |`);
  return [
    `Soak: ${result.sessions} patient sessions in ${formatDuration(result.seconds)} (Chromium ${facts.chromium}, ${facts.cpu}, ${facts.date}); every one woke the kiosk, chose its language, opened a chapter, a glossary word, read-aloud and the Take this home sheet, and was reset by the idle timer; ${result.diagramsOpened} also opened a diagram full screen.${result.skipped.length > 0 ? ` LEFT OUT (SOAK_SKIP, not a soak for the record): ${result.skipped.join(', ')}.` : ''}`,
    '',
    '| sessions | elapsed | JS heap (MB) | DOM nodes | event listeners | renderer processes (MB, PSS) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| budget | growth | limit | pass |',
    '| --- | ---: | --- | --- |',
    ...budgets,
    '',
  ].join('\n');
}

function formatBudgetValue(name: string, value: number | null): string {
  if (value === null) return 'n/a';
  return /heap|memory/i.test(name) ? `${(value / 1024).toFixed(1)} kB` : String(value);
}

function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

const PANEL = { width: 300, height: 120, left: 56, top: 24, gap: 28 } as const;

/** Four small panels side by side (heap, nodes, listeners, renderer memory), each scaled to its own range. */
export function soakChart(readings: readonly SoakReading[]): string {
  const series: { title: string; values: (number | null)[] }[] = [
    { title: 'JS heap (MB)', values: readings.map((reading) => reading.heapBytes / MB) },
    { title: 'DOM nodes', values: readings.map((reading) => reading.domNodes) },
    { title: 'Event listeners', values: readings.map((reading) => reading.listeners) },
    { title: 'Renderer memory (MB)', values: readings.map((reading) => (reading.rendererBytes === null ? null : reading.rendererBytes / MB)) },
  ];
  const maxSessions = Math.max(1, ...readings.map((reading) => reading.sessions));
  const panelWidth = PANEL.left + PANEL.width + PANEL.gap;
  const totalWidth = panelWidth * series.length;
  const totalHeight = PANEL.top + PANEL.height + 40;
  const panels = series.map(({ title, values }, index) => {
    const x0 = index * panelWidth + PANEL.left;
    const known = values.filter((value): value is number => value !== null);
    const low = known.length === 0 ? 0 : Math.min(...known);
    const high = known.length === 0 ? 1 : Math.max(...known);
    // At least 5% of the value from bottom to top, the line centred: a node count going 1294,
    // 1295, 1294 is flat, and must not look like a saw across the whole panel.
    const span = Math.max(high - low, Math.abs(high) * 0.05, 1e-9);
    const bottom = (low + high) / 2 - span / 2;
    const x = (sessions: number) => x0 + (sessions / maxSessions) * PANEL.width;
    const y = (value: number) => PANEL.top + PANEL.height - ((value - bottom) / span) * PANEL.height;
    const points = readings.flatMap((reading, at) => (values[at] === null ? [] : [`${x(reading.sessions).toFixed(1)},${y(values[at]!).toFixed(1)}`]));
    const label = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2));
    return [
      `<text x="${x0}" y="${PANEL.top - 8}" font-size="13" font-weight="bold">${title}</text>`,
      `<rect x="${x0}" y="${PANEL.top}" width="${PANEL.width}" height="${PANEL.height}" fill="none" stroke="#999"/>`,
      `<text x="${x0 - 4}" y="${PANEL.top + 10}" font-size="11" text-anchor="end">${label(bottom + span)}</text>`,
      `<text x="${x0 - 4}" y="${PANEL.top + PANEL.height}" font-size="11" text-anchor="end">${label(bottom)}</text>`,
      `<text x="${x0 + PANEL.width}" y="${PANEL.top + PANEL.height + 16}" font-size="11" text-anchor="end">${maxSessions} sessions</text>`,
      points.length > 0 ? `<polyline points="${points.join(' ')}" fill="none" stroke="#0b5563" stroke-width="2"/>` : `<text x="${x0 + 8}" y="${PANEL.top + 60}" font-size="12">not measured</text>`,
    ].join('\n  ');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="sans-serif" role="img" aria-label="Memory over ${maxSessions} simulated patient sessions">`,
    `  <rect width="100%" height="100%" fill="#fff"/>`,
    `  ${panels.join('\n  ')}`,
    '</svg>',
    '',
  ].join('\n');
}
