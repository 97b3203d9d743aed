// TextDecoder('utf-16le') streaming across odd byte and surrogate boundaries, fatal mode, BOM.
const bytes = Buffer.from('\ufeffa\ud83d\ude00b\u20ac', 'utf16le');
for (const step of [1, 2, 3, 5]) {
  const td = new TextDecoder('utf-16le');
  const out = [];
  for (let i = 0; i < bytes.length; i += step) out.push(td.decode(bytes.subarray(i, i + step), { stream: true }));
  out.push('|' + td.decode());
  console.log(step, JSON.stringify(out));
}
const lone = Buffer.from([0x3d, 0xd8, 0x41, 0x00]);
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(lone)));
try { new TextDecoder('utf-16le', { fatal: true }).decode(lone); } catch (e) { console.log(e.name, e.code, e.message); }
const tdk = new TextDecoder('utf-16le', { ignoreBOM: true });
console.log(JSON.stringify(tdk.decode(Buffer.from([0xff, 0xfe, 0x41, 0x00]))));
const td2 = new TextDecoder('utf-16le');
console.log(JSON.stringify([td2.decode(Buffer.from([0x41]), { stream: true }), td2.decode()]));
const td3 = new TextDecoder('utf-16le', { fatal: true });
try { td3.decode(Buffer.from([0x41]), { stream: true }); console.log(td3.decode()); } catch (e) { console.log('odd tail fatal', e.name, e.code); }
const l1 = new TextDecoder('windows-1252');
console.log(l1.encoding, JSON.stringify(l1.decode(Buffer.from([0x80, 0x81, 0x9f, 0xa0, 0xff]))));
