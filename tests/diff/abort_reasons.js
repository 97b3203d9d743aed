// AbortSignal reasons, timeout signals not keeping the process alive, onabort ordering.
const order = [];
const ac = new AbortController();
ac.signal.addEventListener('abort', () => order.push('listener 1'));
ac.signal.onabort = () => order.push('onabort');
ac.signal.addEventListener('abort', () => order.push('listener 2'));
ac.abort(new RangeError('custom reason'));
ac.abort('second abort ignored');
console.log(order, ac.signal.reason.name, ac.signal.reason.message);
const plain = AbortSignal.abort();
console.log(plain.reason.name, plain.reason.code, plain.reason.message, plain.reason instanceof DOMException);
const t = AbortSignal.timeout(100000);
console.log('timeout signal does not hold the process:', t.aborted);
const any = AbortSignal.any([AbortSignal.abort('first reason'), AbortSignal.abort('second reason')]);
console.log(any.reason);
try {
  AbortSignal.timeout('x');
} catch (e) {
  console.log(e.code);
}
try {
  new AbortSignal();
} catch (e) {
  console.log(e.name, e.message);
}
