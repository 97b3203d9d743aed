'use strict';
// Deep equality as `assert.deepStrictEqual`, `assert.deepEqual` and `util.isDeepStrictEqual`
// define it: strict mode compares prototypes and uses Object.is; loose mode uses ==.

const types = require('internal/types');

const ObjectKeys = Object.keys;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const toString = Object.prototype.toString;

function ownKeys(value, strict) {
  const keys = ObjectKeys(value);
  if (!strict) return keys;
  for (const sym of ObjectGetOwnPropertySymbols(value)) {
    if (propertyIsEnumerable.call(value, sym)) keys.push(sym);
  }
  return keys;
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // Loose mode: == but NaN equals NaN.
  // eslint-disable-next-line eqeqeq
  return a == b || (a !== a && b !== b);
}

function isDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (strict) return Object.is(a, b);
    if (typeof a === 'object' && a !== null) return false;
    if (typeof b === 'object' && b !== null) return false;
    return primitiveEqual(a, b, false);
  }
  if (strict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  const tag = toString.call(a);
  if (tag !== toString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (!(types.isNativeError(b) || b instanceof Error) || a.message !== b.message || a.name !== b.name) return false;
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else {
      if (a.byteLength !== b.byteLength) return false;
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
    // Extra own properties of the views still count.
    return keysEqual(a, b, strict, memos, ownKeys(a, strict).filter((k) => !isIndex(k)), ownKeys(b, strict).filter((k) => !isIndex(k)));
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isBoxedPrimitive(b)) {
    return false;
  }
  // WeakMap, WeakSet and Promise hide their contents: Node 20 compares them as plain objects.

  // Cycles: a pair seen before is taken as equal while it is being compared.
  if (memos === undefined) memos = { a: new Map(), b: new Map(), position: 0 };
  const seenA = memos.a.get(a);
  if (seenA !== undefined) {
    const seenB = memos.b.get(b);
    if (seenB !== undefined) return seenA === seenB;
  }
  memos.position++;
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  let result;
  if (types.isSet(a)) {
    result = types.isSet(b) && a.size === b.size && setEqual(a, b, strict, memos) && keysEqual(a, b, strict, memos);
  } else if (types.isMap(a)) {
    result = types.isMap(b) && a.size === b.size && mapEqual(a, b, strict, memos) && keysEqual(a, b, strict, memos);
  } else if (types.isSet(b) || types.isMap(b)) {
    result = false;
  } else if (Array.isArray(a)) {
    result = a.length === b.length && arrayEqual(a, b, strict, memos);
  } else {
    result = keysEqual(a, b, strict, memos);
  }
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function isIndex(key) {
  return typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key);
}

function arrayEqual(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    const hasA = Object.prototype.hasOwnProperty.call(a, i);
    const hasB = Object.prototype.hasOwnProperty.call(b, i);
    // A hole differs from an undefined element, loosely too.
    if (hasA !== hasB) return false;
    if (!isDeepEqual(a[i], b[i], strict, memos)) return false;
  }
  const ka = ownKeys(a, strict).filter((k) => !isIndex(k));
  const kb = ownKeys(b, strict).filter((k) => !isIndex(k));
  return keysEqual(a, b, strict, memos, ka, kb);
}

function keysEqual(a, b, strict, memos, ka = ownKeys(a, strict), kb = ownKeys(b, strict)) {
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!propertyIsEnumerable.call(b, key)) return false;
  }
  for (const key of ka) {
    if (!isDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function setEqual(a, b, strict, memos) {
  const pending = [];
  for (const value of a) {
    if (typeof value === 'object' && value !== null) pending.push(value);
    else if (!b.has(value)) {
      if (strict) return false;
      // Loose mode: a primitive may equal another one loosely.
      let found = false;
      for (const other of b) {
        if (typeof other !== 'object' && primitiveEqual(value, other, false)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const value of b) if (typeof value === 'object' && value !== null) candidates.push(value);
  for (const value of pending) {
    const i = candidates.findIndex((c) => isDeepEqual(value, c, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

/** Loose mode: `b` has a primitive key == `key` (that `a` lacks) whose value equals `value`. */
function hasLooseKey(a, b, key, value, memos) {
  for (const [other, otherValue] of b) {
    if (typeof other === 'object' && other !== null) continue;
    if (!a.has(other) && primitiveEqual(key, other, false) && isDeepEqual(value, otherValue, false, memos)) return true;
  }
  return false;
}

function mapEqual(a, b, strict, memos) {
  const pending = [];
  for (const [key, value] of a) {
    if (typeof key === 'object' && key !== null) {
      pending.push([key, value]);
    } else {
      if (b.has(key)) {
        if (!isDeepEqual(value, b.get(key), strict, memos)) return false;
      } else if (strict || !hasLooseKey(a, b, key, value, memos)) {
        return false;
      }
    }
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const entry of b) if (typeof entry[0] === 'object' && entry[0] !== null) candidates.push(entry);
  for (const [key, value] of pending) {
    const i = candidates.findIndex(([k, v]) => isDeepEqual(key, k, strict, memos) && isDeepEqual(value, v, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

module.exports = {
  isDeepStrictEqual(a, b) {
    return isDeepEqual(a, b, true);
  },
  isDeepEqual(a, b) {
    return isDeepEqual(a, b, false);
  },
};
