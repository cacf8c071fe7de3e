import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isValidPin } from '../staff/pin-hash';

/**
 * The optional file clinic IT places beside the installed kiosk (kiosk-config.json) to set it up
 * without touching the screen. Read once at start. For now it carries the first staff PIN; the
 * PIN is hashed into the settings on first start and the plain text is never written anywhere.
 */
export const itConfigSchema = z.strictObject({
  /** The staff PIN a fresh install starts with: 4 to 8 digits. */
  initialPin: z.string().refine(isValidPin, 'must be 4 to 8 digits').optional(),
});

export type ItConfig = z.infer<typeof itConfigSchema>;

export const IT_CONFIG_FILE_NAME = 'kiosk-config.json';

/**
 * Reads the first config file that exists among `candidates`. A missing file is normal (no IT
 * config); a broken one is reported through `warn` and ignored, so the kiosk still starts.
 */
export function readItConfig(candidates: readonly string[], warn: (message: string) => void): ItConfig {
  for (const filePath of candidates) {
    let text: string;
    try {
      text = readFileSync(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      warn(`IT config ${filePath} could not be read (${(error as Error).message}); ignored.`);
      return {};
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      warn(`IT config ${filePath} is not valid JSON; ignored.`);
      return {};
    }
    const parsed = itConfigSchema.safeParse(raw);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
      warn(`IT config ${filePath} is invalid (${fields.join('; ')}); ignored.`);
      return {};
    }
    return parsed.data;
  }
  return {};
}
