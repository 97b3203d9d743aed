#!/usr/bin/env node
// {{name}}: a command-line tool. `pack build` turns it into one executable named after the
// package; run it with --help.
const { parseArgs } = require('node:util');
const { version } = require('../package.json');

const usage = `Usage: {{name}} [options] [name...]

Greets each name (or the world).

Options:
  -s, --shout      greet in capitals
  -r, --repeat N   greet N times (default 1)
  -h, --help       show this help
  -v, --version    show the version`;

function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        shout: { type: 'boolean', short: 's' },
        repeat: { type: 'string', short: 'r', default: '1' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    console.error(`{{name}}: ${err.message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.version) {
    console.log(version);
    return 0;
  }
  const times = Number(values.repeat);
  if (!Number.isInteger(times) || times < 1) {
    console.error(`{{name}}: --repeat wants a whole number above 0, not ${JSON.stringify(values.repeat)}`);
    return 2;
  }
  const names = positionals.length > 0 ? positionals : ['world'];
  for (let i = 0; i < times; i++) {
    for (const name of names) {
      const line = `Hello, ${name}!`;
      console.log(values.shout ? line.toUpperCase() : line);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
