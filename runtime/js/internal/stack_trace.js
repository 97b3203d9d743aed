'use strict';
// `error.stack` as V8 would write it, with the bundle's positions mapped back to the project's
// files. A program's own `Error.prepareStackTrace` takes over, as in Node.

const ErrorPrototypeToString = Error.prototype.toString;
const ReflectApply = Reflect.apply;
const StringPrototypeReplace = String.prototype.replace;

// `name:line:column` at the end of a frame; the name is the bundle's.
const position = /([^\s(]+):(\d+):(\d+)(\)?)$/;

/** The frame with its bundle position mapped; null for a frame of code the bundler added. */
function mapFrame(frame) {
  let generated = false;
  const text = ReflectApply(StringPrototypeReplace, frame, [
    position,
    (whole, file, line, column, paren) => {
      const mapped = ops.mapPosition(file, +line, +column);
      if (mapped === null) generated = true;
      return mapped ? `${mapped[0]}:${mapped[1]}:${mapped[2]}${paren}` : whole;
    },
  ]);
  return generated ? null : text;
}

function header(error) {
  try {
    return ReflectApply(ErrorPrototypeToString, error, []);
  } catch {
    return '<error>';
  }
}

/**
 * A call site whose file, line and column are the original ones where the bundle's source map
 * knows them; everything else is the site's own. Programs that read call sites (to find their
 * caller's file, say) see the project's files.
 */
function mappedSite(site) {
  let file;
  let line;
  let column;
  try {
    file = site.getFileName();
    line = site.getLineNumber();
    column = site.getColumnNumber();
  } catch {
    return site;
  }
  const mapped = typeof file === 'string' && line !== null ? ops.mapPosition(file, line, column ?? 1) : undefined;
  if (!mapped) return site;
  const wrapper = { __proto__: null };
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(site))) {
    if (name === 'constructor' || typeof site[name] !== 'function') continue;
    wrapper[name] = (...args) => ReflectApply(site[name], site, args);
  }
  wrapper.getFileName = () => mapped[0];
  wrapper.getScriptNameOrSourceURL = () => mapped[0];
  wrapper.getLineNumber = () => mapped[1];
  wrapper.getColumnNumber = () => mapped[2];
  wrapper.toString = () => mapFrame(`${site}`) ?? `${site}`;
  return Object.setPrototypeOf(wrapper, Object.getPrototypeOf(site));
}

function prepareStackTrace(error, sites) {
  const user = globalThis.Error?.prepareStackTrace;
  if (typeof user === 'function') {
    const mapped = [];
    for (let i = 0; i < sites.length; i++) mapped.push(mappedSite(sites[i]));
    return user(error, mapped);
  }
  let stack = header(error);
  for (let i = 0; i < sites.length; i++) {
    const frame = mapFrame(`${sites[i]}`);
    if (frame !== null) stack += `\n    at ${frame}`;
  }
  return stack;
}

module.exports = { prepareStackTrace };
