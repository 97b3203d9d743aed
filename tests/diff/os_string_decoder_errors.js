// os and string_decoder argument errors, and querystring edge cases.
const os = require('os');
const { StringDecoder } = require('string_decoder');
const qs = require('querystring');
const attempts = {
  setPriorityBadPid: () => os.setPriority('x', 0),
  setPriorityRange: () => os.setPriority(0, 50),
  getPriorityBadPid: () => os.getPriority({}),
  userInfoBadOpts: () => typeof os.userInfo({ encoding: 'buffer' }).username,
  decoderBadEncoding: () => new StringDecoder('nope'),
  decoderWriteNumber: () => new StringDecoder('utf8').write(5),
  decoderEndString: () => new StringDecoder('utf8').end('tail'),
  decoderLatin1: () => new StringDecoder('latin1').write(Buffer.from([0xe9, 0x41])),
  decoderBase64Split: () => {
    const d = new StringDecoder('base64');
    return [d.write(Buffer.from('ab')), d.write(Buffer.from('c')), d.end(Buffer.from('d'))];
  },
  decoderUtf16Split: () => {
    const d = new StringDecoder('utf16le');
    return [d.write(Buffer.from([0x3d])), d.write(Buffer.from([0xd8, 0x4d])), d.end(Buffer.from([0xdc]))];
  },
  qsParseMaxKeys: () => qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }),
  qsParseSeps: () => qs.parse('a:1;b:2;a:3', ';', ':'),
  qsParseBadEscape: () => qs.parse('a=%E0%A4%A&b=%zz'),
  qsStringifyNested: () => qs.stringify({ a: [1, 'x y'], b: { c: 1 }, d: null, e: undefined, f: true }),
  qsEscape: () => [qs.escape('ä ~*()!\''), qs.unescape('%7e%2')],
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    console.log(name, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
