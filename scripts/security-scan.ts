/**
 * `npm run security:scan`: runs Doyensec's electronegativity over the main process, the preload
 * and the renderer, offline, and fails on every finding above INFORMATIONAL that
 * scripts/security/electronegativity-allow-list.json does not explain with a reason. Allow-list
 * entries that match nothing fail too, so the list cannot quietly outlive the code it excuses.
 *
 * It scans the TypeScript sources, not the esbuild bundle: with Babel's `decoratorAutoAccessors`
 * plugin every source file parses (Lit's `@property() accessor` and `static override` included),
 * so findings point at lines we write. The bundle would add Lit's and i18next's code, and
 * electronegativity skips `.cjs` files without a word, so dist/main/ would scan as empty.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fieldName } from './content/schema-problems';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOW_LIST_FILE = 'scripts/security/electronegativity-allow-list.json';
/** main/ holds the main process and main/preload.ts; renderer/ the Lit interface and its HTML. */
const SCANNED_FOLDERS = ['main', 'renderer'];
/** The extensions electronegativity's directory loader reads (besides package and lock files). */
const SCANNED_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm']);
/** Fetches Electron's release list from GitHub; the kiosk's tests must run offline. */
const NETWORK_CHECK = 'AvailableSecurityFixesGlobalCheck';
const SEVERITY_RANK: Record<string, number> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/** One electronegativity finding, reduced to what the allow-list and the report need. */
export interface Finding {
  check: string;
  /** Project-relative, with `/`; electronegativity says `N/A` for app-wide findings. */
  file: string;
  line: number;
  severity: string;
  description: string;
  /** The flagged source line, trimmed (what an allow-list `snippet` is matched against). */
  sample: string;
}

const allowListEntrySchema = z.strictObject({
  check: z.string().regex(/^[A-Z0-9_]+$/, 'must be a check id such as SANDBOX_JS_CHECK'),
  file: z.string().min(1).refine((file) => !path.isAbsolute(file) && !file.includes('\\'), 'must be a project-relative path with /'),
  line: z.number().int().positive().optional(),
  snippet: z.string().trim().min(1).optional(),
  reason: z.string().trim().min(1, 'must explain why this finding is safe in this app'),
});
const allowListSchema = z.strictObject({ about: z.string().optional(), entries: z.array(z.unknown()) });

export type AllowListEntry = z.infer<typeof allowListEntrySchema>;

function describeIssues(issues: readonly z.core.$ZodIssue[], at: PropertyKey[]): string[] {
  return issues.map((issue) => `${fieldName([...at, ...issue.path])}: ${issue.message}`);
}

/**
 * Validates the parsed allow-list file entry by entry, so one bad entry does not hide what the
 * good ones explain; `problems` names each bad field (`entries[2].reason: ...`).
 */
export function parseAllowList(json: unknown): { entries: AllowListEntry[]; problems: string[] } {
  const file = allowListSchema.safeParse(json);
  if (!file.success) return { entries: [], problems: describeIssues(file.error.issues, []) };
  const entries: AllowListEntry[] = [];
  const problems: string[] = [];
  file.data.entries.forEach((raw, index) => {
    const entry = allowListEntrySchema.safeParse(raw);
    if (entry.success) entries.push(entry.data);
    else problems.push(...describeIssues(entry.error.issues, ['entries', index]));
  });
  return { entries, problems };
}

export function isAboveInformational(finding: Finding): boolean {
  // An unknown severity name counts as serious: a newer electronegativity must not slip past.
  return (SEVERITY_RANK[finding.severity] ?? Infinity) > 0;
}

export function entryMatches(entry: AllowListEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.line === undefined || entry.line === finding.line) &&
    (entry.snippet === undefined || finding.sample.includes(entry.snippet))
  );
}

export interface Comparison {
  unexplained: Finding[];
  allowListed: Finding[];
  /** Entries that match no finding above informational. */
  stale: AllowListEntry[];
  informational: number;
}

/** Sorts the findings above INFORMATIONAL into allow-listed and unexplained, and finds stale entries. */
export function compareWithAllowList(findings: readonly Finding[], entries: readonly AllowListEntry[]): Comparison {
  const reportable = findings.filter(isAboveInformational);
  const used = new Set<AllowListEntry>();
  const comparison: Comparison = { unexplained: [], allowListed: [], stale: [], informational: findings.length - reportable.length };
  for (const finding of reportable) {
    const matching = entries.filter((entry) => entryMatches(entry, finding));
    for (const entry of matching) used.add(entry);
    (matching.length > 0 ? comparison.allowListed : comparison.unexplained).push(finding);
  }
  comparison.stale = entries.filter((entry) => !used.has(entry));
  return comparison;
}

export function formatFinding(finding: Finding): string {
  const sample = finding.sample ? `\n      ${finding.sample}` : '';
  return `${finding.check} ${finding.file}:${finding.line} ${finding.severity}: ${finding.description}${sample}`;
}

export function formatEntry(entry: AllowListEntry): string {
  const where = entry.line === undefined ? '' : `:${entry.line}`;
  const snippet = entry.snippet === undefined ? '' : ` snippet ${JSON.stringify(entry.snippet)}`;
  return `${entry.check} ${entry.file}${where}${snippet}`;
}

/**
 * `eng-disable` comments make electronegativity drop a finding before we see it, which would
 * bypass the allow-list and its reasons; returns `file:line` of each one.
 */
export function findInlineDisables(sources: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of sources) {
    text.split('\n').forEach((line, index) => {
      if (/eng-disable/i.test(line)) found.push(`${file}:${index + 1}`);
    });
  }
  return found;
}

/** The fields of electronegativity's issue objects that we read. */
interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  description: string;
  sample?: string;
}

interface RawResult {
  errors: { file: string; message: string }[];
  issues: RawIssue[];
}

/** Turns a raw issue into a Finding; global checks give no sample, so the flagged line stands in. */
export function toFinding(issue: RawIssue, sources: ReadonlyMap<string, string>): Finding {
  const file = issue.file.split(path.sep).join('/');
  const sourceLine = sources.get(file)?.split('\n')[issue.location.line - 1] ?? '';
  return {
    check: issue.id,
    file,
    line: issue.location.line,
    severity: issue.severity.name,
    description: issue.description,
    sample: (typeof issue.sample === 'string' ? issue.sample : sourceLine).trim(),
  };
}

/** Project-relative paths (with `/`) of every file electronegativity will read in the scanned folders. */
function listScannedFiles(): string[] {
  return SCANNED_FOLDERS.flatMap((folder) =>
    (readdirSync(path.join(projectRoot, folder), { recursive: true }) as string[])
      .filter((name) => SCANNED_EXTENSIONS.has(path.extname(name).toLowerCase()))
      .map((name) => `${folder}/${name.split(path.sep).join('/')}`),
  ).sort();
}

const requireFromHere = createRequire(import.meta.url);

/**
 * Loads electronegativity with `got` (its HTTP client) replaced by one that always fails. Besides
 * the excluded release check, its start-up fetches translations from S3 on every run; failing
 * that fetch is a case it handles (it falls back to its bundled English).
 */
function loadElectronegativityOffline(): (options: object) => Promise<RawResult> {
  const entry = requireFromHere.resolve('@doyensec/electronegativity');
  const gotPath = requireFromHere.resolve('got', { paths: [path.dirname(entry)] });
  const offline = () => Promise.reject(new Error('security-scan: network access is disabled'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(offline, { default: offline, head: offline, get: offline });
  requireFromHere.cache[gotPath] = stub;
  return requireFromHere(entry) as (options: object) => Promise<RawResult>;
}

/** The installed Electron's version; without it the checks assume Electron 0.1 and its unsafe defaults. */
function installedElectronVersion(): string {
  const manifest = JSON.parse(readFileSync(requireFromHere.resolve('electron/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Runs electronegativity once over a temporary copy of the scanned files. One run, because its
 * global checks (CSP, navigation limits, permission handler) must see main and renderer together;
 * a copy, because it takes a single folder and the project root also holds scripts/, tests/, dist/.
 */
async function runElectronegativity(files: readonly string[]): Promise<RawResult> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'kiosk-security-scan-'));
  const log = console.log;
  // Its only console output is the notice that the (blocked) translation download failed.
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      cpSync(path.join(projectRoot, file), path.join(copy, file));
    }
    const run = loadElectronegativityOffline();
    const result = await run({
      input: copy,
      isRelative: true,
      excludeFromScan: [NETWORK_CHECK],
      // Its README calls this option `electronVersion`, but 1.10.3 reads `electronVersionOverride`.
      electronVersionOverride: installedElectronVersion(),
      parserPlugins: ['decoratorAutoAccessors'],
    });
    // Parse errors name the copy; report the project's own path.
    const errors = result.errors.map((error) => ({ ...error, file: path.relative(copy, error.file).split(path.sep).join('/') }));
    return { ...result, errors };
  } finally {
    console.log = log;
    rmSync(copy, { recursive: true, force: true });
  }
}

function readAllowList(): { entries: AllowListEntry[]; problems: string[] } {
  try {
    return parseAllowList(JSON.parse(readFileSync(path.join(projectRoot, ALLOW_LIST_FILE), 'utf8')));
  } catch (error) {
    return { entries: [], problems: [(error as Error).message] };
  }
}

async function main(): Promise<number> {
  const files = listScannedFiles();
  // Electronegativity reports an empty folder as clean; a moved or renamed folder must fail instead.
  const emptyFolders = SCANNED_FOLDERS.filter((folder) => !files.some((file) => file.startsWith(`${folder}/`)));
  if (emptyFolders.length > 0) {
    console.error(`Security scan failed: no files to scan in ${emptyFolders.map((folder) => `${folder}/`).join(', ')}.`);
    return 1;
  }
  const sources = new Map(files.map((file) => [file, readFileSync(path.join(projectRoot, file), 'utf8')]));
  const allowList = readAllowList();
  const result = await runElectronegativity(files);
  const comparison = compareWithAllowList(
    result.issues.map((issue) => toFinding(issue, sources)),
    allowList.entries,
  );

  const failures: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) failures.push(title, ...lines.map((line) => `  ${line}`));
  };
  section(`${ALLOW_LIST_FILE} is not valid:`, allowList.problems);
  // A file it could not parse is a file it did not check.
  section('Files electronegativity could not parse:', result.errors.map((error) => `${error.file}: ${error.message}`));
  section('eng-disable comments (explain the finding in the allow-list instead):', findInlineDisables(sources));
  section(
    `Findings not explained in ${ALLOW_LIST_FILE} (fix the code, or add an entry with a reason):`,
    comparison.unexplained.map(formatFinding),
  );
  section('Stale allow-list entries that match no finding (remove them):', comparison.stale.map(formatEntry));
  if (failures.length > 0) {
    console.error(['Security scan failed.', ...failures].join('\n'));
    return 1;
  }
  const findings = comparison.allowListed.length;
  console.log(
    `Security scan passed: ${files.length} files scanned, ${findings} finding(s) above informational, ` +
      `${findings} allow-listed (${comparison.informational} informational ignored).`,
  );
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
