/**
 * Page swipes on a topic: a mostly sideways drag turns the page like a book. In a left-to-right
 * language, dragging towards the left brings the next page; in a right-to-left language pages
 * turn the other way, so the same drag goes back.
 */
export type SwipeIntent = 'next' | 'back';

/** Shortest sideways drag, in CSS pixels, that counts as a swipe (a tap wobbles less). */
export const MIN_SWIPE_DISTANCE = 80;

export function swipeIntent(deltaX: number, deltaY: number, direction: 'ltr' | 'rtl'): SwipeIntent | null {
  // Sideways must clearly dominate, so scrolling the text up and down never turns the page.
  if (Math.abs(deltaX) < MIN_SWIPE_DISTANCE || Math.abs(deltaX) < 2 * Math.abs(deltaY)) return null;
  const towardsLineStart = direction === 'ltr' ? deltaX < 0 : deltaX > 0;
  return towardsLineStart ? 'next' : 'back';
}
