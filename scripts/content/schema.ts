import { z } from 'zod';

/**
 * The one schema for everything authors edit: the language registry (locales/languages.json),
 * each topic's language-neutral structure (content/<topic>/topic.json), and — derived from that
 * structure — the keys every per-language text file (content/<topic>/<lng>.json) must have.
 * The build, `npm run content:check` and the renderer's types all come from here.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-", e.g. "muscle-atrophy"');
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en" or "zh-Hans"');

export const languageSchema = z.strictObject({
  code: languageCodeSchema,
  nativeName: z.string().min(1, 'must not be empty'),
  englishName: z.string().min(1, 'must not be empty'),
  dir: z.enum(['ltr', 'rtl']),
  /** CSS font-family list used for this language's text. */
  font: z.string().min(1, 'must not be empty'),
});

export const languageRegistrySchema = z.strictObject({
  /** The language every other language is checked against (and falls back to). */
  sourceLanguage: languageCodeSchema,
  languages: z.array(languageSchema).min(1, 'must list at least one language'),
});

const screenBase = {
  id: slug,
  /** Which passages of the source text support this screen, so a clinician can check it. */
  sourcePassages: z.array(z.string().min(1)).min(1, 'must cite at least one source passage').optional(),
};

/** A heading and a short paragraph. */
const introScreen = z.strictObject({ ...screenBase, kind: z.literal('intro') });
/** A heading, an optional lead sentence and up to five short bullet points. */
const listScreen = z.strictObject({
  ...screenBase,
  kind: z.literal('list'),
  items: z.array(slug).min(1, 'must have at least one item').max(5, 'must have at most 5 items (one idea per screen)'),
});

export const screenSchema = z.discriminatedUnion('kind', [introScreen, listScreen]);

export const topicSchema = z.strictObject({
  id: slug,
  /** Position on the home screen, lowest first. */
  order: z.number().int().nonnegative(),
  /** SVG file in the topic folder shown on the home screen. */
  icon: z.string().regex(/^[a-z0-9-]+\.svg$/, 'must be an .svg file name in the topic folder'),
  screens: z.array(screenSchema).min(1, 'must have at least one screen'),
});

export type LanguageEntry = z.infer<typeof languageSchema>;
export type LanguageRegistry = z.infer<typeof languageRegistrySchema>;
export type ScreenStructure = z.infer<typeof screenSchema>;
export type ScreenKind = ScreenStructure['kind'];
export type TopicStructure = z.infer<typeof topicSchema>;

/** A topic as the renderer receives it in content/index.json. */
export interface CompiledTopic extends TopicStructure {
  /** URL of the icon, relative to the app root. */
  iconUrl: string;
  /** Languages that have a text file for this topic. */
  languages: string[];
}

export interface ContentIndex {
  topics: CompiledTopic[];
}

export interface TextKeyRule {
  /** Dotted key inside the text file, e.g. `screens.causes.title`. */
  key: string;
  required: boolean;
}

/** The text keys a topic's structure calls for; every text file must have exactly these. */
export function textKeysForTopic(topic: TopicStructure): TextKeyRule[] {
  const keys: TextKeyRule[] = [
    { key: 'title', required: true },
    { key: 'summary', required: true },
  ];
  for (const screen of topic.screens) {
    const prefix = `screens.${screen.id}`;
    keys.push({ key: `${prefix}.title`, required: true });
    switch (screen.kind) {
      case 'intro':
        keys.push({ key: `${prefix}.body`, required: true });
        break;
      case 'list':
        keys.push({ key: `${prefix}.lead`, required: false });
        for (const item of screen.items) keys.push({ key: `${prefix}.items.${item}`, required: true });
        break;
    }
  }
  return keys;
}
