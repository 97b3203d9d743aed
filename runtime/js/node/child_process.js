'use strict';
// `node:child_process`: commands run to their end (spawnSync, execSync, execFileSync) and
// followed from the event loop (spawn, exec, execFile and ChildProcess), with Node's options,
// results and errors; fork() and IPC channels (internal/ipc). A packed executable forks by
// starting itself again on another module of its bundle.

const { Buffer } = require('buffer');
const {
  codedError, invalidArgType, invalidArgValue, outOfRange, errnoInfo, systemErrorMap, validateAbortSignal, validateObject,
  validateString, AbortError,
} = require('internal/errors');
const { ChildProcess, signalNumber, signalNames } = require('internal/child_process');

const DEFAULT_MAX_BUFFER = 1024 * 1024;

/** Strings handed to the system cannot hold NUL. */
function validateNoNul(value, name) {
  if (`${value}`.includes('\u0000')) throw invalidArgValue(name, value, 'must be a string without null bytes');
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

/**
 * The three standard streams' connections, as the native side takes them, and the descriptor of
 * the IPC channel ('ipc' in the list) if there is one.
 */
function stdioSetup(stdio) {
  if (stdio === undefined || stdio === null) return { modes: ['pipe', 'pipe', 'pipe'], ipc: undefined, shared: [], pipes: [] };
  if (typeof stdio === 'string') {
    if (!['pipe', 'inherit', 'ignore', 'overlapped'].includes(stdio)) throw invalidArgValue('stdio', stdio);
    return { modes: [stdio, stdio, stdio].map((m) => (m === 'overlapped' ? 'pipe' : m)), ipc: undefined, shared: [], pipes: [] };
  }
  if (!Array.isArray(stdio)) throw invalidArgValue('stdio', stdio);
  const modes = [];
  // Descriptors passed on beyond the standard streams: child's number, then ours, in turn.
  const shared = [];
  // The child's descriptors beyond the standard streams that are pipes to this process.
  const pipes = [];
  let ipc;
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    const mode = stdio[i];
    if (mode === 'ipc') {
      if (ipc !== undefined) throw codedError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
      ipc = i;
      // The channel takes the descriptor over in the child.
      if (i < 3) modes.push('ignore');
      continue;
    }
    if (i >= 3) {
      // Beyond the standard streams 'inherit' is 'ignore', as in Node; a descriptor is shared.
      if (mode === undefined || mode === null || mode === 'ignore' || mode === 'inherit') continue;
      if (mode === 'pipe' || mode === 'overlapped' || (typeof mode === 'number' && mode < 0)) {
        pipes.push(i);
        continue;
      }
      const fd = typeof mode === 'number' ? mode : mode?.fd;
      if (Number.isInteger(fd) && fd >= 0) {
        shared.push(i, fd);
        continue;
      }
      if (mode?.handle || mode?._handle) throw invalidArgValue('stdio', stdio, 'is not supported beyond the three standard streams');
      throw invalidStdio(mode);
    }
    // A negative number is a pipe, as in Node.
    if (mode === undefined || mode === null || mode === 'pipe' || mode === 'overlapped' || (typeof mode === 'number' && mode < 0)) modes.push('pipe');
    else if (mode === 'inherit' || mode === 'ignore') modes.push(mode);
    else if (typeof mode === 'number') modes.push(mode);
    else if (typeof mode?.fd === 'number') modes.push(mode.fd);
    else throw invalidStdio(mode);
  }
  return { modes, ipc, shared, pipes };
}

/** Node's error for a stdio entry it cannot use: strings and buffers are input, for *Sync only. */
function invalidStdio(mode) {
  if (typeof mode === 'string' || ArrayBuffer.isView(mode)) {
    const shown = require('internal/inspect').inspect(mode);
    return codedError(TypeError, 'ERR_INVALID_SYNC_FORK_INPUT', `Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ${shown}`);
  }
  return invalidArgValue('stdio', mode);
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
  // The options Node checks for every form (spawn, exec*, *Sync), in its order.
  // A Buffer or file URL names the directory too.
  const cwd = options.cwd === undefined || options.cwd === null
    ? undefined
    : require('internal/fs_utils').toPath(options.cwd, 'options.cwd');
  validateFlag(options.detached, 'options.detached');
  validateId(options.uid, 'options.uid');
  validateId(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw invalidArgType('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNoNul(options.argv0, 'options.argv0');
  }
  validateFlag(options.windowsHide, 'options.windowsHide');
  validateFlag(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  const plainArgs = args;
  if (options.shell) {
    const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', [file, ...args].join(' ')];
    file = shell;
  }
  return { file, args, plainArgs, options, cwd };
}

/** The child's whole environment as the native side takes it: names and values in turn. */
function flattenEnv(env) {
  env ??= process.env;
  const flat = [];
  // Inherited variables count too (an env made with Object.create(process.env)).
  for (const key in env) {
    if (env[key] === undefined) continue;
    validateNoNul(key, `options.env['${key}']`);
    validateNoNul(env[key], `options.env['${key}']`);
    flat.push(key, `${env[key]}`);
  }
  return flat;
}

function validateFlag(value, name) {
  if (value !== undefined && value !== null && typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

/** options.killSignal as Node takes it: a signal name or number, else a type error. */
function killSignalOption(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return signalNumber(killSignal);
  if (killSignal !== undefined && killSignal !== null) throw invalidArgType('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

function validateId(value, name) {
  if (value !== undefined && value !== null && !(Number.isInteger(value) && value >= -2147483648 && value <= 2147483647)) {
    throw invalidArgType(name, 'int32', value);
  }
}

function spawn(file, args, options) {
  const request = normalize(file, args, options);
  options = request.options;
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = killSignalOption(options.killSignal);
  const serialization = options.serialization;
  if (serialization !== undefined && serialization !== 'json' && serialization !== 'advanced') {
    throw invalidArgValue('options.serialization', serialization, "must be one of: undefined, 'json', 'advanced'");
  }
  const { modes, ipc, shared, pipes } = stdioSetup(options.stdio);
  // Each extra pipe is one end of a socket pair (a net.Socket here), the other the child's.
  const extraPipes = pipes.map((target) => {
    const pair = ops.netPair();
    if (typeof pair === 'string') throw require('internal/errors').errnoException('socketpair', pair);
    shared.push(target, pair[1]);
    return [target, pair[0]];
  });
  const env = flattenEnv(options.env);
  if (ipc !== undefined) env.push('NODE_CHANNEL_FD', `${ipc}`, 'NODE_CHANNEL_SERIALIZATION_MODE', serialization ?? 'json');
  const child = new ChildProcess();
  const spawnargs = [options.argv0 ?? request.file, ...request.args];
  child._start(request.file, request.args, spawnargs, {
    cwd: request.cwd,
    env,
    argv0: options.argv0,
    stdio: modes,
    detached: !!options.detached,
    uid: options.uid ?? undefined,
    gid: options.gid ?? undefined,
    ipc,
    shared,
    serialization: serialization ?? 'json',
  }, modes, extraPipes);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      try {
        child.kill(killSignal);
      } catch (err) {
        child.emit('error', err);
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
    });
  }
  const { signal } = options;
  if (signal) {
    const onAbort = () => {
      try {
        if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

/** execFile(file, args?, options?, callback?) as Node sorts its arguments. */
function execFileArgs(rest) {
  let pos = 0;
  let args = [];
  const absent = (v) => v === undefined || v === null;
  if (Array.isArray(rest[pos])) args = rest[pos++];
  else if (pos < rest.length && absent(rest[pos])) pos++;
  else if (pos < rest.length && typeof rest[pos] !== 'object' && typeof rest[pos] !== 'function') {
    throw invalidArgType('args', 'object', rest[pos]);
  }
  let options = {};
  if (pos < rest.length && typeof rest[pos] === 'object' && rest[pos] !== null) options = rest[pos++];
  else if (pos < rest.length && absent(rest[pos])) pos++;
  else if (pos < rest.length && typeof rest[pos] !== 'function') throw invalidArgType('options', 'object', rest[pos]);
  let callback;
  if (pos < rest.length && typeof rest[pos] === 'function') callback = rest[pos];
  else if (pos < rest.length && !absent(rest[pos])) throw invalidArgType('callback', 'function', rest[pos]);
  return { args, options, callback };
}

function execFile(file, ...rest) {
  const parsed = execFileArgs(rest);
  const { args, callback } = parsed;
  const options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: DEFAULT_MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...parsed.options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = killSignalOption(options.killSignal);
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    argv0: options.argv0,
  });
  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)
    ? options.encoding
    : undefined;
  const collected = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let error = null;
  let killed = false;
  let exited = false;
  let timer = null;
  let cmd = file;
  if (args.length > 0) cmd += ` ${args.join(' ')}`;
  const text = (name) => (encoding === undefined ? Buffer.concat(collected[name]) : collected[name].join(''));
  const onExit = (code, signal) => {
    if (exited) return;
    exited = true;
    if (timer) clearTimeout(timer);
    if (!callback) return;
    const stdout = text('stdout');
    const stderr = text('stderr');
    if (error === null && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (error === null) {
      error = new Error(`Command failed: ${cmd}\n${stderr}`);
      error.code = code < 0 ? errnoCodeOf(code) : code;
      error.killed = child.killed || killed;
      error.signal = signal;
    }
    error.cmd = cmd;
    callback(error, stdout, stderr);
  };
  const kill = () => {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (err) {
      error = err;
      onExit();
    }
  };
  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      kill();
    }, options.timeout);
  }
  for (const name of ['stdout', 'stderr']) {
    // Decoded as it comes, as in Node (listeners of child.stdout get strings too).
    if (encoding !== undefined) child[name]?.setEncoding(encoding);
    child[name]?.on('data', (chunk) => {
      // Counted in bytes; text past the limit is cut in characters, as Node cuts it.
      const length = encoding === undefined ? chunk.length : Buffer.byteLength(chunk, encoding);
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        collected[name].push(chunk.slice(0, options.maxBuffer - (lengths[name] - length)));
        error = codedError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);
        kill();
      } else {
        collected[name].push(chunk);
      }
    });
  }
  child.addListener('close', onExit);
  child.addListener('error', (err) => {
    error = err;
    child.stdout?.destroy();
    child.stderr?.destroy();
    onExit();
  });
  return child;
}

/** The error code of a negative errno, as util.getSystemErrorName gives it. */
function errnoCodeOf(errno) {
  return systemErrorMap().get(errno)?.[0];
}

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  return execFile(command, options, callback);
}

/** exec and execFile as util.promisify makes them: `{ stdout, stderr }`, and the child. */
function promisified(run) {
  return (...args) => {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = run(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
Object.defineProperty(exec, Symbol.for('nodejs.util.promisify.custom'), { value: promisified(exec) });
Object.defineProperty(execFile, Symbol.for('nodejs.util.promisify.custom'), { value: promisified(execFile) });

/** The synchronous forms' stdio: the three modes, descriptors passed on, extra pipes read. */
function stdioOption(stdio) {
  const { modes, ipc, shared, pipes } = stdioSetup(stdio);
  if (ipc !== undefined) throw codedError(Error, 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
  return { stdio: modes, shared, pipes };
}

/**
 * fork(modulePath, args?, options?): runs a module in a new process with an IPC channel. The
 * child is this executable again (unless options.execPath names another program), told by
 * PACK_FORKED to run the bundled module at `modulePath` instead of its entry; its argv is
 * Node's: execPath, modulePath, args.
 */
function fork(modulePath, args, options) {
  modulePath = require('internal/fs_utils').toPath(modulePath, 'modulePath');
  if (args === undefined || args === null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw invalidArgType('args', 'Array', args);
  }
  if (options !== undefined && options !== null) validateObject(options, 'options');
  options = { ...options, shell: false };
  const execPath = options.execPath || process.execPath;
  validateNoNul(execPath, 'options.execPath');
  const execArgv = options.execArgv || process.execArgv;
  execArgv.forEach((arg, i) => validateNoNul(arg, `options.execArgv[${i}]`));
  if (typeof options.stdio === 'string') {
    options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    const mode = options.silent ? 'pipe' : 'inherit';
    options.stdio = [mode, mode, mode, 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw codedError(
      Error,
      'ERR_CHILD_PROCESS_IPC_REQUIRED',
      "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
    );
  }
  // Only this executable is told to run another of its modules: any other program (node
  // itself, named by options.execPath) reads the module path from its arguments.
  // PACK_FORK_EXEC_ARGC says how many arguments before the module path are its execArgv.
  if (execPath === process.execPath) {
    options.env = { ...(options.env ?? process.env), PACK_FORKED: '1', PACK_FORK_EXEC_ARGC: `${execArgv.length}` };
  }
  return spawn(execPath, [...execArgv, modulePath, ...args], options);
}

function spawnSync(file, args, options) {
  const request = normalize(file, args, options);
  options = request.options;
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const flatEnv = flattenEnv(options.env);
  let input = options.input;
  if (typeof input === 'string') input = Buffer.from(input, options.encoding === 'buffer' ? 'utf8' : options.encoding);
  else if (input !== undefined && !ArrayBuffer.isView(input)) {
    throw invalidArgType('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  const result = ops.spawnSync(request.file, request.args, {
    cwd: request.cwd,
    env: flatEnv,
    argv0: options.argv0,
    input,
    ...stdioOption(options.stdio),
    timeout: options.timeout ?? 0,
    killSignal: killSignalOption(options.killSignal) ?? signalNumber('SIGTERM'),
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
  // A command that could not start has no output at all; extra pipes follow the standard ones.
  if (result.pid === 0) {
    ret.output = null;
  } else {
    ret.output = [null, stdout, stderr];
    const extra = result.extra ?? [];
    for (let i = 0; i < extra.length; i += 2) {
      while (ret.output.length < extra[i]) ret.output.push(null);
      ret.output[extra[i]] = output(extra[i + 1]);
    }
    for (let i = 0; i < ret.output.length; i++) if (ret.output[i] === undefined) ret.output[i] = null;
    const length = Array.isArray(options.stdio) ? options.stdio.length : 3;
    while (ret.output.length < length) ret.output.push(null);
  }
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

module.exports = { ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
