// util.MIMEType / util.MIMEParams and the rest of util's export list in Node 20.
const util = require('util');
const show = (label, fn) => { try { console.log(label, fn()); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
show('typeof', () => [typeof util.MIMEType, typeof util.MIMEParams, typeof util.parseEnv, typeof util.transferableAbortController, typeof util.transferableAbortSignal]);
show('parse', () => { const m = new util.MIMEType('Text/HTML; Charset="utf-8"; q=1'); return [m.type, m.subtype, m.essence, m.params.get('charset'), String(m), JSON.stringify(m)]; });
show('bad', () => new util.MIMEType('nope'));
show('params', () => { const m = new util.MIMEType('a/b'); m.params.set('x', 'y z'); m.subtype = 'C'; return [String(m), [...m.params.keys()], m.params.has('x')]; });
show('parseEnv', () => util.parseEnv('A=1\nB="two words"\n# c\nexport D=4'));
show('keys', () => Object.keys(util).filter((k) => !k.startsWith('_')).sort().join(','));
