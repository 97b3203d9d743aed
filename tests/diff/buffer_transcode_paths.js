// buffer.transcode between every pair of its encodings, with bad input on each route.
const { transcode } = require('buffer');
const sources = {
  utf8: [Buffer.from('hé€😀'), Buffer.from([0xc3]), Buffer.from([0xe2, 0x82, 0x41]), Buffer.from([0xff, 0xfe])],
  latin1: [Buffer.from([0x68, 0xe9]), Buffer.from('é')],
  ascii: [Buffer.from([0x41, 0x80])],
  ucs2: [Buffer.from('h😀', 'utf16le'), Buffer.from([0x3d, 0xd8, 0x41, 0x00]), Buffer.from([0x41, 0x00, 0x42]), Buffer.from([0x41])],
};
for (const [from, list] of Object.entries(sources)) {
  for (const src of list) {
    for (const to of ['utf8', 'latin1', 'ascii', 'ucs2', 'binary', 'UTF-16LE']) {
      try {
        console.log(from, to, src.toString('hex'), transcode(src, from, to).toString('hex'));
      } catch (e) {
        console.log(from, to, src.toString('hex'), e.name, e.code, e.errno, e.message);
      }
    }
  }
}
for (const args of [[Buffer.from('a'), 'utf8', 'hex'], [Buffer.from('a'), 'base64', 'utf8'], ['a', 'utf8', 'latin1'], [new Uint8Array([0x61]), 'utf8', 'ucs2'], [Buffer.alloc(0), 'utf8', 'nope']]) {
  try {
    console.log(transcode(...args));
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.message);
  }
}
