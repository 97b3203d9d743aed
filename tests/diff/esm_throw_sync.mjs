// An ES module entry that throws while it runs, without awaiting: Node's report with the
// module's URL, and 'exit' with status 1.
import { basename } from 'node:path';

process.on('exit', (code) => console.log('exit', code));
console.log(basename(import.meta.filename));
const value = JSON.parse('{"ok": true}');
if (value.ok) throw new SyntaxError('thrown while the module body runs');
