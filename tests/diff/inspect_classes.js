// util.inspect of class instances, inheritance, toStringTag, null prototypes and accessors.
class Base {
  constructor() {
    this.base = true;
  }
}
class Derived extends Base {
  #hidden = 1;
  static staticProp = 'static';
  constructor() {
    super();
    this.derived = [1, 2];
  }
  get computed() {
    return 42;
  }
}
class Tagged {
  get [Symbol.toStringTag]() {
    return 'CustomTag';
  }
}
const nullProto = Object.assign(Object.create(null), { a: 1 });
console.log(new Derived(), Derived, Base, new Tagged(), nullProto);
console.log([new Derived()], { nested: new Tagged() }, Object.create(Derived.prototype));
console.log(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), Object.freeze({ frozen: true }));
const anon = new (class {})();
console.log(anon, new (class extends Array {})(), new (class M extends Map {})([[1, 2]]));
