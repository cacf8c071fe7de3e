/**
 * Glossary links in topic text: `[[sarcopenia]]` or `[[sarcopenia|the word as shown]]`.
 * Kept free of imports because the renderer bundles it (the schema module pulls in zod).
 */
export const GLOSSARY_LINK_PATTERN = /\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g;
