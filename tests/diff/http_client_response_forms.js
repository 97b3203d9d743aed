// What a client makes of unusual status lines and bodies: HTTP/1.0 answers read to close,
// missing or odd reason phrases, out-of-range codes, HEAD/304 answers with lengths, trailers,
// interim answers, and bad status lines (HPE errors on the request). (HTTP/2.0 status lines and
// codes above 999 are left out: httparse refuses the one and words the other differently.)
const http = require('http');
const net = require('net');

const answers = {
  '/http10': 'HTTP/1.0 200 OK\r\nX-V: 1\r\n\r\nuntil close',
  '/noreason': 'HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\nok',
  '/latin1reason': 'HTTP/1.1 200 Tr\u00e8s bien\r\nContent-Length: 2\r\n\r\nok',
  '/code599': 'HTTP/1.1 599 Whatever\r\nContent-Length: 0\r\n\r\n',
  '/code999': 'HTTP/1.1 999 Max\r\nContent-Length: 0\r\n\r\n',
  '/head': 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n',
  '/304': 'HTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\nETag: "e"\r\n\r\n',
  '/trailers': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n3\r\nabc\r\n0\r\nX-T: one\r\nx-t: two\r\nX-Other: o\r\n\r\n',
  '/interim': 'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfinal',
  '/code99': 'HTTP/1.1 99 Small\r\nContent-Length: 0\r\n\r\n',
  '/garbage': 'NOT HTTP AT ALL\r\n\r\n',
  '/empty': '',
  '/cut': 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
};

const fake = net.createServer((socket) => {
  let head = '';
  socket.on('data', (d) => {
    head += d;
    if (!head.includes('\r\n\r\n')) return;
    const path = head.split(' ')[1];
    socket.end(Buffer.from(answers[path], 'latin1'));
  });
});

function fetch(path, method = 'GET') {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ port: fake.address().port, host: '127.0.0.1', path, method, agent: false }, (res) => {
      log.push(`${res.statusCode} ${JSON.stringify(res.statusMessage)} v${res.httpVersion} ${res.httpVersionMajor}.${res.httpVersionMinor}`);
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c) => (body += c));
      res.on('aborted', () => log.push('aborted'));
      res.on('error', (e) => log.push(`res error ${e.code}`));
      res.on('end', () => {
        log.push(`body ${JSON.stringify(body)} complete=${res.complete} trailers=${JSON.stringify(res.trailers)} raw=${res.rawTrailers.join(',')}`);
      });
      res.on('close', () => log.push(`res close complete=${res.complete}`));
    });
    req.on('information', (i) => log.push(`information ${i.statusCode} ${i.statusMessage} ${JSON.stringify(i.headers)}`));
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
    req.on('close', () => setTimeout(() => {
      console.log(method, path, '=>', log.join(' | '));
      resolve();
    }, 20));
    req.end();
  });
}

fake.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(answers)) await fetch(path, path === '/head' ? 'HEAD' : 'GET');
  fake.close(() => console.log('closed'));
});
