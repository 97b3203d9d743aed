// AbortSignal: trusted abort events, argument validation of any()/timeout(), the illegal
// constructor code, brand checks, and util.inspect output.
const util = require('util');
const show = (label, fn) => { try { const r = fn(); console.log(label, r); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } };
show('isTrusted', () => { const ac = new AbortController(); let t; ac.signal.addEventListener('abort', (e) => { t = e.isTrusted; }); ac.abort(); return t; });
show('any bad item', () => AbortSignal.any([{}]));
show('any not array', () => AbortSignal.any(5));
show('any set', () => AbortSignal.any(new Set([AbortSignal.abort('s')])).reason);
show('timeout negative', () => AbortSignal.timeout(-1));
show('timeout huge', () => AbortSignal.timeout(2 ** 32));
show('timeout float', () => AbortSignal.timeout(1.5).aborted);
show('new AbortSignal', () => new AbortSignal());
show('aborted brand', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
show('reason brand', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
show('signal brand', () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}));
console.log(util.inspect(new AbortController()));
console.log(util.inspect(AbortSignal.abort('x')));
console.log(util.inspect({ s: new AbortController().signal }, { depth: 0 }));
console.log(util.inspect(new AbortController(), { depth: 0 }));
