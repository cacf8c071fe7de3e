import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompiledDiagram } from '../content/content-store';
import { currentDrawingLanguage, drawingKey, drawingPreparer } from '../diagrams/diagram-drawing';
import { loadDiagramFile } from '../diagrams/diagram-source';
import type { PreparedDiagram } from '../diagrams/prepare-diagram';
import { preparedDrawing } from '../diagrams/prepared-drawings';
import { onLanguageChanged, topicText } from '../i18n/i18n';

/** The words of a diagram in the current language, from the topic's text file. */
export function diagramText(topicId: string, diagramId: string, key: 'name' | 'description'): string {
  return topicText(topicId, `diagrams.${diagramId}.${key}`);
}

/**
 * Loads a host's diagram file and keeps a drawing of it in the current language: on first show,
 * when the host shows another diagram, and after a language switch (words and direction change).
 * `drawing` is null while loading; `failed` is set when the file cannot be shown.
 */
export class DiagramController implements ReactiveController {
  drawing: PreparedDiagram | null = null;
  failed = false;
  private preparedFor = '';
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { topicId: string; diagram: CompiledDiagram | null },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A host put back on the page may have missed a switch, or a drawing that arrived meanwhile.
    if (this.preparedFor !== '') {
      this.refresh();
      this.host.requestUpdate();
    }
    // Not for a host taken off the page earlier in the same switch (see I18nController).
    this.stopListening = onLanguageChanged(() => {
      if (this.stopListening !== null) this.refresh();
    });
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = null;
  }

  hostUpdate(): void {
    this.refresh();
  }

  private refresh(): void {
    const { topicId, diagram } = this.source();
    const language = currentDrawingLanguage();
    const wanted = diagram ? `${drawingKey(topicId, diagram)}|${language.key}` : '';
    if (wanted === this.preparedFor) return;
    this.preparedFor = wanted;
    this.drawing = null;
    this.failed = false;
    if (!diagram) return;
    loadDiagramFile(diagram.url)
      .then((file) => {
        if (this.preparedFor !== wanted) return;
        this.drawing = preparedDrawing(drawingKey(topicId, diagram), language.key, drawingPreparer(topicId, diagram, file, language));
      })
      .catch((error: unknown) => {
        if (this.preparedFor !== wanted) return;
        console.error(`[kiosk] diagram ${diagram.url} could not be shown:`, error);
        this.failed = true;
      })
      // A host taken off the page meanwhile renders again only if it is put back (hostConnected).
      .finally(() => {
        if (this.stopListening !== null) this.host.requestUpdate();
      });
  }
}
