// {{name}}: a TypeScript program. pack strips the types while it bundles (it does not check
// them; run `tsc` for that). Pass numbers as arguments.
import { summarize, type Summary } from './stats.js';

function format(summary: Summary): string {
  const { count, mean, min, max } = summary;
  return `count ${count}, mean ${mean.toFixed(2)}, min ${min}, max ${max}`;
}

const args = process.argv.slice(2);
const values = (args.length > 0 ? args : ['3', '1', '4', '1', '5']).map(Number);
if (values.some(Number.isNaN)) {
  console.error('{{name}}: every argument must be a number');
  process.exit(2);
}
console.log(format(summarize(values)));
