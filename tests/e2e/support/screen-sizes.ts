/**
 * The kiosk screen shapes every screen must work on (CSS px): full HD and 4K panels, portrait
 * floor-standing kiosks, cheap all-in-ones, wall tablets, medical-cart panels, small tablets.
 */
export const SCREEN_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1280, height: 1024 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 3840, height: 2160 },
] as const;

export const sizeName = ({ width, height }: { width: number; height: number }) => `${width}x${height}`;

export type ScreenSize = (typeof SCREEN_SIZES)[number];
