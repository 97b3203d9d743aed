// The http module's surface: METHODS/STATUS_CODES spot checks, validateHeaderName/Value with
// odd inputs, setMaxIdleHTTPParsers, and messages built by hand (OutgoingMessage,
// ServerResponse, IncomingMessage) outside any connection.
const http = require('http');

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

console.log('METHODS', http.METHODS.length, http.METHODS.slice(0, 5).join(','), http.METHODS.includes('QUERY'), http.METHODS.includes('PATCH'), Object.isFrozen(http.METHODS));
console.log('sorted', http.METHODS.every((m, i, a) => i === 0 || a[i - 1] < m));
for (const code of [100, 103, 208, 226, 302, 308, 418, 421, 425, 451, 509, 510, 511, 299, 600]) {
  console.log('STATUS', code, JSON.stringify(http.STATUS_CODES[code]));
}
console.log('status count', Object.keys(http.STATUS_CODES).length, http.maxHeaderSize);
http.METHODS.push('MINE');
console.log('METHODS copy', require('http').METHODS.includes('MINE'));

tryIt('name ok', () => http.validateHeaderName('X-Ok_1.2~'));
tryIt('name undefined', () => http.validateHeaderName(undefined));
tryIt('name number', () => http.validateHeaderName(5));
tryIt('name colon', () => http.validateHeaderName('a:b'));
tryIt('name unicode', () => http.validateHeaderName('caf\u00e9'));
tryIt('name object', () => http.validateHeaderName({}));
tryIt('name label', () => http.validateHeaderName('a b', 'Trailer name'));
tryIt('value ok', () => http.validateHeaderValue('x', 'v\u00e9\tv'));
tryIt('value number', () => http.validateHeaderValue('x', 5));
tryIt('value null', () => http.validateHeaderValue('x', null));
tryIt('value array', () => http.validateHeaderValue('x', ['a', 'b']));
tryIt('value LF', () => http.validateHeaderValue('x', 'a\nb'));
tryIt('value NUL', () => http.validateHeaderValue('x', 'a\u0000b'));
tryIt('value DEL', () => http.validateHeaderValue('x', 'a\u007fb'));
tryIt('value wide char', () => http.validateHeaderValue('x', '\u0100'));
tryIt('value undefined name', () => http.validateHeaderValue(undefined, undefined));
tryIt('idle parsers ok', () => http.setMaxIdleHTTPParsers(10));
tryIt('idle parsers 0', () => http.setMaxIdleHTTPParsers(0));
tryIt('idle parsers string', () => http.setMaxIdleHTTPParsers('1'));

const out = new http.OutgoingMessage();
console.log('outgoing', out.headersSent, out.writable, out.writableEnded, out.writableFinished, out.writableLength, out.destroyed, out.finished, out.sendDate, out.chunkedEncoding, out.useChunkedEncodingByDefault, out.socket, out.writableHighWaterMark, out.writableObjectMode, out.writableCorked);
out.setHeader('X-A', 'a');
console.log('outgoing headers', JSON.stringify(out.getHeaders()), out.getHeaderNames());
tryIt('outgoing _implicitHeader', () => out._implicitHeader());
tryIt('outgoing write', () => out.write('x'));
tryIt('outgoing pipe', () => {
  out.on('error', (e) => console.log('outgoing error event', e.code, e.message));
  out.pipe(process.stdout);
});
tryIt('outgoing setHeaders string', () => out.setHeaders('x'));
tryIt('outgoing addTrailers bad', () => out.addTrailers({ 'bad name': 'x' }));
tryIt('outgoing addTrailers value', () => out.addTrailers({ 'X-T': 'a\nb' }));
tryIt('outgoing destroy', () => out.destroy().destroyed);

const inc = new http.IncomingMessage(null);
console.log('incoming', inc.httpVersion, inc.method, inc.url, inc.statusCode, inc.statusMessage, inc.complete, inc.aborted, inc.upgrade, JSON.stringify(inc.headers), JSON.stringify(inc.trailers), inc.rawHeaders.length, inc.readable);
inc.headers = { custom: 'set' };
console.log('incoming headers settable', JSON.stringify(inc.headers));
const req = new http.IncomingMessage(null);
req.method = 'HEAD';
req.httpVersionMajor = 1;
req.httpVersionMinor = 1;
const res = new http.ServerResponse(req);
console.log('response', res.statusCode, res.statusMessage, res.sendDate, res.headersSent, res.req === req, res.socket, res.finished);
res.setHeader('X-B', 'b');
res.writeHead(201);
console.log('response after writeHead', res.headersSent, res.statusCode, res.statusMessage, JSON.stringify(res._header.replace(/Date: [^\r]*\r\n/, '')));
console.log('classes', res instanceof http.OutgoingMessage, http.ClientRequest.prototype instanceof http.OutgoingMessage, typeof http.Server, new http.Server() instanceof require('net').Server, http.Agent.name, http.globalAgent.constructor === http.Agent);
