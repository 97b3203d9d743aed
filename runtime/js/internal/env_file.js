'use strict';
// util.parseEnv: the text of a .env file as an object, read the way Node 20 reads it.
//   KEY=value          spaces around the key and the value are dropped (tabs are kept)
//   export KEY=value   the `export ` prefix is dropped
//   KEY="a\nb"         double quotes turn \n into a newline; single and back quotes keep it;
//                      a quoted value may span lines
//   KEY=value # note   an unquoted value ends at #
//   # comment          whole-line comments
// A key runs from the end of the previous entry up to the next `=`, so a line without `=`
// joins the next key; an empty key ends the file. Later keys win; keys come out sorted.

const trimSpaces = (text) => text.replace(/^ +| +$/g, '');

function parseEnv(content) {
  const text = content.replaceAll('\r', '');
  const entries = new Map();
  let at = 0;
  while (at < text.length) {
    // An empty line is skipped; spaces before an entry are too (but a line of spaces is not:
    // its newline then begins the next key, as in Node).
    if (text[at] === '\n') {
      at++;
      continue;
    }
    while (text[at] === ' ') at++;
    if (at >= text.length) break;
    if (text[at] === '#') {
      const end = text.indexOf('\n', at);
      if (end === -1) break;
      at = end + 1;
      continue;
    }
    const equals = text.indexOf('=', at);
    if (equals === -1) break;
    let key = trimSpaces(text.slice(at, equals));
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice('export '.length);
    const { value, next } = readValue(text, equals + 1);
    entries.set(key, value);
    at = next;
  }
  const result = {};
  for (const key of [...entries.keys()].sort()) result[key] = entries.get(key);
  return result;
}

/** The value starting at `from` and where the next entry starts. */
function readValue(text, from) {
  let at = from;
  while (text[at] === ' ') at++;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  const quote = text[at];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = text.indexOf(quote, at + 1);
    if (close !== -1) {
      const inner = text.slice(at + 1, close);
      const after = text.indexOf('\n', close);
      return { value: quote === '"' ? inner.replaceAll('\\n', '\n') : inner, next: after === -1 ? text.length : after + 1 };
    }
    // An unclosed quote is part of a plain value.
    return { value: trimSpaces(text.slice(at, lineEnd)), next: lineEnd + 1 };
  }
  let raw = text.slice(at, lineEnd);
  const hash = raw.indexOf('#');
  if (hash !== -1) raw = raw.slice(0, hash);
  return { value: trimSpaces(raw), next: lineEnd + 1 };
}

module.exports = { parseEnv };
