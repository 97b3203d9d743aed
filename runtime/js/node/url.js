'use strict';
// The `url` module: the WHATWG classes and the file-URL helpers.

const { URL, URLSearchParams, missingArgs } = require('internal/url');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');

function invalidFilePath(reason) {
  return codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', `File URL path must ${reason}`);
}

/** Whether the helpers use Windows paths: `options.windows` when given, else the platform's. */
function usesWindows(options) {
  return options?.windows ?? process.platform === 'win32';
}

function fileURLToPath(path, options = undefined) {
  const url = typeof path === 'string' ? new URL(path) : path;
  if (!(url instanceof URL)) throw invalidArgType('path', 'string or an instance of URL', path);
  if (url.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  return usesWindows(options) ? windowsPathOf(url) : posixPathOf(url);
}

function posixPathOf(url) {
  if (url.hostname !== '') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw invalidFilePath('not include encoded / characters');
  return decodeURIComponent(pathname);
}

// A host makes a UNC path (\\server\share\...); otherwise the path starts with a drive letter.
function windowsPathOf(url) {
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) throw invalidFilePath('not include encoded \\ or / characters');
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (url.hostname !== '') return `\\\\${ops.domainToUnicode(url.hostname)}${pathname}`;
  if (!/^\\[a-z]:/i.test(pathname)) throw invalidFilePath('be absolute');
  return pathname.slice(1);
}

/** Escapes the characters a URL parser would drop or misread in a file path. */
function escapePathChars(path, windows) {
  let out = path.replaceAll('%', '%25');
  if (!windows) out = out.replaceAll('\\', '%5C');
  return out.replaceAll('\n', '%0A').replaceAll('\r', '%0D').replaceAll('\t', '%09');
}

function pathToFileURL(path, options) {
  if (typeof path !== 'string') throw invalidArgType('path', 'string', path);
  const windows = usesWindows(options);
  if (windows && path.startsWith('\\\\')) return uncPathToFileURL(path);
  const pathModule = require('path');
  let resolved = windows ? pathModule.win32.resolve(path) : pathModule.posix.resolve(path);
  // resolve() drops a trailing separator, which says the path names a directory.
  const last = path.at(-1);
  if ((last === '/' || (windows && last === '\\')) && !resolved.endsWith('/')) resolved += '/';
  resolved = escapePathChars(resolved, windows).replaceAll('?', '%3F').replaceAll('#', '%23');
  return new URL(`file://${resolved}`);
}

// \\server\share\path, or the extended form \\?\UNC\server\share\path.
function uncPathToFileURL(path) {
  const start = path.startsWith('\\\\?\\UNC\\') ? 8 : 2;
  const end = path.indexOf('\\', start);
  if (end === -1) throw invalidArgValue('path', path, 'Missing UNC resource path');
  if (end === 2) throw invalidArgValue('path', path, 'Empty UNC servername');
  const url = new URL('file://');
  url.hostname = ops.domainToASCII(path.slice(start, end));
  url.pathname = escapePathChars(path.slice(end).replaceAll('\\', '/'), true);
  return url;
}

function domainToASCII(domain) {
  if (arguments.length === 0) throw missingArgs('domain');
  return ops.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length === 0) throw missingArgs('domain');
  return ops.domainToUnicode(`${domain}`);
}

/** The options http.request takes for `url`; its other own properties are kept. */
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    // An IPv6 address goes without its brackets.
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

const legacy = require('internal/url_legacy');

module.exports = {
  Url: legacy.Url,
  parse: legacy.parse,
  resolve: legacy.resolve,
  resolveObject: legacy.resolveObject,
  format: legacy.format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
