// Malformed framing: the 'clientError' a server gets (code, message, reason) for bad lengths,
// transfer codings and chunks, custom answers from the handler, Node's default answer, and
// the errors (or bodies) a client gets for the same framing in responses.
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('error', () => {});
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

const post = 'POST / HTTP/1.1\r\nHost: x\r\n';
const chunked = `${post}Transfer-Encoding: chunked\r\n\r\n`;
const inputs = [
  ['dup length', `${post}Content-Length: 0\r\nContent-Length: 0\r\n\r\n`],
  ['two lengths', `${post}Content-Length: 1\r\nContent-Length: 2\r\n\r\n`],
  ['length list', `${post}Content-Length: 0, 0\r\n\r\n`],
  ['length sign', `${post}Content-Length: +1\r\n\r\nx`],
  ['empty length', `${post}Content-Length: \r\n\r\n`],
  ['huge length', `${post}Content-Length: 99999999999999999999\r\n\r\n`],
  ['spaced length', `${post}Content-Length:  3 \r\n\r\nabc`],
  ['length then chunked', `${post}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`],
  ['chunked then length', `${post}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n`],
  ['chunked twice', `${post}Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`],
  ['chunked not last', `${post}Transfer-Encoding: chunked, gzip\r\n\r\n`],
  ['gzip only', `${post}Transfer-Encoding: gzip\r\n\r\n`],
  ['gzip then chunked', `${post}Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n`],
  ['CHUNKED', `${post}Transfer-Encoding: CHUNKED\r\n\r\n3\r\nabc\r\n0\r\n\r\n`],
  ['chunk ext', `${chunked}3;name="v"\r\nabc\r\n0;last\r\n\r\n`],
  ['bad chunk size', `${chunked}xyz\r\n`],
  ['hex prefix size', `${chunked}0x3\r\nabc\r\n0\r\n\r\n`],
  ['space after size', `${chunked}3 \r\nabc\r\n0\r\n\r\n`],
  ['LF after size', `${chunked}3\nabc\r\n0\r\n\r\n`],
  ['chunk without CRLF', `${chunked}3\r\nabcX0\r\n\r\n`],
  ['bad trailer name', `${chunked}0\r\nBad Trailer: 1\r\n\r\n`],
  ['unknown method', 'FETCH / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['space in name', 'GET / HTTP/1.1\r\nHost: x\r\nX Y: z\r\n\r\n'],
  ['cut head', 'GET / HTTP/1.1\r\nHost: x\r\n'],
  ['cut body', `${post}Content-Length: 10\r\n\r\nabc`],
];

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => res.end(`ok ${req.method} ${JSON.stringify(body)} ${JSON.stringify(req.trailers)}`));
});
let handler = null;
server.on('clientError', (err, socket) => handler(err, socket));

const responses = [
  ['dup length', 'Content-Length: 2\r\nContent-Length: 2\r\n\r\nab'],
  ['length then chunked', 'Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['chunked then length', 'Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n0\r\n\r\n'],
  ['huge length', 'Content-Length: 99999999999999999999\r\n\r\n'],
  ['chunked not last', 'Transfer-Encoding: chunked, gzip\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['gzip only', 'Transfer-Encoding: gzip\r\n\r\nraw body'],
  ['chunked twice', 'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n'],
  ['bad chunk', 'Transfer-Encoding: chunked\r\n\r\n2 \r\nok\r\n0\r\n\r\n'],
];
let response = '';
const fake = net.createServer((socket) => socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\n${response}`)));

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const [label, text] of inputs) {
    let seen = 'no clientError';
    handler = (err, socket) => {
      seen = `${err.code} | ${err.message} | ${err.reason} | ${Object.keys(err).join(',')}`;
      if (socket.writable) socket.end(`HTTP/1.1 400 Custom\r\nX-Code: ${err.code}\r\nContent-Length: 0\r\n\r\n`);
      else socket.destroy();
    };
    const answer = await raw(port, text);
    console.log(label, '=>', seen, '=>', JSON.stringify(answer));
  }
  // Without a clientError listener: Node's own answer.
  server.removeAllListeners('clientError');
  for (const [label, text] of inputs.slice(0, 3)) {
    console.log('default', label, JSON.stringify(await raw(port, text)));
  }
  await new Promise((r) => fake.listen(0, '127.0.0.1', r));
  for (const [label, text] of responses) {
    response = text;
    await new Promise((resolve) => {
      const req = http.get({ port: fake.address().port, host: '127.0.0.1', agent: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => console.log('response', label, 'body', JSON.stringify(body)));
      });
      req.on('error', (e) => console.log('response', label, 'error', e.code, e.message));
      req.on('close', resolve);
    });
  }
  fake.close();
  server.close(() => console.log('closed'));
});
