// Range requests done by hand as static servers do: 206 with Content-Range from
// fs.createReadStream({ start, end }), suffix and open ranges, 416 for unsatisfiable ones,
// HEAD with Accept-Ranges, If-Range style checks via ETag, and a client that reassembles a
// file from several partial bodies and compares it with the original.
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { once } = require('events');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsrange-'));
const file = path.join(dir, 'blob.bin');
const data = Buffer.alloc(100000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 8)) & 0xff;
fs.writeFileSync(file, data);
const etag = '"' + crypto.createHash('sha1').update(data).digest('hex').slice(0, 12) + '"';

function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start;
  let end;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
}

const server = http.createServer((req, res) => {
  const size = fs.statSync(file).size;
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', etag);
  const rangeHeader = req.headers.range;
  const ifRange = req.headers['if-range'];
  let range = rangeHeader && (!ifRange || ifRange === etag) ? parseRange(rangeHeader, size) : null;
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` });
    return res.end();
  }
  if (range) {
    res.writeHead(206, { 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': range.end - range.start + 1 });
  } else {
    res.writeHead(200, { 'Content-Length': size });
    range = { start: 0, end: size - 1 };
  }
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file, { start: range.start, end: range.end, highWaterMark: 4096 }).pipe(res);
});

async function get(headers, method = 'GET') {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method, headers });
  req.end();
  const [res] = await once(req, 'response');
  const chunks = [];
  for await (const c of res) chunks.push(c);
  return { status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) };
}
const show = (label, r) => console.log(label, r.status, r.headers['content-range'], r.headers['content-length'], r.body.length,
  r.body.length ? r.body.subarray(0, 4).toString('hex') : '-');

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  const head = await get({}, 'HEAD');
  console.log('HEAD', head.status, head.headers['accept-ranges'], head.headers['content-length'], head.headers.etag === etag, head.body.length);

  show('first 10', await get({ range: 'bytes=0-9' }));
  show('middle', await get({ range: 'bytes=5000-5999' }));
  show('open end', await get({ range: 'bytes=99990-' }));
  show('suffix', await get({ range: 'bytes=-16' }));
  show('suffix too big', await get({ range: 'bytes=-200000' }));
  show('end past size', await get({ range: 'bytes=99999-200000' }));
  show('unsatisfiable', await get({ range: 'bytes=100000-' }));
  show('backwards', await get({ range: 'bytes=50-10' }));
  show('malformed', await get({ range: 'items=0-5' }));
  show('if-range match', await get({ range: 'bytes=0-3', 'if-range': etag }));
  show('if-range stale', await get({ range: 'bytes=0-3', 'if-range': '"old"' }));

  const r = await get({ range: 'bytes=1000-1003' });
  console.log('bytes match', r.body.equals(data.subarray(1000, 1004)));

  // Reassemble the file from 7 ranges fetched one after another.
  const parts = [];
  const step = Math.ceil(data.length / 7);
  for (let s = 0; s < data.length; s += step) {
    const p = await get({ range: `bytes=${s}-${Math.min(s + step, data.length) - 1}` });
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(p.headers['content-range']);
    parts.push({ start: Number(m[1]), body: p.body });
  }
  const whole = Buffer.concat(parts.sort((a, b) => a.start - b.start).map((p) => p.body));
  console.log('reassembled', parts.length, whole.length, whole.equals(data));

  // Resuming a download: read part, then ask for the rest by what was written to a file.
  const out = path.join(dir, 'partial.bin');
  fs.writeFileSync(out, (await get({ range: 'bytes=0-33332' })).body);
  const have = fs.statSync(out).size;
  const rest = await get({ range: `bytes=${have}-` });
  fs.appendFileSync(out, rest.body);
  console.log('resumed', have, rest.status, rest.headers['content-range'], fs.readFileSync(out).equals(data));

  server.close();
  await once(server, 'close');
  fs.rmSync(dir, { recursive: true });
  console.log('closed');
}
main();
