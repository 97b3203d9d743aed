// Raw exchanges with an http server: what bytes come back for what bytes.
const http = require('http');
const net = require('net');

function rawExchange(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n')));
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/chunks') {
    res.write('one');
    res.write(Buffer.from('two'));
    res.end('three');
  } else if (req.url === '/empty') {
    res.end();
  } else if (req.url === '/204') {
    res.writeHead(204);
    res.end('ignored');
  } else if (req.url === '/head') {
    res.setHeader('Content-Type', 'text/plain');
    res.end('body for head');
  } else if (req.url === '/trailers') {
    res.writeHead(200, { 'Trailer': 'X-Sum' });
    res.write('abc');
    res.addTrailers({ 'X-Sum': '123' });
    res.end();
  } else if (req.url === '/array') {
    res.writeHead(201, 'Made', ['X-A', '1', 'X-A', '2', 'Set-Cookie', 'a=1']);
    res.end('ok');
  } else {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Number', 42);
    res.end(`${req.method} ${req.url} ${req.httpVersion}`);
  }
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const cases = [
    'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /chunks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /empty HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /trailers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /array HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /old HTTP/1.0\r\n\r\n',
    'GET /old-keep HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
    'GET /chunks HTTP/1.0\r\n\r\n',
    'GET /nohost HTTP/1.1\r\n\r\n',
    'BREW /coffee HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`,
    'GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\nGET /d HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
  ];
  for (const text of cases) {
    const answer = await rawExchange(port, text);
    console.log(JSON.stringify(text.slice(0, 60)), '=>', JSON.stringify(answer));
  }
  server.close();
});
