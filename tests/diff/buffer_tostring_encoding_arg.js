// buf.toString(encoding): only undefined means utf8; null, '' and other falsy values are unknown
// encodings (the check happens even for empty buffers only when non-empty).
for (const enc of [undefined, null, '', 0, false, 'UTF8', 'utf-8']) {
  for (const b of [Buffer.from('x'), Buffer.alloc(0)]) {
    try { console.log(JSON.stringify(enc), b.length, JSON.stringify(b.toString(enc))); } catch (e) { console.log(JSON.stringify(enc), b.length, e.code, JSON.stringify(e.message)); }
  }
}
