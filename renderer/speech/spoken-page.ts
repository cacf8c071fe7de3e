/**
 * What a page's read-aloud is, without the player: where its audio lives and how staff's settings
 * map to the player's. Kept apart from read-aloud.ts so a script loaded later
 * (read-aloud-from-app.ts) has these without bundling a second player.
 */
import type { KioskSettingsView, ReadAloudSpeed, ReadAloudVolume } from '../../main/ipc/contract';

export type ReadAloudState = 'idle' | 'loading' | 'playing' | 'paused' | 'error';
export type VoiceKind = 'computer' | 'recorded';

export interface SpeechManifest {
  home: Record<string, VoiceKind>;
  topics: Record<string, Record<string, Record<string, VoiceKind>>>;
}

/** One page's audio: where its files are, and where its text is shown (for the highlight). */
export interface SpokenPage {
  /** `audio/muscle-atrophy/es/signs` or `audio/home/es`, without an extension. */
  base: string;
  /** The shadow root (or document) that holds the page's text. */
  textRoot: () => ParentNode | null;
}

export interface ReadAloudSettings {
  /** False hides every Listen button (staff setting). */
  enabled: boolean;
  /** 0 to 1. */
  volume: number;
  /** 1 for normal, below 1 for slower (the pitch stays). */
  rate: number;
}

/** Staff's read-aloud choices as the player uses them. */
export function readAloudSettingsFrom(view: Pick<KioskSettingsView, 'readAloud' | 'readAloudVolume' | 'readAloudSpeed'>): ReadAloudSettings {
  const volumes: Record<ReadAloudVolume, number> = { quiet: 0.4, medium: 0.7, loud: 1 };
  const rates: Record<ReadAloudSpeed, number> = { slower: 0.8, normal: 1 };
  return { enabled: view.readAloud, volume: volumes[view.readAloudVolume] ?? 0.7, rate: rates[view.readAloudSpeed] ?? 1 };
}

/** Where a page's audio lives. */
export function topicPageAudio(topicId: string, language: string, pageId: string): string {
  return `audio/${topicId}/${language}/${pageId}`;
}
export function homeAudio(language: string): string {
  return `audio/home/${language}`;
}

/**
 * The page for a Listen button: the same object while the page stays the same, so the button
 * keeps its state across renders; a new one when the page or its language changes.
 */
export function spokenPageFor(previous: SpokenPage | null, base: string, textRoot: () => ParentNode | null): SpokenPage {
  return previous?.base === base ? previous : { base, textRoot };
}
