// EventTarget/Event/CustomEvent argument errors and the warning for a null listener.
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
const tries = {
  eventNoType: () => new Event(),
  customNoType: () => new CustomEvent(),
  dispatchNone: () => new EventTarget().dispatchEvent(),
  addNoArgs: () => new EventTarget().addEventListener(),
  addTypeOnly: () => new EventTarget().addEventListener('x'),
  addString: () => new EventTarget().addEventListener('x', 'str'),
  addNumber: () => new EventTarget().addEventListener('x', 5),
  addNull: () => new EventTarget().addEventListener('x', null),
  addBadSignal: () => new EventTarget().addEventListener('x', () => {}, { signal: {} }),
  addNullSignal: () => new EventTarget().addEventListener('x', () => {}, { signal: null }),
  removeNoArgs: () => new EventTarget().removeEventListener(),
  removeString: () => new EventTarget().removeEventListener('x', 'str'),
  removeNull: () => new EventTarget().removeEventListener('x', null),
};
for (const [name, fn] of Object.entries(tries)) {
  try { console.log(name, 'ok', fn()); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
setTimeout(() => {}, 5);
