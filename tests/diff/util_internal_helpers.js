// util._errnoException / _exceptionWithHostPort, util.types order and names, inspect.colors and styles prototypes, defaultOptions descriptor.
const util = require('util');
const show = (e) => console.log(JSON.stringify(e.message), e.code, e.errno, e.syscall, e.address, e.port, Object.keys(e));
show(util._errnoException(-2, 'open'));
show(util._errnoException(-2, 'open', 'file.txt'));
show(util._errnoException(-13, 'scandir', ''));
show(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80));
show(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, '127.0.0.1:5000'));
show(util._exceptionWithHostPort(-98, 'listen', '::', 0));
show(util._exceptionWithHostPort(-98, 'bind', undefined, undefined, 'x'));
try { util._errnoException('x', 'open'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(util.types).join(','));
console.log(Object.values(util.types).map((f) => f.name).join(','));
console.log(util.types.isArrayBufferView === ArrayBuffer.isView, util.types.isKeyObject({}), util.types.isCryptoKey({}));
console.log(Object.getPrototypeOf(util.inspect.colors), Object.getPrototypeOf(util.inspect.styles));
const d = Object.getOwnPropertyDescriptor(util.inspect, 'defaultOptions');
console.log(d.enumerable, d.configurable, typeof d.get, typeof d.set);
console.log(Object.keys(util.inspect));
