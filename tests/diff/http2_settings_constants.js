// http2's constants and SETTINGS helpers: defaults, packing with Node's range and type checks,
// unpacking (unknown identifiers as custom settings, validation on request), and the module's
// shape. Sessions themselves are not compared here.
const h = require('http2');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('v true', () => h.getUnpackedSettings(Buffer.from([0,2,0,0,0,5]), {validate:true}));
t('v frame', () => h.getUnpackedSettings(Buffer.from([0,5,0,0,0,5]), {validate:true}));
t('v window', () => h.getUnpackedSettings(Buffer.from([0,4,0x80,0,0,0]), {validate:true}));
t('nv window', () => h.getUnpackedSettings(Buffer.from([0,4,0x80,0,0,0,0,9,0,0,0,1,0,8,0,0,0,0])));
t('unknown ids', () => h.getUnpackedSettings(Buffer.from([0,0x63,0,0,0,5,0,0,0,0,0,1])));
t('ta', () => h.getUnpackedSettings(new Uint8Array([0,3,0,0,0,5])));
t('dv', () => h.getUnpackedSettings(new DataView(new ArrayBuffer(6))));
for (const [k, vs] of Object.entries({ headerTableSize: [-1, 2**32, 1.5, '1', 2**32-1], initialWindowSize: [2**31, 2**31-1], maxFrameSize: [16383, 16384, 2**24, 2**24-1], maxConcurrentStreams: [2**32], maxHeaderListSize: [2**32], maxHeaderSize: [2**32, 7], enablePush: ['x', true], enableConnectProtocol: [0, false] })) {
  for (const v of vs) t(`${k}=${v}`, () => h.getPackedSettings({ [k]: v }).toString('hex'));
}
t('none', () => h.getPackedSettings().toString('hex'));
t('null', () => h.getPackedSettings(null));
t('string', () => h.getPackedSettings('x'));
t('custom', () => h.getPackedSettings({ customSettings: { 10: 5, 20: 6 } }).toString('hex'));
t('custom big id', () => h.getPackedSettings({ customSettings: { 70000: 5 } }).toString('hex'));
t('custom big v', () => h.getPackedSettings({ customSettings: { 10: 2**32 } }).toString('hex'));
t('custom many', () => h.getPackedSettings({ customSettings: Object.fromEntries([...Array(11).keys()].map(i => [i + 100, 1])) }).toString('hex'));
t('unknown key', () => h.getPackedSettings({ foo: 5 }).toString('hex'));
t('defaults same', () => h.getDefaultSettings() !== h.getDefaultSettings());
t('connect', () => typeof h.connect);
console.log(h.constants.NGHTTP2_SESSION_SERVER, h.constants.HTTP2_HEADER_STATUS, h.constants.HTTP_STATUS_OK);
const c = h.constants;
console.log(Object.keys(c).length, c.NGHTTP2_SESSION_SERVER, c.HTTP2_HEADER_STATUS, c.HTTP_STATUS_OK, c.NGHTTP2_CANCEL, c.HTTP2_METHOD_CONNECT);
console.log(Object.keys(h).sort().join(' '));
console.log(typeof h.sensitiveHeaders, String(h.sensitiveHeaders), typeof h.Http2ServerRequest, typeof h.Http2ServerResponse);
console.log(h.getDefaultSettings());
const round = h.getPackedSettings({ headerTableSize: 100, enablePush: false, maxFrameSize: 20000, enableConnectProtocol: true, maxHeaderListSize: 1000, customSettings: { 42: 7 } });
console.log(round.toString('hex'), h.getUnpackedSettings(round));
console.log(h.getPackedSettings({ maxHeaderSize: 5, maxHeaderListSize: 6 }).toString('hex'));
