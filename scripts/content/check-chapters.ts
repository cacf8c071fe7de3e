import type { JsonFile } from './json-file';
import type { ContentProblem } from './problems';
import type { TopicStructure } from './schema';

/**
 * A topic's chapters, read in order, must list every screen exactly once and in the order of
 * `screens`: Back and Next walk the screens in that order, and a chapter is a run of them.
 */
export function checkChapters(structure: TopicStructure, json: JsonFile, problems: ContentProblem[]): void {
  const chapters = structure.chapters;
  if (chapters === undefined) return;
  const screenIds = structure.screens.map((screen) => screen.id);
  const chapterIds = new Set<string>();
  const placed = new Map<string, string>();
  let expectedIndex = 0;
  let orderReported = false;
  chapters.forEach((chapter, chapterIndex) => {
    if (chapterIds.has(chapter.id)) {
      problems.push({ file: json.file, field: `chapters[${chapterIndex}].id`, message: `"${chapter.id}" is used by an earlier chapter; chapter ids must be unique`, line: json.lineOf(['chapters', chapterIndex, 'id']) });
    }
    chapterIds.add(chapter.id);
    chapter.screens.forEach((screenId, index) => {
      const field = `chapters[${chapterIndex}].screens[${index}]`;
      const line = json.lineOf(['chapters', chapterIndex, 'screens', index]);
      if (!screenIds.includes(screenId)) {
        problems.push({ file: json.file, field, message: `"${screenId}" is not a screen in "screens"`, line });
        return;
      }
      const earlier = placed.get(screenId);
      if (earlier !== undefined) {
        problems.push({ file: json.file, field, message: `"${screenId}" is already in chapter "${earlier}"; each screen belongs to one chapter`, line });
        return;
      }
      placed.set(screenId, chapter.id);
      if (!orderReported && screenId !== screenIds[expectedIndex]) {
        orderReported = true;
        problems.push({
          file: json.file,
          field,
          message: `is "${screenId}", but screen ${expectedIndex + 1} in "screens" is "${screenIds[expectedIndex]}"; chapters must list the screens in the order of "screens"`,
          line,
        });
      }
      expectedIndex += 1;
    });
  });
  const missing = screenIds.filter((id) => !placed.has(id));
  if (missing.length > 0) {
    problems.push({ file: json.file, field: 'chapters', message: `do not list ${missing.map((id) => `"${id}"`).join(', ')}; every screen must be in one chapter`, line: json.lineOf(['chapters']) });
  }
}
