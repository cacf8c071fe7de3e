/**
 * The on-screen keyboard's keys (text-keyboard.ts), for staff typing the clinic's name and phone
 * on a kiosk with no keyboard. Latin letters with the accents of the kiosk's Latin-script
 * languages (Spanish, French, Vietnamese's base letters), and Arabic. Chinese characters need an
 * input method, which a kiosk cannot offer: a name in them comes from the IT config file.
 * No row is longer than 12 keys, so every key keeps its full touch size on a 768 px wide screen.
 */

export type KeyboardKind = 'text' | 'phone';
export type LetterLayout = 'latin' | 'accents' | 'arabic';

export const LETTER_LAYOUTS: Record<LetterLayout, readonly string[]> = {
  latin: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  accents: ['áàâäãåæçéèêë', 'íìîïñóòôöõøœ', 'úùûüýÿđăơư'],
  arabic: ['ضصثقفغعهخحجد', 'شسيبلاتنمكطذ', 'ئءؤرىةوزظأإآ'],
};

/**
 * The layout a keyboard opens on: the script of what is already typed, else the staff's own
 * language's letters where the keyboard has them (Latin otherwise).
 */
export function startingLayout(value: string, language: string): LetterLayout {
  if (/\p{Script=Arabic}/u.test(value)) return 'arabic';
  if (value === '' && language.split('-')[0] === 'ar') return 'arabic';
  return 'latin';
}

/** Letter layouts that have capitals, so the Shift key means something. */
export const CASED_LAYOUTS: readonly LetterLayout[] = ['latin', 'accents'];

/** Digits and the marks a clinic's name or phone line may hold. */
export const DIGIT_ROW = '1234567890';
export const MARK_ROW = ".,-'&()/#:+";

/** A phone line: digits, with the marks phone numbers are written with. */
export const PHONE_ROWS: readonly string[] = ['123', '456', '789', '+0-', '()#'];

/** The keys of a row, one character each (a row is written as one string; no key is two characters). */
export function keysOf(row: string): string[] {
  return [...row];
}

/**
 * The text after a key: the character added when there is room. Writing starts a word with a
 * capital, as names are written; Shift turns that off (or on) for the next letter.
 */
export function typeCharacter(text: string, character: string, maxLength: number): string {
  return [...text].length >= maxLength ? text : text + character;
}

/** The text after Delete: the last character gone (a whole character, even outside the BMP). */
export function deleteCharacter(text: string): string {
  return [...text].slice(0, -1).join('');
}

/** Whether the next letter is a capital: at the start and after a space, unless Shift says otherwise. */
export function capitalNext(text: string, shiftToggled: boolean): boolean {
  const wordStart = text === '' || text.endsWith(' ');
  return wordStart !== shiftToggled;
}

/** What is saved: no spaces at either end, and never two in a row. */
export function tidyTyped(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}
