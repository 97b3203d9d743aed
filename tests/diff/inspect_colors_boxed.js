// util.inspect colors: boxed primitives are styled once as a whole; a RegExp with extra
// properties is not styled.
const util = require('util');
const show = (v) => console.log(JSON.stringify(util.inspect(v, { colors: true })));
show([new Number(-0), new String('abc'), new Boolean(true), Object(Symbol('bs')), Object(10n)]);
show(Object.assign(new Number(3), { extra: 1 }));
show(/x/g);
show(Object.assign(/x/g, { p: 1 }));
show(Object.assign(new Date(0), { p: 1 }));
show(new Date(0));
