// TextDecoder over the legacy encodings (single-byte, CJK multi-byte, ISO-2022-JP with its
// modes): labels, unsupported names, streaming across chunks, fatal errors, input checks.
const show = (v) => console.log(JSON.stringify(v));
for (const l of ['  ISO-8859-16 ', ' bogus ', 'csiso2022kr', 'X-USER-DEFINED', 'iso-8859-6-e', 'windows-949', 'x-sjis', 'gb2312', 'dos-874', 'latin5', 'KOI8-U', 'mac', 'x-mac-ukrainian']) {
  try { console.log(new TextDecoder(l).encoding); } catch (e) { console.log(JSON.stringify(l), e.name, e.code, e.message); }
}
show(new TextDecoder('gbk').decode(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0x81])));
show(new TextDecoder('iso-2022-jp').decode(new Uint8Array([0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x41])));
const s = new TextDecoder('euc-jp');
show([s.decode(new Uint8Array([0xa4]), { stream: true }), s.decode(new Uint8Array([0xa2]))]);
show(new TextDecoder('windows-1250').decode(new Uint8Array([0x80, 0x8a, 0xff])));
show(new TextDecoder('iso-8859-8-i').decode(new Uint8Array([0xe0, 0xe1, 0x41])));
show(new TextDecoder('ibm866').decode(new Uint8Array([0x80, 0xff])));
show(new TextDecoder('koi8-r').decode(new Uint16Array([0xc1c2])));
show(new TextDecoder('koi8-r').decode(new ArrayBuffer(2)));
show(new TextDecoder('euc-kr', { ignoreBOM: true }).decode(new Uint8Array([0xb0, 0xa1, 0xff])));
show(new TextDecoder('shift_jis').decode(new Uint8Array([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea])));
show(new TextDecoder('big5').decode(new Uint8Array([0xa4, 0x40, 0xa4, 0x41])));
show(new TextDecoder('gb18030').decode(new Uint8Array([0xc4, 0xe3, 0x81, 0x30, 0x81, 0x30])));
const sj = new TextDecoder('shift_jis');
show([sj.decode(new Uint8Array([0x82]), { stream: true }), sj.decode()]);
const j = new TextDecoder('iso-2022-jp');
show([j.decode(new Uint8Array([0x1b, 0x24, 0x42, 0x30]), { stream: true }), j.decode(new Uint8Array([0x21]), { stream: true }), j.decode(new Uint8Array([0x30, 0x21]))]);
const f = new TextDecoder('gbk', { fatal: true });
try { f.decode(new Uint8Array([0x81]), { stream: true }); console.log('no error while streaming'); f.decode(); } catch (e) { console.log(e.name, e.code, e.message); }
show(f.decode(new Uint8Array([0xc4, 0xe3])));
try { new TextDecoder('shift_jis', { fatal: true }).decode(new Uint8Array([0x82])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('iso-8859-3', { fatal: true }).decode(new Uint8Array([0xa5])); } catch (e) { console.log(e.message); }
for (const bad of ['x', 1, null]) {
  try { new TextDecoder('koi8-r').decode(bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(new TextDecoder('koi8-r'), new TextDecoder('shift_jis', { fatal: true }));
const d = new TextDecoder('windows-1251');
const bytes = new Uint8Array(256).map((_, i) => i);
show(d.decode(bytes.subarray(0x20, 0x7f)) + d.decode(bytes.subarray(0xc0)));
