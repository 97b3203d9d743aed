// Line-oriented streaming over http: newline-delimited JSON written in odd fragments and read
// with readline.createInterface over the response (for await and 'line' events), CRLF lines,
// a last line without newline, a server-sent events stream parsed by the client (event, id,
// multi-line data, comments, retry), and a bad JSON line reported with its number.
const http = require('http');
const readline = require('readline');
const { once } = require('events');
const { setTimeout: sleep } = require('timers/promises');

const server = http.createServer(async (req, res) => {
  if (req.url === '/ndjson') {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const text = [1, 2, 3, 4, 5].map((i) => JSON.stringify({ i, sq: i * i, s: 'é'.repeat(i) })).join('\n') + '\n';
    const buf = Buffer.from(text);
    // Fragments that cut lines and UTF-8 sequences.
    for (let o = 0; o < buf.length; o += 9) {
      res.write(buf.subarray(o, o + 9));
      if (o % 27 === 0) await sleep(1);
    }
    res.end();
  } else if (req.url === '/crlf') {
    res.end('alpha\r\nbeta\r\n\r\ngamma\rdelta\nlast-no-newline');
  } else if (req.url === '/bad') {
    res.end('{"ok":1}\n{"ok":2}\n{oops}\n{"ok":4}\n');
  } else if (req.url === '/sse') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': comment to keep alive\n\n');
    res.write('retry: 1500\n');
    res.write('id: 1\ndata: hello\n\n');
    await sleep(2);
    res.write('event: update\nid: 2\ndata: {"n":1}\ndata: second line\n\n');
    res.write('event: update\r\nid: 3\r\ndata:no-space\r\n\r\n');
    res.write('data: ignored-without-blank-line-until-next');
    await sleep(2);
    res.write('\n\nevent: bye\ndata\n\n');
    res.end();
  }
});

function get(p) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: p }, resolve).on('error', reject);
  });
}

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  // for await over a readline interface.
  let res = await get('/ndjson');
  console.log('ndjson', res.statusCode, res.headers['content-type'], res.headers['transfer-encoding']);
  const rl = readline.createInterface({ input: res, crlfDelay: Infinity });
  for await (const line of rl) {
    const o = JSON.parse(line);
    console.log('  item', o.i, o.sq, o.s);
  }
  console.log('ndjson done', res.complete, res.readableEnded);

  // 'line' and 'close' events; CRLF handling with crlfDelay: Infinity.
  res = await get('/crlf');
  const lines = [];
  const rl2 = readline.createInterface({ input: res, crlfDelay: Infinity });
  rl2.on('line', (l) => lines.push(JSON.stringify(l)));
  await once(rl2, 'close');
  console.log('crlf lines', lines.join(' '));

  // Bad JSON: stop at the broken line, destroying the response.
  res = await get('/bad');
  const rl3 = readline.createInterface({ input: res });
  let n = 0;
  try {
    for await (const line of rl3) {
      n++;
      JSON.parse(line);
    }
  } catch (err) {
    console.log('bad line', n, err.name);
  }
  await new Promise((r) => setImmediate(r));
  console.log('after break', rl3.closed, res.destroyed);

  // Server-sent events, parsed by hand.
  res = await get('/sse');
  console.log('sse', res.statusCode, res.headers['content-type'], res.headers['cache-control']);
  res.setEncoding('utf8');
  const rl4 = readline.createInterface({ input: res, crlfDelay: Infinity });
  let ev = { event: 'message', data: [], id: undefined };
  const events = [];
  let retry;
  for await (const line of rl4) {
    if (line === '') {
      if (ev.data.length) events.push(ev);
      ev = { event: 'message', data: [], id: ev.id };
      continue;
    }
    if (line.startsWith(':')) { events.push({ comment: line.slice(1).trim() }); continue; }
    const idx = line.indexOf(':');
    const field = idx === -1 ? line : line.slice(0, idx);
    let value = idx === -1 ? '' : line.slice(idx + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') ev.data.push(value);
    else if (field === 'event') ev.event = value;
    else if (field === 'id') ev.id = value;
    else if (field === 'retry') retry = Number(value);
  }
  for (const e of events) console.log('  sse', JSON.stringify(e.comment !== undefined ? e : { ...e, data: e.data.join('\n') }));
  console.log('retry', retry);

  server.close();
  await once(server, 'close');
  console.log('closed');
}
main();
