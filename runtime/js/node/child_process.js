'use strict';
// `node:child_process`, first part: running a command to its end — spawnSync, execSync and
// execFileSync, with Node's options, results and errors. spawn, exec, execFile, fork and
// ChildProcess (the asynchronous side) are still to come.

const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue, errnoInfo, validateObject } = require('internal/errors');

const signalNumbers = { __proto__: null, ...ops.signals() };
const signalNames = { __proto__: null };
for (const name of Object.keys(signalNumbers)) signalNames[signalNumbers[name]] ??= name;

const DEFAULT_MAX_BUFFER = 1024 * 1024;

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function signalNumber(signal) {
  if (typeof signal === 'number') return signal;
  if (typeof signal === 'string' && signal in signalNumbers) return signalNumbers[signal];
  throw codedError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
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
  let command = file;
  if (options.shell) {
    const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    const line = [file, ...args].join(' ');
    args = ['-c', line];
    file = shell;
  }
  return { file, args, options, command };
}

function spawnSync(file, args, options) {
  const request = normalize(file, args, options);
  options = request.options;
  const env = options.env ?? process.env;
  const flatEnv = [];
  for (const key of Object.keys(env)) {
    if (env[key] !== undefined) flatEnv.push(key, `${env[key]}`);
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
  ret.output = result.error === 'ENOENT' ? null : [null, stdout, stderr];
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
  options = { ...options, shell: options?.shell ?? true };
  return runChecked(command, [], options, command);
}

function execFileSync(file, args, options) {
  const request = normalize(file, args, options);
  return runChecked(file, request.args, request.options, [file, ...request.args].join(' '));
}

module.exports = { execFileSync, execSync, spawnSync };
