import type { CompiledTopic, ContentIndex } from '../../scripts/content/schema';

// The renderer only ever sees the compiled registry, so its names are the plain ones.
export type { CompiledDiagram, CompiledScreen, CompiledTopic, ContentIndex } from '../../scripts/content/schema';
export type { CompiledLanguageEntry as LanguageEntry, CompiledLanguageRegistry as LanguageRegistry } from '../../scripts/content/schema';
export { pageCount, topicPages, type ChapterEntry, type ChapterPlace, type TopicPage } from './topic-pages';

/** Fetches a JSON file of the built app; paths are relative to the app root. */
export async function fetchAppJson<T>(relativePath: string): Promise<T> {
  const response = await fetch(relativePath);
  if (!response.ok) throw new Error(`Could not load ${relativePath} (HTTP ${response.status})`);
  return (await response.json()) as T;
}

export function findTopic(index: ContentIndex, topicId: string): CompiledTopic | undefined {
  return index.topics.find((topic) => topic.id === topicId);
}
