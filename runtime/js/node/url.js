'use strict';
// The `url` module: the WHATWG classes and the file-URL helpers.

const { URL, URLSearchParams } = require('internal/url');
const { codedError, invalidArgType } = require('internal/errors');

function fileURLToPath(url) {
  if (typeof url === 'string') url = new URL(url);
  else if (!(url instanceof URL)) throw invalidArgType('path', 'string or an instance of URL', url);
  if (url.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(path) {
  if (typeof path !== 'string') throw invalidArgType('path', 'string', path);
  let resolved = path.startsWith('/') ? path : `${process.cwd()}/${path}`;
  // Collapse `.` and `..` segments as path.resolve does; keep a trailing slash.
  const trailing = resolved.endsWith('/') && resolved.length > 1;
  const segments = [];
  for (const part of resolved.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  resolved = `/${segments.join('/')}${trailing && segments.length > 0 ? '/' : ''}`;
  const encoded = resolved
    .replaceAll('%', '%25')
    .replaceAll('\\', '%5C')
    .replaceAll('\n', '%0A')
    .replaceAll('\r', '%0D')
    .replaceAll('\t', '%09')
    .replaceAll('#', '%23')
    .replaceAll('?', '%3F');
  return new URL(`file://${encoded}`);
}

function domainToASCII(domain) {
  return ops.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  return ops.domainToUnicode(`${domain}`);
}

const legacy = require('internal/url_legacy');

function resolveObject(source, relative) {
  if (!source) return relative;
  return legacy.parse(legacy.resolve(typeof source === 'string' ? source : legacy.format(source), relative));
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.parse,
  resolve: legacy.resolve,
  resolveObject,
  format: legacy.format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
};
