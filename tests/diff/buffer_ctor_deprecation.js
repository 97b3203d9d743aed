// new Buffer() / Buffer() emit DEP0005 once, from user code (not node_modules).
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
console.log(new Buffer(2).length);
console.log(Buffer('ab'));
console.log(new Buffer([1, 2]));
setTimeout(() => console.log('done'), 10);
