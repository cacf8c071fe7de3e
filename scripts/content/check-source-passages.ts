import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonFile } from './json-file';
import type { ContentProblem } from './problems';
import type { TopicStructure } from './schema';

/** Compares quotations loosely: case, curly quotes and line breaks do not matter. */
export function normaliseForQuote(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Each screen's `sourcePassages` must be found word for word in one of the topic's sources, so a
 * clinician can trust that every screen traces back to the source. Sources without a local copy
 * on this machine cannot be checked here and are skipped.
 */
export function checkSourcePassages(projectRoot: string, structure: TopicStructure, json: JsonFile, problems: ContentProblem[]): void {
  const texts = structure.sources
    .map((source) => (source.localCopy ? path.resolve(projectRoot, source.localCopy) : null))
    .filter((file): file is string => file !== null && existsSync(file))
    .map((file) => normaliseForQuote(readFileSync(file, 'utf8')));
  if (texts.length === 0) return;
  const check = (passages: string[], at: (string | number)[]) => {
    passages.forEach((passage, passageIndex) => {
      if (!texts.some((text) => text.includes(normaliseForQuote(passage)))) {
        problems.push({
          file: json.file,
          field: `${at.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1)}.sourcePassages[${passageIndex}]`,
          message: 'is not found word for word in the topic\'s sources (quote the source exactly)',
          line: json.lineOf([...at, 'sourcePassages', passageIndex]),
        });
      }
    });
  };
  structure.screens.forEach((screen, screenIndex) => {
    check(screen.sourcePassages, ['screens', screenIndex]);
    if (screen.diagram) check(screen.diagram.sourcePassages, ['screens', screenIndex, 'diagram']);
  });
  structure.handout?.keyPoints.forEach((group, groupIndex) => {
    group.points.forEach((point, pointIndex) => check(point.sourcePassages, ['handout', 'keyPoints', groupIndex, 'points', pointIndex]));
  });
}
