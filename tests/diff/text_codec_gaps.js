// TextEncoder/TextDecoder: encodeInto destination check, utf-16be, input/options validation,
// and util.inspect output.
const util = require('util');
const show = (label, fn) => { try { const r = fn(); console.log(label, typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
show('encodeInto array', () => new TextEncoder().encodeInto('x', []));
show('encodeInto u16', () => new TextEncoder().encodeInto('x', new Uint16Array(2)));
show('utf-16be', () => { const td = new TextDecoder('utf-16be'); return [td.encoding, td.decode(Buffer.from([0, 0x41, 0xd8, 0x3d, 0xde, 0x00]))]; });
show('decode string', () => new TextDecoder().decode('str'));
show('decode number', () => new TextDecoder().decode(5));
show('decode null', () => new TextDecoder().decode(null));
show('opts number', () => new TextDecoder('utf8', 5));
show('opts null', () => new TextDecoder('utf8', null).encoding);
show('decode opts bad', () => new TextDecoder().decode(new Uint8Array(1), 5));
console.log(util.inspect(new TextDecoder()), util.inspect(new TextDecoder('latin1', { fatal: true })));
console.log(util.inspect(new TextEncoder()), util.inspect({ enc: new TextEncoder() }));
console.log(util.inspect(new TextDecoder(), { depth: -1 }));
