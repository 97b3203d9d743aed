'use strict';
// The `path` module: POSIX and Windows flavours with Node's results, edge cases included.

const { invalidArgType, validateString } = require('internal/errors');

/**
 * Resolves `.` and `..` in a path without its root. `isSep` tells separators; `sep` joins the
 * result. With `allowAboveRoot`, leading `..` segments are kept (relative paths).
 */
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  // Built as one string, not an array joined at the end: join/resolve run in hot loops.
  let out = '';
  let poppable = 0; // segments at the end of `out` that a `..` may remove
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path[i])) continue;
    const length = i - start;
    if (length === 2 && path[start] === '.' && path[start + 1] === '.') {
      if (poppable > 0) {
        const cut = out.lastIndexOf(sep);
        out = cut === -1 ? '' : out.slice(0, cut);
        poppable--;
      } else if (allowAboveRoot) {
        out = out.length > 0 ? `${out}${sep}..` : '..';
      }
    } else if (length > 0 && !(length === 1 && path[start] === '.')) {
      const segment = path.slice(start, i);
      out = out.length > 0 ? `${out}${sep}${segment}` : segment;
      poppable++;
    }
    start = i + 1;
  }
  return out;
}

// ---- POSIX ------------------------------------------------------------------------------------

const isPosixSep = (ch) => ch === '/';

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path[0] === '/';
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], 'path');
      if (args[i].length > 0) joined = joined === undefined ? args[i] : `${joined}/${args[i]}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
      common++;
    }
    const up = fromParts.slice(common).map(() => '..');
    return [...up, ...toParts.slice(common)].join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path[0] === '/';
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path[i] === '/') {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix === path) return '';
    let end = path.length;
    while (end > 0 && path[end - 1] === '/') end--;
    if (end === 0) return '';
    let start = path.lastIndexOf('/', end - 1) + 1;
    const base = path.slice(start, end);
    if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
      return base.slice(0, base.length - suffix.length);
    }
    return base;
  },

  extname(path) {
    validateString(path, 'path');
    return extname(path, 0, isPosixSep);
  },

  format(pathObject) {
    return format('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path[0] === '/';
    if (absolute) ret.root = '/';
    let end = path.length;
    while (end > (absolute ? 1 : 0) && path[end - 1] === '/') end--;
    const body = path.slice(0, end);
    const lastSlash = body.lastIndexOf('/');
    const base = body.slice(lastSlash + 1);
    if (base.length > 0) {
      ret.base = base;
      // Node scans the whole path here, which gives `/..` the extension `.`.
      const ext = extname(path, absolute ? 1 : 0, isPosixSep, 0);
      ret.ext = ext;
      ret.name = base.slice(0, base.length - ext.length);
    }
    if (lastSlash > 0) ret.dir = body.slice(0, lastSlash);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, '/');
  },
};

/**
 * The extension of the last segment of `path` (scanning down to `start`), as Node computes it.
 * `startPart` is where the segment is taken to begin if no separator is found.
 */
function extname(path, start, isSep, startPart = start) {
  let startDot = -1;
  let end = -1;
  let matchedSlash = true;
  // 0: no dot seen yet in the segment, 1: a dot seen, -1: only dots or a leading dot.
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; --i) {
    const ch = path[i];
    if (isSep(ch)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (ch === '.') {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (
    startDot === -1 ||
    end === -1 ||
    preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)
  ) {
    return '';
  }
  return path.slice(startDot, end);
}

function format(sep, pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    throw invalidArgType('pathObject', 'object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  const base =
    pathObject.base || `${pathObject.name || ''}${pathObject.ext ? (pathObject.ext[0] === '.' ? '' : '.') + pathObject.ext : ''}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

/** Minimal glob matching for `path.matchesGlob`: `*`, `?`, `**` and character classes. */
function globMatch(path, pattern, sep) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
        if (pattern[i + 1] === sep) i++;
      } else {
        re += `[^${sep === '/' ? '/' : '\\\\/'}]*`;
      }
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, close).replace(/^!/, '^')}]`;
        i = close;
      }
    } else {
      re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`${re}$`).test(path);
}

// ---- Windows ----------------------------------------------------------------------------------

const isWinSep = (ch) => ch === '\\' || ch === '/';
const isDriveLetter = (ch) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

/**
 * Splits off a Windows root: `C:\`, `C:`, `\`, or a UNC root `\\server\share\`. Returns the
 * root as written, its length, whether it makes the path absolute, and its device (`C:` or
 * `\\server\share`).
 */
function winRoot(path) {
  const len = path.length;
  if (len === 0) return { length: 0, absolute: false, device: '' };
  const ch = path[0];
  if (isWinSep(ch)) {
    if (len > 1 && isWinSep(path[1])) {
      // A UNC path: \\server\share
      let j = 2;
      while (j < len && !isWinSep(path[j])) j++;
      if (j < len && j !== 2) {
        const server = path.slice(2, j);
        let last = j;
        while (j < len && isWinSep(path[j])) j++;
        if (j < len && j !== last) {
          last = j;
          while (j < len && !isWinSep(path[j])) j++;
          if (j === len || j !== last) {
            const share = path.slice(last, j);
            // The root takes the separator after the share, if there is one.
            const length = j < len ? j + 1 : j;
            return { length, absolute: true, device: `\\\\${server}\\${share}`, unc: true, server };
          }
        }
      }
    }
    return { length: 1, absolute: true, device: '' };
  }
  if (isDriveLetter(ch) && len > 1 && path[1] === ':') {
    if (len > 2 && isWinSep(path[2])) return { length: 3, absolute: true, device: path.slice(0, 2) };
    return { length: 2, absolute: false, device: path.slice(0, 2) };
  }
  return { length: 0, absolute: false, device: '' };
}

/**
 * The root as resolve() and normalize() see it: `\\?\` and `\\.\` start a namespaced path whose
 * device is only that prefix (`\\?\C:\a` is the path `C:\a` under `\\?`).
 */
function namespacedRoot(path) {
  const root = winRoot(path);
  if (root.unc && (root.server === '?' || root.server === '.')) return { length: 4, absolute: true, device: `\\\\${root.server}` };
  return root;
}

/**
 * Whether a relative result could be read as naming a drive or device: it starts like `C:`, or
 * the input has a colon that ends a segment (`ab:`, `x\C:\y`). Such results get a `.\` prefix.
 */
function mistakableForDevice(tail, path) {
  if (tail.length >= 2 && isDriveLetter(tail[0]) && tail[1] === ':') return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWinSep(path[i + 1])) return true;
  }
  return false;
}

/**
 * relative() between two resolved paths, compared case-insensitively character by character as
 * Node does: with no separator in common the target comes back whole (also for two rooted
 * paths such as `\a` and `\b`).
 */
function winRelative(fromPath, toPath) {
  const from = fromPath.toLowerCase();
  const to = toPath.toLowerCase();
  // Leading separators and trailing ones are left out of the comparison.
  const span = (p) => {
    let start = 0;
    while (start < p.length && p[start] === '\\') start++;
    let end = p.length;
    while (end - 1 > start && p[end - 1] === '\\') end--;
    return [start, end];
  };
  const [fromStart, fromEnd] = span(from);
  let [toStart, toEnd] = span(to);
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;
  const length = Math.min(fromLen, toLen);
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length && from[fromStart + i] === to[toStart + i]; i++) {
    if (from[fromStart + i] === '\\') lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toPath;
  } else {
    if (toLen > length) {
      // `from` is a folder of `to`, or the drive root (`c:`).
      if (to[toStart + i] === '\\') return toPath.slice(toStart + i + 1);
      if (i === 2) return toPath.slice(toStart + i);
    }
    if (fromLen > length) {
      if (from[fromStart + i] === '\\') lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let up = '';
  for (let j = fromStart + lastCommonSep + 1; j <= fromEnd; j++) {
    if (j === fromEnd || from[j] === '\\') up += up.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (up.length > 0) return `${up}${toPath.slice(toStart, toEnd)}`;
  if (toPath[toStart] === '\\') toStart++;
  return toPath.slice(toStart, toEnd);
}

const win32 = {
  sep: '\\',
  delimiter: ';',

  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // A drive's own working directory, where the environment keeps one (`=C:`), else the
        // current one unless that names another drive, else the drive's root.
        path = process.env[`=${device}`] || process.cwd();
        if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\') path = `${device}\\`;
      }
      const root = namespacedRoot(path);
      if (root.device.length > 0 && device.length > 0 && root.device.toLowerCase() !== device.toLowerCase()) {
        continue;
      }
      if (device.length === 0 && root.device.length > 0) device = root.device;
      if (!absolute) {
        tail = `${path.slice(root.length)}\\${tail}`;
        absolute = root.absolute;
      }
      if (absolute && device.length > 0) break;
    }
    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    const result = `${device}${absolute ? '\\' : ''}${tail}`;
    return result || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const root = namespacedRoot(path);
    const device = root.device;
    const rest = path.slice(root.length);
    let tail = normalizeSegments(rest, !root.absolute, '\\', isWinSep);
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path[path.length - 1])) tail += '\\';
    if (root.unc) return `${device}\\${tail === '.' ? '' : tail}`;
    if (device.length > 0) return root.absolute ? `${device}\\${tail}` : `${device}${tail}`;
    if (root.absolute) return `\\${tail}`;
    return mistakableForDevice(tail, path) ? `.\\${tail}` : tail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return winRoot(path).absolute;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], 'path');
      if (args[i].length > 0) {
        if (joined === undefined) joined = first = args[i];
        else joined += `\\${args[i]}`;
      }
    }
    if (joined === undefined) return '.';
    // A first part like `\\server` must not turn into a UNC root by accident, and vice versa.
    let needsReplace = true;
    let slashCount = 0;
    if (isWinSep(first[0])) {
      ++slashCount;
      if (first.length > 1 && isWinSep(first[1])) {
        ++slashCount;
        if (first.length > 2) {
          if (isWinSep(first[2])) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined[slashCount])) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromResolved = win32.resolve(from);
    const toResolved = win32.resolve(to);
    if (fromResolved === toResolved) return '';
    if (fromResolved.toLowerCase() === toResolved.toLowerCase()) return '';
    return winRelative(fromResolved, toResolved);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.startsWith('\\\\')) {
      if (resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
    } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const root = winRoot(path);
    if (path.length === 0) return '.';
    if (root.length === path.length) return path;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= root.length; --i) {
      if (isWinSep(path[i])) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (root.length === 0) return '.';
      return path.slice(0, root.length);
    }
    // Only the separator before the last part goes (`a\\b` gives `a\`), as in Node.
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix === path) return '';
    const root = winRoot(path);
    const start0 = root.device.length > 0 && !root.unc ? 2 : 0;
    let end = path.length;
    while (end > start0 && isWinSep(path[end - 1])) end--;
    if (end <= start0) return '';
    let start = end - 1;
    while (start >= start0 && !isWinSep(path[start])) start--;
    const base = path.slice(start + 1, end);
    if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
      return base.slice(0, base.length - suffix.length);
    }
    return base;
  },

  extname(path) {
    validateString(path, 'path');
    const root = winRoot(path);
    const start = root.device.length > 0 && !root.unc && !root.absolute ? 2 : 0;
    return extname(path, start, isWinSep);
  },

  format(pathObject) {
    return format('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const root = winRoot(path);
    ret.root = path.slice(0, root.length);
    if (root.length === path.length) {
      ret.dir = ret.root;
      return ret;
    }
    let end = path.length;
    while (end > root.length && isWinSep(path[end - 1])) end--;
    let start = end - 1;
    while (start >= root.length && !isWinSep(path[start])) start--;
    const base = path.slice(start + 1, end);
    ret.base = base;
    const ext = extname(base, 0, isWinSep);
    ret.ext = ext;
    ret.name = base.slice(0, base.length - ext.length);
    // As in dirname(), only the one separator before the base goes.
    ret.dir = start + 1 > root.length ? path.slice(0, start) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, '\\');
  },
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
