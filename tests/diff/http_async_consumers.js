// Promise-style http: events.once(server, 'listening'), a server loop over
// events.on(server, 'request'), stream/consumers (text, json, buffer, arrayBuffer) on requests
// and responses, stream operators (toArray, map, reduce) on an IncomingMessage, for await
// breaking early, util.promisify(server.close) (and on a stopped server), promisify(http.get).
const http = require('http');
const util = require('util');
const { once, on } = require('events');
const consumers = require('stream/consumers');
const { Readable } = require('stream');

const server = http.createServer();
const ac = new AbortController();

async function serve() {
  try {
    for await (const [req, res] of on(server, 'request', { signal: ac.signal })) {
      if (req.url === '/json') {
        const body = await consumers.json(req);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ got: body, keys: Object.keys(body).length }));
      } else if (req.url === '/bad-json') {
        try {
          await consumers.json(req);
        } catch (err) {
          res.statusCode = 400;
          res.end(`${err.name}`);
        }
      } else if (req.url === '/buffer') {
        const buf = await consumers.buffer(req);
        const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
        res.end(`${Buffer.isBuffer(buf)} ${buf.length} ${ab.byteLength} ${buf.toString('hex')}`);
      } else if (req.url === '/lines') {
        res.write('one\n');
        res.write('two\n');
        res.end('three\n');
      } else if (req.url === '/numbers') {
        Readable.from(['1', '2', '3', '4', '5']).pipe(res);
      } else {
        res.statusCode = 404;
        res.end();
      }
    }
  } catch (err) {
    console.log('server loop ended', err.name, err.code);
  }
}

function request(path, body, method = 'POST') {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method });
  if (body && typeof body.pipe === 'function') body.pipe(req);
  else req.end(body);
  return once(req, 'response').then(([res]) => res);
}

async function main() {
  server.listen(0, '127.0.0.1');
  const result = await once(server, 'listening');
  console.log('listening resolved', Array.isArray(result), result.length);
  serve();

  let res = await request('/json', JSON.stringify({ a: 1, b: [2, 3], c: 'ü' }));
  console.log('json', res.statusCode, res.headers['content-type'], JSON.stringify(await consumers.json(res)));

  res = await request('/json', Readable.from(['{"stre', 'amed": ', 'true}']));
  console.log('streamed json', await consumers.text(res));

  res = await request('/bad-json', '{nope');
  console.log('bad json', res.statusCode, await consumers.text(res));

  res = await request('/buffer', Buffer.from([0, 1, 2, 254, 255]));
  console.log('buffer', await consumers.text(res));

  res = await request('/lines', null, 'GET');
  const ab = await consumers.arrayBuffer(res);
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);

  res = await request('/lines', null, 'GET');
  const arr = await res.map((c) => c.toString().toUpperCase()).toArray();
  console.log('map/toArray', JSON.stringify(arr.join('')));

  res = await request('/numbers', null, 'GET');
  const sum = await res.reduce((acc, c) => acc + Number(c.toString().split('').reduce((a, d) => a + Number(d), 0)), 0);
  console.log('reduce', sum);

  // Breaking out of for await destroys the response.
  res = await request('/lines', null, 'GET');
  res.setEncoding('utf8');
  let first;
  for await (const chunk of res) {
    first = chunk;
    break;
  }
  // Node aborts the ClientRequest (the response goes later, with its socket).
  console.log('break', JSON.stringify(first.slice(0, 4)), res.destroyed, res.req.aborted, res.req.destroyed);
  await once(res, 'close');
  console.log('break close', res.destroyed);

  res = await request('/nowhere', null, 'GET');
  console.log('404 text', res.statusCode, JSON.stringify(await consumers.text(res)));

  // promisify(http.get): the callback's first argument is the response, so it rejects with it.
  const getP = util.promisify(http.get);
  try {
    await getP(`http://127.0.0.1:${server.address().port}/lines`);
    console.log('promisified get resolved?');
  } catch (r) {
    console.log('promisified get rejects with', r instanceof http.IncomingMessage, r.statusCode);
    r.resume();
    await once(r, 'end');
  }

  ac.abort();
  await new Promise((r) => setImmediate(r));
  const close = util.promisify(server.close.bind(server));
  await close();
  console.log('closed, listening =', server.listening);
  try {
    await close();
  } catch (err) {
    console.log('second close', err.code, err.message);
  }
  try {
    await once(server, 'listening', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('once aborted', err.name, err.code);
  }
}
main();
