'use strict';
// The `.env` format as Node reads it (util.parseEnv): `KEY=value` lines, `export ` prefixes,
// `#` comments, values in '', "" or `` quotes (which may span lines; "" expands `\n`).

/** Trims spaces only: tabs and newlines are kept, as Node does. */
function trimSpaces(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return text.slice(start, end);
}

/** The entries of `text`, a later key replacing an earlier one. */
function parseEntries(text) {
  const entries = new Map();
  let rest = trimSpaces(text.toWellFormed().replaceAll('\r', ''));
  while (rest.length > 0) {
    // A blank line or a comment is skipped, up to its newline: without one, a comment is read as
    // a key like any other text.
    if ((rest[0] === '\n' || rest[0] === '#') && rest.includes('\n')) {
      rest = rest.slice(rest.indexOf('\n') + 1);
      continue;
    }
    const equals = rest.indexOf('=');
    if (equals === -1) break;
    // The key is everything before the `=`, newlines included; an empty key ends the parse.
    let key = trimSpaces(rest.slice(0, equals));
    rest = trimSpaces(rest.slice(equals + 1));
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (rest === '') {
      entries.set(key, '');
      break;
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = rest.indexOf(quote, 1);
      if (close === -1) {
        // Unterminated: the line, with its quote, is the value; at the end of the text, nothing is.
        const lineEnd = rest.indexOf('\n');
        if (lineEnd === -1) break;
        entries.set(key, rest.slice(0, lineEnd));
        rest = rest.slice(lineEnd);
        continue;
      }
      const value = rest.slice(1, close);
      entries.set(key, quote === '"' ? value.replaceAll('\\n', '\n') : value);
      // Whatever follows the closing quote on its line is dropped.
      const lineEnd = rest.indexOf('\n', close + 1);
      rest = lineEnd === -1 ? '' : rest.slice(lineEnd + 1);
      continue;
    }
    const lineEnd = rest.indexOf('\n');
    let value = lineEnd === -1 ? rest : rest.slice(0, lineEnd);
    if (value.includes('#')) value = value.slice(0, value.indexOf('#'));
    entries.set(key, trimSpaces(value));
    rest = lineEnd === -1 ? '' : rest.slice(lineEnd + 1);
  }
  return entries;
}

/** Orders keys by code point (their UTF-8 bytes), not by UTF-16 unit. */
function compareCodePoints(a, b) {
  let i = 0;
  while (i < a.length && i < b.length) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

/** An object of the variables in `text`, its keys in sorted order as Node gives them. */
function parseEnv(text) {
  const entries = parseEntries(text);
  const result = {};
  for (const key of [...entries.keys()].sort(compareCodePoints)) result[key] = entries.get(key);
  return result;
}

module.exports = { parseEnv };
