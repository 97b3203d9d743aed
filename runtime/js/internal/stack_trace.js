'use strict';
// `error.stack` as V8 would write it, with the bundle's positions mapped back to the project's
// files. A program's own `Error.prepareStackTrace` takes over, as in Node.

const ErrorPrototypeToString = Error.prototype.toString;
const ReflectApply = Reflect.apply;
const StringPrototypeReplace = String.prototype.replace;

// `name:line:column` at the end of a frame; the name is the bundle's.
const position = /([^\s(]+):(\d+):(\d+)(\)?)$/;

function mapFrame(frame) {
  return ReflectApply(StringPrototypeReplace, frame, [
    position,
    (whole, file, line, column, paren) => {
      const mapped = ops.mapPosition(file, +line, +column);
      return mapped === undefined ? whole : `${mapped[0]}:${mapped[1]}:${mapped[2]}${paren}`;
    },
  ]);
}

function header(error) {
  try {
    return ReflectApply(ErrorPrototypeToString, error, []);
  } catch {
    return '<error>';
  }
}

function prepareStackTrace(error, sites) {
  const user = globalThis.Error?.prepareStackTrace;
  if (typeof user === 'function') return user(error, sites);
  let stack = header(error);
  for (let i = 0; i < sites.length; i++) {
    stack += `\n    at ${mapFrame(`${sites[i]}`)}`;
  }
  return stack;
}

module.exports = { prepareStackTrace };
