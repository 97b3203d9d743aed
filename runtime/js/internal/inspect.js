'use strict';
// util.inspect and util.format, producing the same text as Node's.

const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectKeys = Object.keys;
const ObjectPrototypeToString = Object.prototype.toString;
const ObjectPrototypePropertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const FunctionPrototypeToString = Function.prototype.toString;
const FunctionArgumentsGetter = ObjectGetOwnPropertyDescriptor(Function.prototype, 'arguments')?.get;
const FunctionCallerGetter = ObjectGetOwnPropertyDescriptor(Function.prototype, 'caller')?.get;
const ErrorPrototypeToString = Error.prototype.toString;
const DatePrototypeToISOString = Date.prototype.toISOString;
const DatePrototypeGetTime = Date.prototype.getTime;
const RegExpPrototypeToString = RegExp.prototype.toString;
const MapPrototypeEntries = Map.prototype.entries;
const SetPrototypeValues = Set.prototype.values;
const MapSizeGetter = ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get;
const SetSizeGetter = ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayLengthGetter = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const TypedArrayTagGetter = ObjectGetOwnPropertyDescriptor(
  TypedArrayPrototype,
  Symbol.toStringTag,
).get;
const ArrayIsArray = Array.isArray;
const JSONStringify = JSON.stringify;
const MathSqrt = Math.sqrt;
const MathRound = Math.round;
const MathFloor = Math.floor;
const MathMin = Math.min;
const MathMax = Math.max;

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const styles = {
  __proto__: null,
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
};

const colorCodes = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};
// Aliases Node accepts but does not list.
for (const [alias, name] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
]) {
  Object.defineProperty(colorCodes, alias, {
    get() {
      return this[name];
    },
    set(value) {
      this[name] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colorCodes[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function inspect(value, opts) {
  const ctx = {
    ...defaultOptions,
    seen: [],
    indentationLvl: 0,
    currentDepth: 0,
    circular: undefined,
    budget: {},
    stylize: stylizeNoColor,
  };
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts !== null && typeof opts === 'object') {
    for (const key of ObjectKeys(opts)) {
      if (ObjectPrototypeHasOwnProperty.call(defaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        // Options inspect does not know are handed on to custom inspect functions.
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspect;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return defaultOptions;
  },
  // Assigning merges into the defaults every later call starts from.
  set(options) {
    const { validateObject } = require('internal/errors');
    validateObject(options, 'options');
    Object.assign(defaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});
inspect.colors = colorCodes;
inspect.styles = styles;

// ---- primitives -------------------------------------------------------------------------------

// Control characters, quote, backslash, and surrogates that are not part of a pair.
const escapeChars = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const meta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F',
];

/** Quotes a string the way Node picks quotes: ' unless it holds ', then ", then `. */
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  if (!escapeChars.test(str) && (quote !== "'" || !str.includes("'"))) {
    return quote + str + quote;
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    const code = str.charCodeAt(i);
    if (ch === quote || ch === '\\') {
      out += `\\${ch}`;
    } else if (code < 0x20) {
      out += meta[code];
    } else if (code >= 0x7f && code <= 0x9f) {
      out += `\\x${code.toString(16).toUpperCase()}`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // A valid pair is kept whole; a lone half is written as an escape.
      const next = str.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + str[i + 1];
        i++;
      } else {
        out += `\\u${code.toString(16)}`;
      }
    } else {
      out += ch;
    }
  }
  return quote + out + quote;
}

/** `digits` with `_` between groups of three, counted from the right (from the left when
 * `fromLeft`, for fractions); a leading sign stays outside the groups. */
function groupDigits(digits, fromLeft = false) {
  const sign = digits.startsWith('-') ? '-' : '';
  const body = digits.slice(sign.length);
  const groups = [];
  if (fromLeft) {
    for (let i = 0; i < body.length; i += 3) groups.push(body.slice(i, i + 3));
  } else {
    for (let end = body.length; end > 0; end -= 3) groups.unshift(body.slice(Math.max(0, end - 3), end));
  }
  return sign + groups.join('_');
}

/** A number as inspect prints it; with `numericSeparator`, digits grouped by `_` (Node prints
 * -0 as 0 then, and leaves exponent forms alone). */
function formatNumber(stylize, n, numericSeparator = false) {
  if (!numericSeparator) return stylize(Object.is(n, -0) ? '-0' : `${n}`, 'number');
  const text = `${n === 0 ? 0 : n}`;
  if (!Number.isFinite(n) || text.includes('e')) return stylize(text, 'number');
  const [whole, fraction] = text.split('.');
  return stylize(fraction === undefined ? groupDigits(whole) : `${groupDigits(whole)}.${groupDigits(fraction, true)}`, 'number');
}

function formatBigInt(stylize, n, numericSeparator) {
  return stylize(`${numericSeparator ? groupDigits(`${n}`) : n}n`, 'bigint');
}

function formatPrimitive(ctx, value) {
  const stylize = ctx.stylize;
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (
        ctx.compact !== true &&
        value.length > 16 &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4
      ) {
        const lines = value.split(/(?<=\n)/);
        if (lines.length > 1) {
          const indent = ' '.repeat(ctx.indentationLvl);
          return (
            lines.map((line) => stylize(strEscape(line), 'string')).join(` +\n${indent}  `) +
            trailer
          );
        }
      }
      return stylize(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    case 'symbol':
      return stylize(value.toString(), 'symbol');
    default:
      return String(value);
  }
}

// ---- objects ----------------------------------------------------------------------------------

/** What a custom inspect function sees: the public options (not the inspector's own state),
 * plus whatever else the caller passed to inspect. */
function userOptions(ctx) {
  const options = { stylize: ctx.stylize };
  for (const key of ObjectKeys(defaultOptions)) options[key] = ctx[key];
  return { ...options, ...ctx.userOptions };
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx, value);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // A proxy is looked at through V8, so that none of its traps runs; without showProxy it
  // is shown as its target.
  const context = value;
  const proxy = ops.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    for (let inner = ops.proxyDetails(value); inner !== undefined; inner = ops.proxyDetails(value)) {
      if (inner[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      value = inner[0];
    }
  }

  if (ctx.customInspect) {
    let maybeCustom;
    try {
      maybeCustom = value[customInspect];
    } catch {
      maybeCustom = undefined;
    }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = maybeCustom.call(context, depth, userOptions(ctx), inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, [target, handler], recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], 'array', recurseTimes);
}

// The language's global constructors (Object, Array, Map..., not Node's Buffer or URL):
// prototype properties are not listed past them, and their toString counts as built-in.
let builtInNames;
function isBuiltInName(name) {
  if (builtInNames === undefined) {
    builtInNames = new Set(require('internal/loader').languageGlobals);
  }
  return builtInNames.has(name);
}

function isInstanceof(value, constructor) {
  try {
    return value instanceof constructor;
  } catch {
    return false;
  }
}

/**
 * The name of the nearest `constructor` on the prototype chain that `obj` is an instance of;
 * null for a null prototype. With `protoProps` (showHidden), the non-method properties of the
 * prototypes in between are collected into it.
 */
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  let current = obj;
  while (current !== null && current !== undefined) {
    const descriptor = ObjectGetOwnPropertyDescriptor(current, 'constructor');
    if (
      descriptor !== undefined &&
      typeof descriptor.value === 'function' &&
      descriptor.value.name !== '' &&
      isInstanceof(obj, descriptor.value)
    ) {
      if (protoProps !== undefined && (firstProto !== current || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, obj, firstProto || obj, recurseTimes, protoProps);
      }
      return `${descriptor.value.name}`;
    }
    current = ObjectGetPrototypeOf(current);
    if (firstProto === undefined) firstProto = current;
  }
  if (firstProto === null) return null;
  // No usable constructor: the class V8 knows, and what the prototype looks like.
  const own = ops.constructorName(obj);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${own} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${own} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${own} <${protoName}>`;
}

/** The properties (not methods) of up to three prototypes below the first built-in one. */
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let keys;
  const seen = new Set();
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltInName(descriptor.value.name)) return;
    }
    if (depth !== 0) for (const key of keys) seen.add(key);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || ObjectPrototypeHasOwnProperty.call(main, key) || (depth !== 0 && seen.has(key))) continue;
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const text = formatProperty(ctx, obj, recurseTimes, key, 'object', desc, main);
      output.push(ctx.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    ctx.seen.pop();
  }
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    const names = ObjectGetOwnPropertyNames(value);
    if (typeof value === 'function') addLegacyFunctionKeys(value, names);
    return [...names, ...symbols];
  }
  const keys = ObjectKeys(value);
  for (const sym of symbols) {
    if (ObjectPrototypePropertyIsEnumerable.call(value, sym)) keys.push(sym);
  }
  return keys;
}

// Node 20's engine gives sloppy-mode plain functions own 'arguments' and 'caller' properties
// (right after 'length' and 'name'); this engine serves them from Function.prototype instead.
function legacyFunctionProperty(fn, key) {
  const getter = key === 'arguments' ? FunctionArgumentsGetter : key === 'caller' ? FunctionCallerGetter : undefined;
  if (typeof fn !== 'function' || getter === undefined) return undefined;
  try {
    // Strict, arrow, class, method, generator, async, bound and built-in functions throw.
    return { value: getter.call(fn), writable: false, enumerable: false, configurable: false };
  } catch {
    return undefined;
  }
}

function addLegacyFunctionKeys(fn, names) {
  if (names.includes('arguments') || names.includes('caller')) return;
  if (legacyFunctionProperty(fn, 'arguments') === undefined) return;
  let at = 0;
  while (names[at] === 'length' || names[at] === 'name') at++;
  names.splice(at, 0, 'arguments', 'caller');
}

function isTypedArray(value) {
  return TypedArrayTagGetter.call(value) !== undefined;
}

function isError(value) {
  return value instanceof Error || ObjectPrototypeToString.call(value) === '[object Error]';
}

function tagOf(value) {
  return ObjectPrototypeToString.call(value).slice(8, -1);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  let tag = value[Symbol.toStringTag];
  // An own (enumerable, or with showHidden any) tag is listed among the keys, not twice.
  const ownTag = ctx.showHidden ? ObjectPrototypeHasOwnProperty : ObjectPrototypePropertyIsEnumerable;
  if (typeof tag !== 'string' || (tag !== '' && ownTag.call(value, Symbol.toStringTag))) tag = '';
  let base = '';
  let formatter = formatObjectEntries;
  let braces;
  let noIterator = true;
  let extrasType = 'object';
  // As Node decides: an array whose prototype lost its iterator is shown as an object.
  let iterator;
  try {
    iterator = value[Symbol.iterator];
  } catch {
    iterator = undefined;
  }
  if (iterator || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix =
        constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getKeys(value, ctx.showHidden).filter((k) => !isIndex(k));
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = 'array';
      formatter = formatArray;
    } else if (types().isSet(value)) {
      const size = SetSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types().isMap(value)) {
      const size = MapSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (typeof value === 'object' && isTypedArray(value)) {
      keys = getKeys(value, ctx.showHidden).filter((k) => !isIndex(k));
      const length = TypedArrayLengthGetter.call(value);
      const fallback = TypedArrayTagGetter.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${length})`);
      braces = [`${prefix}[`, ']'];
      if (length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = 'array';
    } else if (types().isMapIterator(value) || types().isSetIterator(value)) {
      const kind = types().isMapIterator(value) ? 'Map' : 'Set';
      keys = getKeys(value, ctx.showHidden);
      const name = tag === `${kind} Iterator` ? tag : `${tag === '' ? '' : `${tag}] [`}${kind} Iterator`;
      braces = [`[${name}] {`, '}'];
      formatter = (c, v, recurse) => formatIterator(c, v, recurse, braces);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object' && tag === '' && isArguments(value)) {
      braces[0] = '[Arguments] {';
      if (keys.length === 0 && protoProps === undefined) return '[Arguments] {}';
    } else if (constructor === 'Object' && tag === '' && !isError(value) && tagOf(value) === 'Object') {
      if (keys.length === 0 && protoProps === undefined) return '{}';
    } else if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (tagOf(value) === 'RegExp') {
      base = RegExpPrototypeToString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'regexp');
    } else if (tagOf(value) === 'Date') {
      const time = DatePrototypeGetTime.call(value);
      base = Number.isNaN(time) ? 'Invalid Date' : DatePrototypeToISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (types().isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (tagOf(value) === 'WeakSet' || tagOf(value) === 'WeakMap') {
      braces[0] = `${getPrefix(constructor, tag, tagOf(value))}{`;
      // Their entries can be shown (with showHidden) but have no order: they are sorted.
      formatter = ctx.showHidden ? formatWeakEntries : () => [ctx.stylize('<items unknown>', 'special')];
    } else if (tagOf(value) === 'DataView') {
      braces[0] = `${getPrefix(constructor, tag === 'DataView' ? '' : tag, 'DataView')}{`;
      // Shown as properties, the buffer last: it is not a primitive like the others.
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (value instanceof ArrayBuffer || tagOf(value) === 'ArrayBuffer' || tagOf(value) === 'SharedArrayBuffer') {
      const kind = tagOf(value);
      const prefix = getPrefix(constructor, tag === kind ? '' : tag, kind);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        // The [buffer] of a typed array: its length says enough.
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (tagOf(value) === 'Number' || tagOf(value) === 'String' || tagOf(value) === 'Boolean' || tagOf(value) === 'BigInt' || tagOf(value) === 'Symbol') {
      if (tagOf(value) === 'String') keys = keys.filter((k) => !isIndex(k));
      base = formatBoxed(ctx, value, tagOf(value), constructor, tag);
      // Coloured as a whole only when it stands alone.
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, tagOf(value) === 'String' ? 'string' : tagOf(value).toLowerCase());
    } else if (constructor === null && isModuleNamespace(value)) {
      // A module namespace: its bindings' values; one not yet initialised says so.
      braces[0] = '[Module: null prototype] {';
      const names = keys;
      keys = [];
      formatter = (c, v, recurse) => names.map((name) => formatNamespaceEntry(c, v, recurse, name));
    } else {
      // Without a prototype, the name is the class V8 recorded (or its own toStringTag).
      const fallback = constructor === null ? ops.constructorName(value) : 'Object';
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxName(constructor, tag, fallback)}{}`;
      }
      braces[0] = `${getCtxName(constructor, tag, fallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    const name = constructor === null ? getCtxName(constructor, tag, 'Object').slice(0, -1) : `[${constructor || tag || 'Object'}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } finally {
    ctx.seen.pop();
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  if (ctx.sorted) {
    const compare = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === 'object') {
      output.sort(compare);
    } else if (keys.length > 1) {
      // Entries keep their order; only the named properties after them are sorted.
      const named = output.splice(output.length - keys.length).sort(compare);
      output.push(...named);
    }
  }
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  return res;
}

function getCtxName(constructor, tag, fallback) {
  if (constructor === null) return `[${fallback}: null prototype] ${tag === '' ? '' : `[${tag}] `}`;
  if (tag !== '' && tag !== constructor) return `${constructor} [${tag}] `;
  if (constructor === 'Object') return '';
  return `${constructor} `;
}

function isIndex(key) {
  if (typeof key !== 'string') return false;
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 4294967295 && `${n}` === key;
}

function isArguments(value) {
  return ObjectPrototypeToString.call(value) === '[object Arguments]';
}

function getFunctionBase(value, constructor, tag) {
  let source;
  try {
    source = FunctionPrototypeToString.call(value);
  } catch {
    source = '';
  }
  if (source.startsWith('class') && /^class(\s|{)/.test(source)) {
    const name = (ObjectPrototypeHasOwnProperty.call(value, 'name') && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superClass = ObjectGetPrototypeOf(value);
      if (superClass && superClass.name) base += ` extends ${superClass.name}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }
  let type = 'Function';
  const t = tagOf(value);
  if (t === 'AsyncFunction') type = 'AsyncFunction';
  else if (t === 'GeneratorFunction') type = 'GeneratorFunction';
  else if (t === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function formatBoxed(ctx, value, type, constructor, tag) {
  const plain = { ...ctx, stylize: stylizeNoColor };
  let inner;
  switch (type) {
    case 'Number':
      inner = formatPrimitive(plain, Number.prototype.valueOf.call(value));
      break;
    case 'String':
      inner = formatPrimitive(plain, String.prototype.valueOf.call(value));
      break;
    case 'Boolean':
      inner = formatPrimitive(plain, Boolean.prototype.valueOf.call(value));
      break;
    case 'BigInt':
      inner = formatPrimitive(plain, BigInt.prototype.valueOf.call(value));
      break;
    default:
      inner = formatPrimitive(plain, Symbol.prototype.valueOf.call(value));
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${inner}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  return base;
}

/**
 * An error whose class and `name` differ is shown as `Class [name]: message`, for stacks that
 * start the usual way ("TypeError: ..."); others are left as they are.
 */
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (
    constructor !== null &&
    !(name.endsWith('Error') && stack.startsWith(name) && (stack.length === len || stack[len] === ':' || stack[len] === '\n'))
  ) {
    return stack;
  }
  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  return `${prefix} [${name}]${stack.slice(len)}`;
}

function formatError(err, ctx, keys, constructor, tag) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (typeof stack !== 'string' || stack === '') {
    stack = ErrorPrototypeToString.call(err);
  }
  // `cause` and `errors` are shown even though they are not enumerable.
  if (
    ObjectPrototypeHasOwnProperty.call(err, 'cause') &&
    (keys.length === 0 || !keys.includes('cause'))
  ) {
    keys.push('cause');
  }
  if (
    ArrayIsArray(err.errors) &&
    ObjectPrototypeHasOwnProperty.call(err, 'errors') &&
    !keys.includes('errors')
  ) {
    keys.push('errors');
  }
  // An own `name` or `message` already shown in the stack text is not listed again.
  if (!ctx.showHidden) {
    for (const key of ['name', 'message', 'stack']) {
      const index = keys.indexOf(key);
      if (index !== -1 && stack.includes(String(err[key]))) keys.splice(index, 1);
    }
  }
  let name;
  try {
    name = err.name != null ? `${err.name}` : 'Error';
  } catch {
    name = 'Error';
  }
  stack = improveStack(stack, constructor, name, tag);
  stack = collapseCauseFrames(err, stack);
  const stackStart = stack.indexOf('\n    at ');
  if (stackStart === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) {
    const indent = ' '.repeat(ctx.indentationLvl);
    stack = stack.replaceAll('\n', `\n${indent}`);
  }
  return stack;
}

/**
 * Frames an error shares with its cause (the same run of four or more lines) are shown once, in
 * the cause; the error says how many it left out.
 */
function collapseCauseFrames(err, stack) {
  let cause;
  try {
    cause = err.cause;
  } catch {
    return stack;
  }
  if (cause === null || typeof cause !== 'object' || !isError(cause)) return stack;
  let causeStack;
  try {
    causeStack = cause.stack;
  } catch {
    return stack;
  }
  if (typeof causeStack !== 'string') return stack;
  const start = causeStack.indexOf('\n    at');
  if (start === -1) return stack;
  const causeFrames = causeStack.slice(start + 1).split('\n');
  const frames = stack.split('\n');
  for (let i = 0; i < frames.length - 3; i++) {
    const pos = causeFrames.indexOf(frames[i]);
    if (pos === -1 || causeFrames.length - pos <= 3) continue;
    const limit = Math.min(frames.length - i, causeFrames.length - pos);
    let len = 1;
    while (len < limit && frames[i + len] === causeFrames[pos + len]) len++;
    if (len > 3) {
      // The first and last shared frames stay, as anchors.
      const skipped = len - 2;
      frames.splice(i + 1, skipped, `    ... ${skipped} lines matching cause stack trace ...`);
      return frames.join('\n');
    }
  }
  return stack;
}

function formatObjectEntries() {
  return [];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - max;
  const output = [];
  for (let i = 0; i < max; i++) {
    if (!ObjectPrototypeHasOwnProperty.call(value, i)) {
      return formatArrayWithHoles(ctx, value, recurseTimes, max);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, 'arrayItem'));
  }
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function moreItems(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

function formatArrayWithHoles(ctx, value, recurseTimes, max) {
  const output = [];
  let i = 0;
  const length = value.length;
  while (i < length && output.length < max) {
    if (ObjectPrototypeHasOwnProperty.call(value, i)) {
      output.push(formatProperty(ctx, value, recurseTimes, i, 'arrayItem'));
      i++;
    } else {
      let j = i;
      while (j < length && !ObjectPrototypeHasOwnProperty.call(value, j)) j++;
      const holes = j - i;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      i = j;
    }
  }
  const remaining = length - i;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = TypedArrayLengthGetter.call(value);
  const max = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - max;
  const output = [];
  const bigint = typeof value[0] === 'bigint';
  for (let i = 0; i < max; i++) {
    const item = value[i];
    output.push(bigint ? formatBigInt(ctx.stylize, item, ctx.numericSeparator) : formatNumber(ctx.stylize, item, ctx.numericSeparator));
  }
  if (remaining > 0) output.push(moreItems(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const max = MathMin(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < max; i++) {
    hex += `${i === 0 ? '' : ' '}${bytes[i].toString(16).padStart(2, '0')}`;
  }
  const remaining = bytes.length - max;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  const max = MathMin(MathMax(ctx.maxArrayLength, 0), SetSizeGetter.call(value));
  let i = 0;
  for (const v of SetPrototypeValues.call(value)) {
    if (i >= max) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  const remaining = SetSizeGetter.call(value) - max;
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  const max = MathMin(MathMax(ctx.maxArrayLength, 0), MapSizeGetter.call(value));
  let i = 0;
  for (const [k, v] of MapPrototypeEntries.call(value)) {
    if (i >= max) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  const remaining = MapSizeGetter.call(value) - max;
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

let typesModule;
function types() {
  if (typesModule === undefined) typesModule = require('internal/types');
  return typesModule;
}

/** Up to maxArrayLength entries of a Map or Set iterator (which it does not advance). */
function formatIterator(ctx, value, recurseTimes, braces) {
  const [entries, isKeyValue] = ops.previewEntries(value);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatEntryPairs(ctx, recurseTimes, entries, false);
  }
  return formatEntryList(ctx, recurseTimes, entries, false);
}

function formatWeakEntries(ctx, value, recurseTimes) {
  const [entries, isKeyValue] = ops.previewEntries(value);
  return isKeyValue ? formatEntryPairs(ctx, recurseTimes, entries, true) : formatEntryList(ctx, recurseTimes, entries, true);
}

function formatEntryList(ctx, recurseTimes, entries, weak) {
  const max = MathMin(MathMax(ctx.maxArrayLength, 0), entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < max; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (entries.length > max) output.push(moreItems(entries.length - max));
  return output;
}

/** Entries given flat as [k0, v0, k1, v1...]: `k => v` for weak maps, `[ k, v ]` otherwise. */
function formatEntryPairs(ctx, recurseTimes, entries, weak) {
  const pairs = entries.length / 2;
  const max = MathMin(MathMax(ctx.maxArrayLength, 0), pairs);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < max; i++) {
    const k = formatValue(ctx, entries[2 * i], recurseTimes);
    const v = formatValue(ctx, entries[2 * i + 1], recurseTimes);
    output.push(weak ? `${k} => ${v}` : reduceToSingleString(ctx, [k, v], '', ['[', ']'], 'array', recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (pairs > max) output.push(moreItems(pairs - max));
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = ops.promiseDetails(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

const identifier = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

/** Whether `value` is the namespace object of one of the application's modules. */
function isModuleNamespace(value) {
  return require('internal/modules').namespaces.has(value);
}

function formatNamespaceEntry(ctx, ns, recurseTimes, key) {
  let value;
  try {
    value = ns[key];
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    const name = typeof key === 'symbol' ? `[${key.toString()}]` : key;
    return `${name}: ${ctx.stylize('<uninitialized>', 'special')}`;
  }
  return formatProperty(ctx, ns, recurseTimes, key, 'object', { value, enumerable: true });
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || legacyFunctionProperty(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== 'object' ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < str.length) {
      str = `\n${' '.repeat(ctx.indentationLvl)}${str}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) || (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp !== null && typeof tmp === 'object') {
          // Objects follow the label; primitives go inside it.
          str = `${ctx.stylize(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${ctx.stylize(`[${label}:`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}${ctx.stylize(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${ctx.stylize(`[${label}: <Inspection threw (${err.message})>]`, 'special')}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === 'arrayItem') return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(key.toString(), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${identifier.test(key) ? key : strEscape(key)}]`;
  } else if (identifier.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}: ${str}`;
}

// ---- layout -----------------------------------------------------------------------------------

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function removeColors(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === 'array' && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Up to `compact` innermost levels may share one line, if the line is short enough.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

/**
 * Lays out the entries of a long array in aligned columns, aiming at a roughly square block:
 * numbers are right-aligned, anything else left-aligned.
 */
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  const separatorSpace = 2; // ", "
  let outputLength = output.length;
  // A trailing "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = ctx.colors ? removeColors(output[i]).length : output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if three columns fit and the entries are of similar width.
  if (
    actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
    (totalLength / actualMax > 5 || maxLength <= 6)
  ) {
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    return grouped;
  }
  return output;
}

// ---- format -----------------------------------------------------------------------------------

function formatWithOptions(inspectOptions, ...args) {
  // Node accepts any non-null object (arrays too) here, never a function.
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw require('internal/errors').invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

/**
 * Whether %s should inspect `value` rather than convert it: true when its string conversion
 * comes from a built-in prototype (Object, Number, Date...), false for an own or user-defined
 * toString or Symbol.toPrimitive.
 */
function hasBuiltInToString(value) {
  const proxy = ops.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return true;
    value = proxy[0];
  }
  if (typeof value.toString !== 'function') return true;
  if (ObjectPrototypeHasOwnProperty.call(value, 'toString')) return false;
  let holder = value;
  while (
    holder !== null &&
    !ObjectPrototypeHasOwnProperty.call(holder, 'toString') &&
    !ObjectPrototypeHasOwnProperty.call(holder, Symbol.toPrimitive)
  ) {
    holder = ObjectGetPrototypeOf(holder);
  }
  if (holder === null) return true;
  const descriptor = ObjectGetOwnPropertyDescriptor(holder, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltInName(descriptor.value.name);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  // %s, %d, %i and %f group digits when the options ask for it.
  const separator = Boolean(inspectOptions && inspectOptions.numericSeparator);
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) {
        // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: {
              // 's'
              const arg = args[++a];
              if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, separator);
              else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, separator);
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
              else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: {
              // 'd'
              const n = args[++a];
              if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, separator);
              else if (typeof n === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, Number(n), separator);
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: {
              // 'i'
              const n = args[++a];
              if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, separator);
              else if (typeof n === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(stylizeNoColor, Number.parseInt(n), separator);
              break;
            }
            case 102: {
              // 'f'
              const n = args[++a];
              tempStr = typeof n === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, Number.parseFloat(n), separator);
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function tryStringify(value) {
  try {
    return JSONStringify(value);
  } catch (err) {
    if (err instanceof TypeError && /circular/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

module.exports = { inspect, format, formatWithOptions, strEscape, isError, groupDigits };
