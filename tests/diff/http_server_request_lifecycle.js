// Server-side request lifecycle: request properties (url forms, method, httpVersion, socket
// identity), a client that hangs up mid-upload (req 'aborted'/'error'/'close', res 'close'
// without 'finish'), a body left unread, and req.setTimeout on the server side.
const http = require('http');
const net = require('net');

let log = [];
const server = http.createServer((req, res) => {
  log.push(`request ${req.method} ${JSON.stringify(req.url)} ${req.httpVersion} ${req.httpVersionMajor}.${req.httpVersionMinor} same socket ${req.socket === res.socket} complete ${req.complete}`);
  for (const ev of ['end', 'aborted', 'close']) req.on(ev, () => log.push(`req ${ev} complete=${req.complete} readableEnded=${req.readableEnded}`));
  req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
  res.on('finish', () => log.push('res finish'));
  res.on('close', () => log.push(`res close finished=${res.writableFinished} destroyed=${res.destroyed}`));
  if (req.url === '/upload') {
    req.on('data', (c) => log.push(`req data ${c.length}`));
  } else if (req.url === '/unread') {
    res.end('not reading your body');
  } else if (req.url === '/idle') {
    req.setTimeout(50, () => {
      log.push('req timeout');
      res.end('timed out');
    });
  } else {
    req.resume();
    req.on('end', () => res.end('ok'));
  }
});

// `then` goes on the same connection once the first answer is in (pipelined requests are
// dispatched at times that vary even within Node).
function send(text, { endAfter, then } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => {
      socket.write(text);
      if (endAfter !== undefined) setTimeout(() => socket.destroy(), endAfter);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => {
      data += c;
      if (then && data.endsWith('body')) {
        socket.write(then);
        then = null;
      }
    });
    socket.on('error', () => {});
    socket.on('end', () => socket.end());
    socket.on('close', () => setTimeout(() => resolve(data.replace(/Date: [^\r]*\r\n/g, '')), 30));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const show = (label, answer) => {
    console.log(`${label}: ${log.join(', ')}`);
    if (answer !== undefined) console.log(`  answer ${JSON.stringify(answer)}`);
    log = [];
  };
  show('absolute url', await send('GET http://example.com/x?y=1 HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n'));
  show('asterisk', await send('OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  show('odd url', await send('GET //double/../dots?a=%zz#frag HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  show('http/1.0', await send('DELETE /v10 HTTP/1.0\r\n\r\n'));
  show('upload cut', await send('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789', { endAfter: 50 }));
  show('chunked cut', await send('POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n', { endAfter: 50 }));
  show('unread body', await send('POST /unread HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nabcde', { then: 'GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' }));
  show('server req timeout', await send('GET /idle HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  server.close(() => console.log('closed'));
});
