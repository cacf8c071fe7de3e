import type { JsonFile } from './json-file';
import type { ContentProblem } from './problems';
import type { TopicStructure } from './schema';

/**
 * A topic's handout must point at things the topic has: its chapters (each summed up at most
 * once; a topic without chapters has one group without a chapter), list screens for "when to
 * tell" and "questions", a diagram one of its screens shows, and key point ids used once.
 */
export function checkHandout(structure: TopicStructure, json: JsonFile, problems: ContentProblem[]): void {
  const handout = structure.handout;
  if (handout === undefined) return;
  const report = (at: (string | number)[], message: string) =>
    problems.push({ file: json.file, field: at.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1), message, line: json.lineOf(at) });
  const chapterIds = (structure.chapters ?? []).map((chapter) => chapter.id);
  const summed = new Set<string>();
  const pointIds = new Set<string>();
  handout.keyPoints.forEach((group, groupIndex) => {
    const at = ['handout', 'keyPoints', groupIndex];
    if (chapterIds.length === 0 && group.chapter !== undefined) report([...at, 'chapter'], 'names a chapter, but the topic has no "chapters"; leave "chapter" out');
    if (chapterIds.length > 0) {
      if (group.chapter === undefined) report(at, `must name its "chapter" (one of ${chapterIds.map((id) => `"${id}"`).join(', ')})`);
      else if (!chapterIds.includes(group.chapter)) report([...at, 'chapter'], `"${group.chapter}" is not a chapter in "chapters"`);
      else if (summed.has(group.chapter)) report([...at, 'chapter'], `"${group.chapter}" already has key points; give each chapter one group`);
      if (group.chapter !== undefined) summed.add(group.chapter);
    }
    group.points.forEach((point, pointIndex) => {
      if (pointIds.has(point.id)) report([...at, 'points', pointIndex, 'id'], `"${point.id}" is used by another key point; key point ids must be unique`);
      pointIds.add(point.id);
    });
  });
  if (chapterIds.length === 0 && handout.keyPoints.length > 1) report(['handout', 'keyPoints'], 'must have one group of key points in a topic without chapters');
  for (const field of ['whenToTell', 'questions'] as const) {
    const screenId = handout[field];
    if (screenId === undefined) continue;
    const screen = structure.screens.find((candidate) => candidate.id === screenId);
    if (screen === undefined) report(['handout', field], `"${screenId}" is not a screen in "screens"`);
    else if (screen.kind !== 'list') report(['handout', field], `"${screenId}" is a ${screen.kind} screen; it must be a list screen`);
  }
  if (handout.diagram !== undefined && !structure.screens.some((screen) => screen.diagram?.id === handout.diagram)) {
    report(['handout', 'diagram'], `"${handout.diagram}" is not a diagram any screen shows`);
  }
}
