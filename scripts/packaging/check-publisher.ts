/**
 * First step of `npm run dist`: stops before anything is built while package.json still has the
 * repository's placeholder publisher (see publisher.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './packaging-config';
import { publisherProblems, publisherProblemsMessage } from './publisher';

const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const problems = publisherProblems(packageJson);
if (problems.length > 0) {
  console.error(publisherProblemsMessage(problems));
  process.exit(1);
}
