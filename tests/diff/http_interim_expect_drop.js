// Interim and refused answers on the wire: writeEarlyHints (strings, arrays, extra headers,
// invalid hints), writeProcessing, Expect handling (auto 100, checkContinue, 417,
// checkExpectation, HTTP/1.0), maxRequestsPerSocket with 'dropRequest', client 'continue'.
const http = require('http');
const net = require('net');

function tryIt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

// `until`: the end of the last answer, after which the client hangs up itself (the server
// would keep a connection whose requests were dropped until its keep-alive timeout).
function raw(port, text, until) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => {
      data += c;
      if (until && until.test(data)) socket.destroy();
    });
    socket.on('end', () => socket.end());
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

const handlers = {
  '/hints'(req, res) {
    res.writeEarlyHints({ link: '</a.css>; rel=preload; as=style' });
    res.writeEarlyHints({ link: ['</b.js>; rel=preload; as=script', '<https://x.example>; rel=preconnect'], 'x-extra': 'e', 'X-Num': 2 });
    res.writeEarlyHints({ link: [] });
    res.writeEarlyHints({ other: 'no link' });
    res.writeEarlyHints({ link: '</c.css>; rel=preload' }, () => console.log('hints callback'));
    res.end('after hints');
  },
  '/badhints'(req, res) {
    tryIt('hints string', () => res.writeEarlyHints('</a>'));
    tryIt('hints null', () => res.writeEarlyHints(null));
    tryIt('link not a link', () => res.writeEarlyHints({ link: 'nonsense' }));
    tryIt('link with CRLF', () => res.writeEarlyHints({ link: '</a>\r\nX-Evil: 1' }));
    tryIt('link number', () => res.writeEarlyHints({ link: 5 }));
    tryIt('array with bad', () => res.writeEarlyHints({ link: ['</ok>; rel=preload', 'bad'] }));
    tryIt('quoted param', () => res.writeEarlyHints({ link: '</q>; title="x"' }));
    res.end('bad hints done');
  },
  '/processing'(req, res) {
    res.writeProcessing(() => console.log('processing callback'));
    res.end('processed');
  },
  '/continue'(req, res) {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.end(`got ${body}`));
  },
};

const server = http.createServer((req, res) => handlers[req.url](req, res));
server.on('checkExpectation', (req, res) => {
  console.log('checkExpectation', req.headers.expect);
  res.writeHead(402);
  res.end('pay first');
});

const limited = http.createServer({ keepAliveTimeout: 1000 }, (req, res) => res.end(`served ${req.url}`));
limited.maxRequestsPerSocket = 2;
limited.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, socket instanceof net.Socket));

const listen = (s) => new Promise((r) => s.listen(0, '127.0.0.1', r));

async function main() {
  await listen(server);
  await listen(limited);
  const port = server.address().port;
  const close = 'Host: x\r\nConnection: close\r\n';
  for (const path of ['/hints', '/badhints', '/processing']) {
    console.log(path, JSON.stringify(await raw(port, `GET ${path} HTTP/1.1\r\n${close}\r\n`)));
  }
  console.log('auto continue', JSON.stringify(await raw(port, `POST /continue HTTP/1.1\r\n${close}Expect: 100-continue\r\nContent-Length: 4\r\n\r\nbody`)));
  console.log('expect other', JSON.stringify(await raw(port, `POST /continue HTTP/1.1\r\n${close}Expect: something\r\nContent-Length: 0\r\n\r\n`)));
  console.log('expect on 1.0', JSON.stringify(await raw(port, 'POST /continue HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok')));
  server.removeAllListeners('checkExpectation');
  console.log('expect no listener', JSON.stringify(await raw(port, `POST /continue HTTP/1.1\r\n${close}Expect: something\r\nContent-Length: 0\r\n\r\n`)));
  server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url);
    res.writeHead(413, { Connection: 'close' });
    res.end('too big');
  });
  console.log('refused continue', JSON.stringify(await raw(port, `POST /continue HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n`)));

  // A client sending Expect: 100-continue waits for 'continue' before its body.
  server.removeAllListeners('checkContinue');
  await new Promise((resolve) => {
    const log = [];
    const req = http.request({ port, host: '127.0.0.1', path: '/continue', method: 'POST', headers: { Expect: '100-continue' }, agent: false });
    req.on('information', (info) => log.push(`information ${info.statusCode}`));
    req.on('continue', () => {
      log.push('continue');
      req.end('late body');
    });
    req.on('response', (res) => {
      log.push(`response ${res.statusCode}`);
      res.setEncoding('utf8');
      res.on('data', (d) => log.push(`data ${d}`));
      res.on('end', () => {
        console.log('client:', log.join(', '));
        resolve();
      });
    });
  });

  const lport = limited.address().port;
  const get = (p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`;
  console.log('limited', JSON.stringify(await raw(lport, get('/1') + get('/2') + get('/3'), / 503 [^]*\r\n0\r\n\r\n$/)));
  server.close();
  limited.close(() => console.log('closed'));
}
main();
