/**
 * `npm run content:check`: validates every topic and language file and prints each problem as
 * `file: field: message (line N)`. Exit code 1 when anything is wrong, so CI and authors notice.
 */
import { contentFolders, projectRoot } from './build';
import { compileContent } from './content/compile-content';
import { formatProblem } from './content/problems';
import { formatSpeechReport } from './speech/check-speech';

const { problems, summary, speech } = compileContent(projectRoot, contentFolders());
if (problems.length > 0) {
  console.error(`Content check found ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(`Content check passed: ${summary.topics} topic(s) in ${summary.languages} language(s).`);
for (const line of formatSpeechReport(speech)) console.log(line);
