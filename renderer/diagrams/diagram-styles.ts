import { css } from 'lit';

/**
 * The one visual style of every diagram: palette, line widths and label type, set here once.
 * Diagram files only name classes from scripts/content/diagram-format.ts (a unit test checks that
 * each class is styled here). Diagrams sit on a white card in both themes; the high-contrast
 * theme (`html[data-theme='high-contrast']`) switches to pure black ink, stronger fills and
 * thicker lines. Sizes of label text are in rem, so they follow the patient's text size (up to
 * the size the label boxes were drawn for).
 */
export const diagramStyles = css`
  .diagram {
    --dg-ink: #1d2733;
    --dg-ink-soft: #5b6878;
    --dg-card: #ffffff;
    --dg-skin: #f7dcc6;
    --dg-bone: #f4f1ea;
    --dg-tendon: #efe3cf;
    --dg-muscle: #cf4f47;
    --dg-muscle-weak: #f0b3aa;
    --dg-fibre: #8f2c27;
    --dg-fibre-weak: #c77a72;
    --dg-nerve: #d99a00;
    --dg-signal: #0a72b5;
    --dg-blocked: #b3261e;
    --dg-device: #dfe7ef;
    --dg-accent: #00596b;
    --dg-accent-soft: #dceff2;
    --dg-panel: #f4f7fb;
    --dg-caution: #8a4b00;
    --dg-caution-soft: #fff1dc;
    --dg-person: #b9c6d6;
    --dg-line: 3px;
    --dg-line-thin: 2px;
    --dg-line-bold: 6px;
    /* The label boxes were drawn to hold every language's words up to a 32 px root size (133 %);
       the largest step stops there, and "Make bigger" enlarges the whole picture instead. */
    --dg-label-size: min(0.9rem, 28.8px);
    --dg-label-heading-size: min(1rem, 32px);
    --dg-label-figure-size: min(1.4rem, 44.8px);
    --dg-label-note-size: min(0.75rem, 24px);

    display: block;
    background: var(--dg-card);
    color: var(--dg-ink);
    /* The drawing is a picture, not a document: no selection, no long-press menu. */
    user-select: none;
  }
  :host-context(html[data-theme='high-contrast']) .diagram {
    --dg-ink: #000000;
    --dg-ink-soft: #000000;
    --dg-skin: #ffe0c2;
    --dg-muscle: #c0182a;
    --dg-muscle-weak: #ff9d94;
    --dg-fibre: #5c0008;
    --dg-fibre-weak: #8f1d24;
    --dg-nerve: #b37400;
    --dg-signal: #0038a8;
    --dg-blocked: #a00000;
    --dg-accent: #003b47;
    --dg-caution: #5c3000;
    --dg-person: #6b7a8c;
    --dg-line: 4px;
    --dg-line-thin: 3px;
    --dg-line-bold: 8px;
  }

  .diagram * {
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Open lines are never filled, whatever group they are drawn with (use polygon for a filled shape). */
  .diagram polyline,
  .diagram line {
    /* !important: a class on the line itself (e.g. .fibre, which fills cross-section dots) must not fill it. */
    fill: none !important;
  }
  .diagram .outline {
    fill: none;
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line);
  }
  .diagram .outline-thin {
    fill: none;
    stroke: var(--dg-ink-soft);
    stroke-width: var(--dg-line-thin);
  }
  .diagram .ghost {
    fill: none;
    stroke: var(--dg-ink-soft);
    stroke-width: var(--dg-line-thin);
    stroke-dasharray: 10 8;
  }
  .diagram .skin {
    fill: var(--dg-skin);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line);
  }
  .diagram .bone {
    fill: var(--dg-bone);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line-thin);
  }
  .diagram .tendon {
    fill: var(--dg-tendon);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line-thin);
  }
  .diagram .muscle {
    fill: var(--dg-muscle);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line);
  }
  .diagram .muscle-weak {
    fill: var(--dg-muscle-weak);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line);
  }
  .diagram .fibre {
    fill: var(--dg-fibre);
    stroke: var(--dg-fibre);
    stroke-width: var(--dg-line-bold);
  }
  .diagram .fibre-weak {
    fill: var(--dg-fibre-weak);
    stroke: var(--dg-fibre-weak);
    stroke-width: var(--dg-line-thin);
  }
  .diagram .nerve {
    fill: none;
    stroke: var(--dg-nerve);
    stroke-width: var(--dg-line-bold);
  }
  .diagram .signal {
    fill: var(--dg-signal);
    stroke: var(--dg-signal);
    stroke-width: var(--dg-line);
  }
  .diagram .blocked {
    fill: none;
    stroke: var(--dg-blocked);
    stroke-width: var(--dg-line-bold);
  }
  .diagram .electrode {
    fill: var(--dg-accent);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line-thin);
  }
  .diagram .device {
    fill: var(--dg-device);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line);
  }
  .diagram .connector {
    fill: none;
    stroke: var(--dg-ink-soft);
    stroke-width: var(--dg-line);
  }
  .diagram .arrow {
    fill: none;
    stroke: var(--dg-accent);
    stroke-width: var(--dg-line-bold);
  }
  .diagram .arrow-head {
    fill: var(--dg-accent);
    stroke: var(--dg-accent);
    stroke-width: var(--dg-line-thin);
  }
  .diagram .panel {
    fill: var(--dg-panel);
    stroke: var(--dg-ink-soft);
    stroke-width: var(--dg-line-thin);
  }
  .diagram .panel-caution {
    fill: var(--dg-caution-soft);
    stroke: var(--dg-caution);
    stroke-width: var(--dg-line);
    stroke-dasharray: 12 8;
  }
  .diagram .hub {
    fill: var(--dg-accent);
    stroke: var(--dg-ink);
    stroke-width: var(--dg-line);
  }
  .diagram .person {
    fill: var(--dg-person);
    stroke: none;
  }
  .diagram .person-highlight {
    fill: var(--dg-accent);
    stroke: none;
  }
  .diagram .icon {
    fill: none;
    stroke: var(--dg-accent);
    stroke-width: var(--dg-line);
  }
  .diagram .icon-fill {
    fill: var(--dg-accent-soft);
    stroke: var(--dg-accent);
    stroke-width: var(--dg-line);
  }
  .diagram .caution-mark {
    fill: var(--dg-caution);
    stroke: var(--dg-caution);
    stroke-width: var(--dg-line-thin);
  }

  /* Label boxes: words from the language files, wrapped inside the box the author drew. Words
     that do not fit (a new translation no test has seen) spill over rather than being cut off. */
  .diagram .label {
    overflow: visible;
  }
  .diagram .label-box {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    width: 100%;
    height: 100%;
    margin: 0;
    font-size: var(--dg-label-size);
    line-height: 1.2;
    color: var(--dg-ink);
    overflow-wrap: break-word;
  }
  .diagram .label-text {
    flex: 1 1 auto;
    min-width: 0;
  }
  /* Arabic script stacks marks above and below letters: its lines need more room. */
  .diagram .label-box:lang(ar) {
    line-height: 1.35;
  }
  .diagram .align-start .label-text {
    text-align: start;
  }
  .diagram .align-center .label-text {
    text-align: center;
  }
  .diagram .align-end .label-text {
    text-align: end;
  }
  .diagram .label-heading .label-box {
    font-size: var(--dg-label-heading-size);
    font-weight: 700;
  }
  .diagram .label-figure .label-box {
    font-size: var(--dg-label-figure-size);
    font-weight: 700;
    color: var(--dg-accent);
  }
  .diagram .label-note .label-box {
    font-size: var(--dg-label-note-size);
    color: var(--dg-ink-soft);
  }
  .diagram .label-on-dark .label-box {
    color: #ffffff;
    font-weight: 700;
  }
  .diagram .label-caution .label-box {
    color: var(--dg-caution);
    font-weight: 700;
  }
`;

/** The white card a diagram is drawn on, on its screen and full screen alike; the drawing fills it. */
export const diagramCardStyles = css`
  .diagram-card {
    min-height: 0;
    border: 2px solid var(--kx-color-border);
    border-radius: var(--kx-radius);
    overflow: hidden;
    background: #ffffff;
  }
  .diagram-card > svg.diagram {
    display: block;
    width: 100%;
    height: 100%;
  }
`;
