'use strict';
// `node:vm`: compiled scripts run in this context or in contexts made for an object, whose
// global reflects that object (runtime/src/ops/vm.rs); compileFunction.

const { codedError, invalidArgType, outOfRange, validateObject, validateString } = require('internal/errors');

const DEFAULT_FILENAME = 'evalmachine.<anonymous>';
const scripts = new FinalizationRegistry((id) => ops.vmDrop(id));

function validateOffset(value, name) {
  if (value === undefined) return 0;
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  return value;
}

/** `options.timeout` as Node checks it: undefined, or 1 to 2**32 - 1 milliseconds. */
function timeoutOf(options) {
  if (options === undefined || options === null) return undefined;
  validateObject(options, 'options');
  const { timeout } = options;
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number') throw invalidArgType('options.timeout', 'number', timeout);
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 4294967295) {
    throw outOfRange('options.timeout', '>= 1 && <= 4294967295', timeout);
  }
  return timeout;
}

function validateContext(context, name = 'contextifiedObject') {
  if (!isContext(context)) {
    const { describeReceived } = require('internal/errors');
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an vm.Context.${describeReceived(context)}`);
  }
}

// Where runInNewContext has its code parsed: the new context, so a SyntaxError is of its realm.
const kParsingContext = Symbol('kParsingContext');

class Script {
  #id;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
    const { filename = DEFAULT_FILENAME } = options;
    validateString(filename, 'options.filename');
    const lineOffset = validateOffset(options.lineOffset, 'options.lineOffset');
    const columnOffset = validateOffset(options.columnOffset, 'options.columnOffset');
    this.#id = ops.vmCompile(code, filename, lineOffset, columnOffset, options[kParsingContext]);
    scripts.register(this, this.#id);
  }

  runInThisContext(options) {
    return ops.vmRun(this.#id, undefined, timeoutOf(options));
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return ops.vmRun(this.#id, contextifiedObject, timeoutOf(options));
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject), options);
  }

  /** No code cache is kept: an empty one, which V8 would reject and recompile. */
  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function isContext(object) {
  if (object === null || typeof object !== 'object') throw invalidArgType('object', 'object', object);
  return ops.vmIsContext(object);
}

function createContext(contextObject = {}, options = undefined) {
  if (contextObject === null || typeof contextObject !== 'object') throw invalidArgType('object', 'object', contextObject);
  if (options !== undefined) validateObject(options, 'options');
  if (ops.vmIsContext(contextObject)) return contextObject;
  ops.vmCreateContext(contextObject);
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  return createScript(code, options).runInThisContext(typeof options === 'object' ? options : undefined);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  return createScript(code, options).runInContext(contextifiedObject, typeof options === 'object' ? options : undefined);
}

function runInNewContext(code, contextObject, options) {
  const context = createContext(contextObject ?? {});
  const parsing = typeof options === 'string' ? { filename: options } : { ...options };
  parsing[kParsingContext] = context;
  return createScript(code, parsing).runInContext(context, typeof options === 'object' ? options : undefined);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  if (!Array.isArray(params)) throw invalidArgType('params', 'Array', params);
  params.forEach((param, i) => {
    if (typeof param !== 'string') throw invalidArgType(`params[${i}]`, 'string', param);
  });
  validateObject(options, 'options');
  const { filename = '', parsingContext, contextExtensions = [] } = options;
  validateString(filename, 'options.filename');
  const lineOffset = validateOffset(options.lineOffset, 'options.lineOffset');
  const columnOffset = validateOffset(options.columnOffset, 'options.columnOffset');
  if (parsingContext !== undefined) validateContext(parsingContext, 'options.parsingContext');
  if (!Array.isArray(contextExtensions)) throw invalidArgType('options.contextExtensions', 'Array', contextExtensions);
  contextExtensions.forEach((extension, i) => {
    if (extension === null || typeof extension !== 'object') throw invalidArgType(`options.contextExtensions[${i}]`, 'object', extension);
  });
  return ops.vmCompileFunction(code, params, filename, lineOffset, columnOffset, parsingContext, contextExtensions);
}

async function measureMemory() {
  const { heapUsed } = process.memoryUsage();
  return { total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapUsed] } };
}

const constants = { __proto__: null, USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'), DONT_CONTEXTIFY: Symbol('vm_context_no_contextify') };

module.exports = {
  Script, compileFunction, constants, createContext, createScript, isContext, measureMemory, runInContext, runInNewContext,
  runInThisContext,
};
