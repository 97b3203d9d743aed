'use strict';
// `node:child_process`, first part: running a command to its end — spawnSync, execSync and
// execFileSync, with Node's options, results and errors. spawn, exec, execFile, fork and
// ChildProcess (the asynchronous side) are still to come.

const { Buffer } = require('buffer');
const {
  codedError, invalidArgType, invalidArgValue, outOfRange, errnoInfo, validateObject, validateString,
} = require('internal/errors');

const signalNumbers = { __proto__: null, ...ops.signals() };
const signalNames = { __proto__: null };
for (const name of Object.keys(signalNumbers)) signalNames[signalNumbers[name]] ??= name;

const DEFAULT_MAX_BUFFER = 1024 * 1024;

/** Strings handed to the system cannot hold NUL. */
function validateNoNul(value, name) {
  if (`${value}`.includes('\u0000')) throw invalidArgValue(name, value, 'must be a string without null bytes');
}

function signalNumber(signal) {
  if (typeof signal === 'number' && signal in signalNames) return signal;
  if (typeof signal === 'string' && signal in signalNumbers) return signalNumbers[signal];
  throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
}

function validateTimeout(timeout) {
  if (timeout !== undefined && timeout !== null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw outOfRange('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer !== undefined && maxBuffer !== null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw outOfRange('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

/** The three standard streams' connections, as the native side takes them. */
function stdioModes(stdio) {
  if (stdio === undefined || stdio === null) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') {
    if (!['pipe', 'inherit', 'ignore', 'overlapped'].includes(stdio)) throw invalidArgValue('stdio', stdio);
    return [stdio, stdio, stdio].map((m) => (m === 'overlapped' ? 'pipe' : m));
  }
  if (!Array.isArray(stdio)) throw invalidArgValue('stdio', stdio);
  const modes = [];
  for (let i = 0; i < 3; i++) {
    const mode = stdio[i];
    if (mode === undefined || mode === null || mode === 'pipe' || mode === 'overlapped') modes.push('pipe');
    else if (mode === 'inherit' || mode === 'ignore') modes.push(mode);
    else if (typeof mode === 'number') modes.push(mode);
    else if (typeof mode?.fd === 'number') modes.push(mode.fd);
    else throw invalidArgValue('stdio', stdio);
  }
  return modes;
}

/** Node's argument handling for spawnSync(file, args?, options?). */
function normalize(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw invalidArgValue('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args === 'object') {
    options = args;
    args = [];
  } else {
    throw invalidArgType('args', 'object', args);
  }
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  validateNoNul(file, 'file');
  args.forEach((arg, i) => validateNoNul(arg, `args[${i}]`));
  const plainArgs = args;
  if (options.shell) {
    const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', [file, ...args].join(' ')];
    file = shell;
  }
  return { file, args, plainArgs, options };
}

function spawnSync(file, args, options) {
  const request = normalize(file, args, options);
  options = request.options;
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const env = options.env ?? process.env;
  const flatEnv = [];
  // Inherited variables count too (an env made with Object.create(process.env)).
  for (const key in env) {
    if (env[key] === undefined) continue;
    validateNoNul(key, `options.env['${key}']`);
    validateNoNul(env[key], `options.env['${key}']`);
    flatEnv.push(key, `${env[key]}`);
  }
  let input = options.input;
  if (typeof input === 'string') input = Buffer.from(input, options.encoding === 'buffer' ? 'utf8' : options.encoding);
  else if (input !== undefined && !ArrayBuffer.isView(input)) {
    throw invalidArgType('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  const result = ops.spawnSync(request.file, request.args, {
    cwd: options.cwd === undefined || options.cwd === null ? undefined : `${options.cwd}`,
    env: flatEnv,
    argv0: options.argv0,
    input,
    stdio: stdioModes(options.stdio),
    timeout: options.timeout ?? 0,
    killSignal: signalNumber(options.killSignal ?? 'SIGTERM'),
    maxBuffer,
  });
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : undefined;
  const output = (bytes) => {
    if (bytes === null) return null;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return encoding === undefined ? buffer : buffer.toString(encoding);
  };
  const stdout = output(result.stdout);
  const stderr = output(result.stderr);
  const ret = {};
  if (result.error !== undefined) {
    const { errno } = errnoInfo(result.error);
    const err = new Error(`spawnSync ${request.file} ${result.error}`);
    err.errno = errno;
    err.code = result.error;
    err.syscall = `spawnSync ${request.file}`;
    err.path = request.file;
    err.spawnargs = request.args;
    ret.error = err;
  }
  ret.status = result.status;
  ret.signal = result.signal === null ? null : signalNames[result.signal] ?? null;
  // A command that could not start has no output at all.
  ret.output = result.pid === 0 ? null : [null, stdout, stderr];
  ret.pid = result.pid;
  ret.stdout = stdout;
  ret.stderr = stderr;
  return ret;
}

/** execSync and execFileSync: stderr shows on ours unless stdio says otherwise; failures throw. */
function runChecked(file, args, options, command) {
  const inheritStderr = options.stdio === undefined || options.stdio === null;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  // The error carries the whole result, itself included under `error`, as in Node.
  if (ret.error) throw Object.assign(ret.error, ret);
  if (ret.status !== 0) {
    let message = `Command failed: ${command}`;
    if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
    throw Object.assign(new Error(message), ret);
  }
  return ret.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  // Always through a shell, the one named or /bin/sh.
  options = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  return runChecked(command, [], options, command);
}

function execFileSync(file, args, options) {
  const request = normalize(file, args, options);
  const shown = [file, ...request.plainArgs].join(' ');
  return runChecked(file, request.plainArgs, request.options, shown);
}

module.exports = { execFileSync, execSync, spawnSync };
