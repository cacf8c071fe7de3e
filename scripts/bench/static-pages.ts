/**
 * The baseline pages, written beside the built app so the same server serves them with the
 * same headers (CSP included):
 *
 *   bench-home.html  the home screen as the app renders it, pre-rendered: every shadow root as a
 *                    declarative shadow root, each component's styles as a stylesheet file, the
 *                    same global stylesheet and fonts, and no script. The fastest that screen
 *                    can possibly reach the glass: the cold-start baseline.
 *   bench-tap.html   the same page plus one small script whose only job is to change the heading
 *                    on a tap: the floor for tap-to-paint (input delivery, one style, layout,
 *                    paint and frame), measured the same way as the app's taps.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pageScript } from './page-script';

export const STATIC_HOME = 'bench-home.html';
export const TAP_BASELINE = 'bench-tap.html';

interface Snapshot {
  head: string;
  htmlAttributes: string;
  body: string;
  /** Component stylesheets by placeholder index; the placeholder becomes a file name. */
  sheets: string[];
}

/** Serialises the home screen shown in `page` (loaded, fonts ready) into the baseline pages. */
export async function writeStaticPages(page: Page, appRoot: string): Promise<void> {
  const snapshot = (await page.evaluate(SNAPSHOT_SCRIPT)) as Snapshot;
  let body = snapshot.body;
  for (const [index, css] of snapshot.sheets.entries()) {
    const name = `bench-sheet-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
    await writeFile(path.join(appRoot, name), css);
    body = body.replaceAll(`__SHEET_${index}__`, name);
  }
  const page_ = (extraHead: string) =>
    `<!doctype html>\n<html${snapshot.htmlAttributes}>\n<head>${snapshot.head}${extraHead}</head>\n<body>${body}</body>\n</html>\n`;
  await writeFile(path.join(appRoot, STATIC_HOME), page_(''));
  await writeFile(path.join(appRoot, TAP_BASELINE), page_('<script src="bench-tap.js" defer></script>'));
  await writeFile(path.join(appRoot, 'bench-tap.js'), TAP_SCRIPT);
}

/** Each tap changes the home heading's text, and nothing else. */
const TAP_SCRIPT = `let taps = 0;
document.addEventListener('click', () => {
  const heading = document.querySelector('kx-app').shadowRoot.querySelector('kx-home-screen').shadowRoot.querySelector('h1');
  taps += 1;
  heading.textContent = 'Tap ' + taps;
});
`;

/** Runs in the page: the composed tree as HTML with declarative shadow roots. */
function snapshotPage(): Snapshot {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const sheets: string[] = [];
  const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', '&quot;');
  // Style attributes are left out: the CSP refuses them in markup (the app sets them through
  // the CSSOM), and on the home screen they only repeat the default font.
  const attributes = (element: Element) =>
    [...element.attributes]
      .filter((attribute) => attribute.name !== 'style')
      .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`)
      .join('');
  const sheetLinks = (sheetsOfRoot: readonly CSSStyleSheet[]) =>
    sheetsOfRoot
      .map((sheet) => {
        sheets.push([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
        return `<link rel="stylesheet" href="__SHEET_${sheets.length - 1}__">`;
      })
      .join('');
  const serialize = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
    if (!(node instanceof Element)) return ''; // Lit's comment markers
    const tag = node.tagName.toLowerCase();
    if (tag === 'script') return ''; // no script, nor the app's JSON data block
    const open = `<${tag}${attributes(node)}>`;
    if (VOID.has(tag)) return open;
    const shadow = node.shadowRoot
      ? `<template shadowrootmode="open"${node.shadowRoot.delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>` +
        sheetLinks(node.shadowRoot.adoptedStyleSheets) +
        [...node.shadowRoot.childNodes].map(serialize).join('') +
        '</template>'
      : '';
    return `${open}${shadow}${[...node.childNodes].map(serialize).join('')}</${tag}>`;
  };
  return {
    head: [...document.head.childNodes].map(serialize).join(''),
    htmlAttributes: attributes(document.documentElement),
    body: sheetLinks(document.adoptedStyleSheets) + [...document.body.childNodes].map(serialize).join(''),
    sheets,
  };
}

const SNAPSHOT_SCRIPT = pageScript(snapshotPage);
