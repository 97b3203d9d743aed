// The built-in modules older packages require by their legacy names: `sys`, the `_stream_*`
// classes, and the `_http_*` and `_tls_*` pieces, each the same object as in the public module.
const stream = require('stream');
const http = require('http');
const tls = require('tls');
const same = (label, a, b) => console.log(label, a === b);
same('sys', require('sys'), require('util'));
same('_stream_readable', require('_stream_readable'), stream.Readable);
same('_stream_writable', require('node:_stream_writable'), stream.Writable);
same('_stream_duplex', require('_stream_duplex'), stream.Duplex);
same('_stream_transform', require('_stream_transform'), stream.Transform);
same('_stream_passthrough', require('_stream_passthrough'), stream.PassThrough);
same('_http_agent', require('_http_agent').Agent, http.Agent);
same('_http_agent global', require('_http_agent').globalAgent, http.globalAgent);
same('_http_client', require('_http_client').ClientRequest, http.ClientRequest);
same('_http_incoming', require('_http_incoming').IncomingMessage, http.IncomingMessage);
same('_http_outgoing', require('_http_outgoing').OutgoingMessage, http.OutgoingMessage);
same('_http_outgoing check', require('_http_outgoing').validateHeaderName, http.validateHeaderName);
same('_http_server', require('_http_server').Server, http.Server);
same('_http_server response', require('_http_server').ServerResponse, http.ServerResponse);
same('_http_server codes', require('_http_server').STATUS_CODES[418], http.STATUS_CODES[418]);
same('_tls_common', require('_tls_common').createSecureContext, tls.createSecureContext);
same('_tls_wrap', require('_tls_wrap').TLSSocket, tls.TLSSocket);
same('_tls_wrap connect', require('_tls_wrap').connect, tls.connect);
const common = require('_http_common');
console.log(common._checkIsHttpToken('x-ok'), common._checkIsHttpToken('bad header'), common._checkInvalidHeaderChar('a\nb'));
console.log(common.chunkExpression.test('gzip, chunked'), common.continueExpression.test('100-continue'), JSON.stringify(common.CRLF), common.methods.includes('PATCH'));
class Upper extends require('_stream_transform') {
  _transform(chunk, _enc, done) { done(null, chunk.toString().toUpperCase()); }
}
const up = new Upper();
up.on('data', (d) => console.log('transformed', d.toString()));
up.end('legacy');

// JSStreamSocket over a duplex made of two PassThroughs; and the class as http2-wrapper finds it.
const net = require('net');
const JSStreamSocket = require('_stream_wrap');
const viaTls = new tls.TLSSocket(new stream.PassThrough())._handle._parentWrap.constructor;
console.log('wrap class', JSStreamSocket === viaTls, JSStreamSocket.prototype instanceof net.Socket);
const inbound = new stream.PassThrough();
const outbound = new stream.PassThrough();
const wrapped = new JSStreamSocket(stream.Duplex.from({ readable: inbound, writable: outbound }));
outbound.on('data', (d) => console.log('to the stream', d.toString()));
outbound.on('finish', () => console.log('stream finished'));
wrapped.on('data', (d) => console.log('from the stream', d.toString()));
wrapped.on('end', () => {
  console.log('socket end');
  wrapped.end();
});
wrapped.on('close', () => console.log('socket close'));
wrapped.write('ping');
setTimeout(() => inbound.end('pong'), 10);
