import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  compareVersions,
  electronSupportProblem,
  MINIMUM_NODE_VERSION,
  NEWEST_ELECTRON_MAJOR,
  NODE_LTS_END_OF_LIFE,
  nodeSupportProblem,
  oldestSupportedElectronMajor,
} from '../../../../scripts/toolchain/supported-versions';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8'));
const packageJson = readJson('package.json');
const lock = readJson('package-lock.json');
const today = new Date().toISOString().slice(0, 10);

test('the Electron in the lock file still gets security fixes', () => {
  const locked: string = lock.packages['node_modules/electron'].version;
  assert.equal(electronSupportProblem(locked), null);
  // What was installed is what the lock file says (a stale node_modules would hide a downgrade).
  assert.equal(readJson('node_modules/electron/package.json').version, locked);
});

test('the supported window is the three newest Electron majors', () => {
  assert.equal(oldestSupportedElectronMajor(45), 43);
  assert.equal(electronSupportProblem('43.0.0', 45), null);
  assert.equal(electronSupportProblem('45.5.0', 45), null);
  assert.match(electronSupportProblem('42.9.9', 45) ?? '', /no security fixes: only 43–45/);
  assert.match(electronSupportProblem('41.7.1', 45) ?? '', /no security fixes/);
  // A release newer than the project knows means the number itself is stale.
  assert.match(electronSupportProblem('46.0.0', 45) ?? '', /raise that number to 46/);
  assert.throws(() => electronSupportProblem('latest'), /Not a version number/);
});

test("package.json's Electron range cannot resolve below the supported window", () => {
  const range: string = packageJson.devDependencies.electron;
  const lowest = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(range)?.[1];
  assert.ok(lowest, `"electron": "${range}" should be a plain, caret or tilde range`);
  assert.equal(electronSupportProblem(lowest), null);
  assert.ok(Number(lowest.split('.')[0]) <= NEWEST_ELECTRON_MAJOR);
});

test('the tests run on the Node that package.json brings, and it is a supported LTS', () => {
  // npm scripts put node_modules/.bin first on the PATH: its `node` is the devDependency's binary.
  const wanted: string = packageJson.devDependencies.node;
  const locked: string = lock.packages['node_modules/node'].version;
  assert.equal(process.versions.node, locked, `npm test should run on the locked Node ${locked} (devDependency "node": "${wanted}")`);
  assert.equal(nodeSupportProblem(locked, today), null);
  assert.equal(packageJson.engines.node, `>=${MINIMUM_NODE_VERSION}`);
});

test('a Node past its end of life, outside the known LTS lines, or too old for Electron is refused', () => {
  assert.equal(nodeSupportProblem('24.21.0', '2026-11-30'), null);
  assert.match(nodeSupportProblem('22.23.3', '2027-05-01') ?? '', /end of life on 2027-04-30/);
  assert.match(nodeSupportProblem('20.20.2', '2026-01-01') ?? '', /not one of the LTS lines/);
  assert.match(nodeSupportProblem('23.1.0', '2026-01-01') ?? '', /not one of the LTS lines/);
  assert.match(nodeSupportProblem('22.11.0', '2026-01-01') ?? '', /older than 22\.12\.0/);
  assert.ok(Object.values(NODE_LTS_END_OF_LIFE).every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)));
});

test('versions compare by number, not as text', () => {
  assert.ok(compareVersions('22.12.0', '22.9.0') > 0);
  assert.ok(compareVersions('v24.1.0', '24.1.0') === 0);
  assert.ok(compareVersions('22.11.9', '22.12.0') < 0);
});

test('README, docs/deploying.md and .ci/run name the same Node as package.json', () => {
  const nodeMajor = String(packageJson.devDependencies.node).replace(/^[\^~]/, '').split('.')[0];
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const deploying = readFileSync(path.join(projectRoot, 'docs/deploying.md'), 'utf8');
  const ciRun = readFileSync(path.join(projectRoot, '.ci/run'), 'utf8');
  for (const [name, text] of [['README.md', readme], ['docs/deploying.md', deploying]] as const) {
    assert.ok(text.includes(`Node.js ${MINIMUM_NODE_VERSION.replace(/\.0$/, '')} or newer`), `${name} should give the minimum Node`);
    assert.ok(text.includes(`Node.js ${nodeMajor}`), `${name} should name the Node ${nodeMajor} that npm install brings`);
    assert.doesNotMatch(text, /Node(\.js)? 20 or (later|newer)/, `${name} still gives Node 20 as enough`);
  }
  // .ci/run takes the version from package.json itself, so it cannot name another one.
  const bringsNode = ciRun.search(/^toolchain_node=.*devDependencies\.node/m);
  const installs = ciRun.search(/^npm ci\b/m);
  assert.ok(bringsNode >= 0 && installs >= 0, '.ci/run reads the Node version and runs npm ci');
  assert.ok(bringsNode < installs, '.ci/run brings Node before npm ci');
});
