import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDiagramSvg } from './check-diagram';
import type { JsonFile } from './json-file';
import type { ContentProblem } from './problems';
import { displayPath } from './read-author-file';
import type { TopicStructure } from './schema';

/** Sub-folder of a topic that holds its diagram files. */
export const DIAGRAM_FOLDER = 'diagrams';

export interface TopicDiagrams {
  /** Diagram id → its label ids, for the text keys every language must have. */
  labelsById: Map<string, string[]>;
  /** Diagrams whose file is missing or broken: their label keys cannot be checked until it is fixed. */
  unreadable: Set<string>;
}

/** Checks the diagram file of every screen that names one, and that no diagram file lies unused. */
export function checkTopicDiagrams(projectRoot: string, folder: string, structure: TopicStructure, json: JsonFile, problems: ContentProblem[]): TopicDiagrams {
  const labelsById = new Map<string, string[]>();
  const unreadable = new Set<string>();
  const diagramDir = path.join(folder, DIAGRAM_FOLDER);
  structure.screens.forEach((screen, index) => {
    const id = screen.diagram?.id;
    if (id === undefined || labelsById.has(id)) return;
    const file = path.join(diagramDir, `${id}.svg`);
    if (!existsSync(file)) {
      problems.push({ file: json.file, field: `screens[${index}].diagram.id`, message: `names ${displayPath(projectRoot, file)}, which does not exist`, line: json.lineOf(['screens', index, 'diagram', 'id']) });
    }
    const checked = existsSync(file) ? checkDiagramSvg(displayPath(projectRoot, file), readFileSync(file, 'utf8'), problems) : null;
    labelsById.set(id, checked?.labels ?? []);
    if (checked === null) unreadable.add(id);
  });
  const used = new Set(structure.screens.flatMap((screen) => (screen.diagram ? [screen.diagram.id] : [])));
  const files = existsSync(diagramDir) ? readdirSync(diagramDir) : [];
  for (const name of files) {
    const id = name.endsWith('.svg') ? name.slice(0, -4) : null;
    if (id !== null && used.has(id)) continue;
    const message = id === null ? 'is not a diagram (.svg) file; only diagrams belong in this folder' : `is not used by any screen in topic.json (add "diagram": { "id": "${id}", ... } to a screen, or remove the file)`;
    problems.push({ file: displayPath(projectRoot, path.join(diagramDir, name)), field: '(file)', message });
  }
  return { labelsById, unreadable };
}
