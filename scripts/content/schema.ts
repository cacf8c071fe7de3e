import { z } from 'zod';
import { ANY_LANGUAGE, topicLinkProblem } from '../../main/config/topic-links';

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
  /**
   * Font files for a script the app has no font for (a new language added as files, or in a
   * content pack): each in locales/fonts/, as WOFF2, under a family named in `font`. The kiosk
   * loads them itself (renderer/text/language-fonts.ts); the app's own fonts need no entry.
   */
  fontFiles: z
    .array(
      z.strictObject({
        family: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{0,79}$/, 'must be a font family name of letters, digits, spaces and "-", as written in "font"'),
        /** The two weights the kiosk draws with: 400 (regular) and 700 (bold). */
        weight: z.union([z.literal(400), z.literal(700)]),
        file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.woff2$/, 'must be the name of a .woff2 file in locales/fonts/, such as "noto-sans-devanagari-400.woff2"'),
      }),
    )
    .min(1, 'must list at least one font file (or be left out)')
    .max(8, 'must list at most 8 font files')
    .optional(),
  /**
   * The eSpeak NG voice that reads this language aloud (read-aloud audio is made when the kiosk is
   * built: scripts/speech/). Without one, only recorded pages can be read aloud.
   */
  speechVoice: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/, 'must be an eSpeak NG voice id such as "en-us" or "cmn"').optional(),
});

export const languageRegistrySchema = z.strictObject({
  /** The language every other language is checked against (and falls back to). */
  sourceLanguage: languageCodeSchema,
  languages: z.array(languageSchema).min(1, 'must list at least one language'),
});

const sourcePassagesSchema = z
  .array(z.string().min(8, 'must quote at least a few words of the source'))
  .min(1, 'must cite at least one source passage')
  .max(4, 'must cite at most 4 source passages');

/**
 * A diagram shown beside a screen's text: content/<topic>/diagrams/<id>.svg. Its words are in
 * each language file under `diagrams.<id>` (name, description, one text per label box), and its
 * facts have their own source quotations.
 */
export const diagramSchema = z.strictObject({
  id: slug,
  sourcePassages: sourcePassagesSchema,
});

const screenBase = {
  id: slug,
  /**
   * Short quotations from the topic's source text that support this screen, so a clinician can
   * check every fact. Required: a screen with no source does not belong in the kiosk.
   */
  sourcePassages: sourcePassagesSchema,
  /** Optional picture that explains the screen, shown beside its text. */
  diagram: diagramSchema.optional(),
};

/** A heading and a short paragraph. */
const introScreen = z.strictObject({ ...screenBase, kind: z.literal('intro') });
/** A heading, an optional lead sentence and up to five short bullet points. */
const listScreen = z.strictObject({
  ...screenBase,
  kind: z.literal('list'),
  items: z.array(slug).min(1, 'must have at least one item').max(5, 'must have at most 5 items (one idea per screen)'),
});
/** A heading, an optional lead sentence and two to six cards, each a title and one or two sentences. */
const cardsScreen = z.strictObject({
  ...screenBase,
  kind: z.literal('cards'),
  cards: z.array(slug).min(2, 'must have at least 2 cards').max(6, 'must have at most 6 cards'),
});
/** A heading and a paragraph set apart: `info` for key facts, `caution` for what is not yet a treatment. */
const calloutScreen = z.strictObject({
  ...screenBase,
  kind: z.literal('callout'),
  tone: z.enum(['info', 'caution']),
});

export const screenSchema = z.discriminatedUnion('kind', [introScreen, listScreen, cardsScreen, calloutScreen]);

const isoDate = z.iso.date('must be a date written YYYY-MM-DD');

/**
 * A named group of consecutive screens ("Signs", "Causes"). Its title is in each language file
 * under `chapters.<id>.title`. A topic's chapters, taken in order, list every screen exactly once
 * and in the order of `screens` (check-chapters.ts).
 */
export const chapterSchema = z.strictObject({
  id: slug,
  screens: z.array(slug).min(1, 'must list at least one screen'),
});

/**
 * The printed handout (renderer/handout/): a short list of key points per chapter, written for
 * paper and held to the same rules as the screens (each point quotes its source), plus which list
 * screens are the "when to tell your care team" and "questions to ask" lists, and which diagram
 * prints. The words of each point are in every language file under `handout.points.<id>`.
 */
export const handoutKeyPointSchema = z.strictObject({
  id: slug,
  sourcePassages: sourcePassagesSchema,
});

export const handoutSchema = z.strictObject({
  keyPoints: z
    .array(
      z.strictObject({
        /** The chapter these points sum up; left out in a topic without chapters. */
        chapter: slug.optional(),
        points: z.array(handoutKeyPointSchema).min(1, 'must have at least one key point').max(3, 'must have at most 3 key points (a handout is one or two pages)'),
      }),
    )
    .min(1, 'must have key points for at least one chapter'),
  /** A list screen with the signs to report; printed in full on every handout. */
  whenToTell: slug.optional(),
  /** A list screen with questions to ask; printed in full on every handout. */
  questions: slug.optional(),
  /** A diagram one of the screens shows; printed in black and white. */
  diagram: slug.optional(),
});

/** A QR-code address: https only, a public site, short enough to scan (main/config/topic-links.ts). */
const topicLinkSchema = z.string().superRefine((value, context) => {
  const problem = topicLinkProblem(value);
  if (problem !== null) context.addIssue({ code: 'custom', message: problem });
});

/** Clinical review: "not-reviewed" until a clinician has checked the text and it is recorded here. */
export const reviewSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('not-reviewed') }),
  z.strictObject({ status: z.literal('reviewed'), reviewer: z.string().min(1, 'must name the reviewer'), date: isoDate }),
]);

export const sourceSchema = z.strictObject({
  id: slug,
  /** Where the source's own text is kept for checking quotations, relative to the project folder. */
  localCopy: z.string().min(1).optional(),
});

export const topicSchema = z.strictObject({
  id: slug,
  /** Position on the home screen, lowest first. */
  order: z.number().int().nonnegative(),
  /** SVG file in the topic folder shown on the home screen. */
  icon: z.string().regex(/^[a-z0-9-]+\.svg$/, 'must be an .svg file name in the topic folder'),
  /** The day the text was last changed. */
  lastEdited: isoDate,
  review: reviewSchema,
  /**
   * Per translated language, whether a qualified medical translator has checked the text. A
   * language not listed here is a draft translation, and patients are told so.
   */
  translationReviews: z.record(languageCodeSchema, reviewSchema).default({}),
  sources: z.array(sourceSchema).min(1, 'must name at least one source'),
  /** Terms patients can tap for a short definition; mark them in text as [[term]] or [[term|shown words]]. */
  glossary: z.array(slug).default([]),
  screens: z.array(screenSchema).min(1, 'must have at least one screen'),
  /**
   * Optional: groups the screens into chapters. A topic with chapters opens on a contents page
   * listing them; one without opens on its first screen.
   */
  chapters: z.array(chapterSchema).min(2, 'must have at least 2 chapters, or leave "chapters" out').max(8, 'must have at most 8 chapters (each is one large button on the contents page)').optional(),
  /** Optional: what the "Take this home" handout prints (check-handout.ts). Without it, no handout. */
  handout: handoutSchema.optional(),
  /**
   * Optional: per language (or "*" for every other language), a web address the "Take this home"
   * sheet shows as a QR code (main/config/topic-links.ts). The IT config's `topicLinks` win.
   */
  takeHomeLinks: z.record(z.union([languageCodeSchema, z.literal(ANY_LANGUAGE)]), topicLinkSchema).optional(),
});

export type LanguageEntry = z.infer<typeof languageSchema>;
export type LanguageRegistry = z.infer<typeof languageRegistrySchema>;

/**
 * The registry as the renderer receives it: the build adds each language's default numbering
 * system (optional here so older builds and test fixtures without it still type-check; without
 * it numbers are always formatted by Intl).
 */
export interface CompiledLanguageEntry extends LanguageEntry {
  numberingSystem?: string;
}
export interface CompiledLanguageRegistry extends LanguageRegistry {
  languages: CompiledLanguageEntry[];
}
export type ScreenStructure = z.infer<typeof screenSchema>;
export type ChapterStructure = z.infer<typeof chapterSchema>;
export type HandoutStructure = z.infer<typeof handoutSchema>;
export type ScreenKind = ScreenStructure['kind'];
export type TopicStructure = z.infer<typeof topicSchema>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A diagram as the renderer receives it. */
export interface CompiledDiagram {
  id: string;
  /** URL of the SVG file, relative to the app root. */
  url: string;
  /** Label ids in the file's order; their words are at `diagrams.<id>.labels.<label>`. */
  labels: string[];
}

/** A screen as the renderer receives it: the source quotations stay with the authors. */
export type CompiledScreen = DistributiveOmit<ScreenStructure, 'sourcePassages' | 'diagram'> & { diagram?: CompiledDiagram };

/** The handout as the renderer receives it: point ids per chapter, without the quotations. */
export interface CompiledHandout {
  keyPoints: { chapter?: string; points: string[] }[];
  whenToTell?: string;
  questions?: string;
  diagram?: string;
}

/** A topic as the renderer receives it in content/index.json. */
export interface CompiledTopic extends Omit<TopicStructure, 'screens' | 'sources' | 'handout'> {
  handout?: CompiledHandout;
  screens: CompiledScreen[];
  /** Source ids; their descriptions are in each language's text. */
  sources: { id: string }[];
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

/**
 * The text keys a topic's structure calls for; every text file must have exactly these.
 * `diagramLabels` gives each diagram's label ids, read from its SVG file.
 */
export function textKeysForTopic(topic: TopicStructure, diagramLabels: ReadonlyMap<string, string[]> = new Map()): TextKeyRule[] {
  const required = (key: string): TextKeyRule => ({ key, required: true });
  const keys: TextKeyRule[] = [required('title'), required('summary')];
  for (const source of topic.sources) keys.push(required(`sources.${source.id}`));
  for (const chapter of topic.chapters ?? []) keys.push(required(`chapters.${chapter.id}.title`));
  for (const term of topic.glossary) keys.push(required(`glossary.${term}.term`), required(`glossary.${term}.definition`));
  for (const group of topic.handout?.keyPoints ?? []) {
    for (const point of group.points) keys.push(required(`handout.points.${point.id}`));
  }
  for (const screen of topic.screens) {
    const prefix = `screens.${screen.id}`;
    keys.push(required(`${prefix}.title`));
    switch (screen.kind) {
      case 'intro':
      case 'callout':
        keys.push(required(`${prefix}.body`));
        break;
      case 'list':
        keys.push({ key: `${prefix}.lead`, required: false });
        for (const item of screen.items) keys.push(required(`${prefix}.items.${item}`));
        break;
      case 'cards':
        keys.push({ key: `${prefix}.lead`, required: false });
        for (const card of screen.cards) keys.push(required(`${prefix}.cards.${card}.title`), required(`${prefix}.cards.${card}.body`));
        break;
    }
  }
  for (const [id, labels] of diagramLabels) {
    keys.push(required(`diagrams.${id}.name`), required(`diagrams.${id}.description`));
    for (const label of labels) keys.push(required(`diagrams.${id}.labels.${label}`));
  }
  return keys;
}
