import type { CompiledDiagram } from '../content/content-store';
import { currentLanguage, topicText } from '../i18n/i18n';
import { prepareDiagram, type PreparedDiagram } from './prepare-diagram';

/** The language and direction a drawing's words are written for; drawings are kept per key. */
export interface DrawingLanguage {
  key: string;
  direction: 'ltr' | 'rtl';
}

export function currentDrawingLanguage(): DrawingLanguage {
  const direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  return { key: `${currentLanguage()}|${direction}`, direction };
}

/** Which drawing this is, whatever the language. */
export function drawingKey(topicId: string, diagram: CompiledDiagram): string {
  return `${topicId}|${diagram.url}`;
}

export function diagramLabelText(topicId: string, diagramId: string, labelId: string): string {
  return topicText(topicId, `diagrams.${diagramId}.labels.${labelId}`);
}

/** Prepares a diagram file's drawing with its labels in the given language. */
export function drawingPreparer(topicId: string, diagram: CompiledDiagram, file: string, language: DrawingLanguage): () => PreparedDiagram {
  return () => prepareDiagram(file, (label) => diagramLabelText(topicId, diagram.id, label), language.direction);
}
