'use strict';
// The `os` module.

const { codedError, invalidArgType, SystemError } = require('internal/errors');


function systemError(syscall, code) {
  const table = ops.errnoTable();
  const row = table.find((r) => r[1] === code) || [0, code, 'unknown error'];
  const err = codedError(SystemError, 'ERR_SYSTEM_ERROR', `A system error occurred: ${syscall} returned ${code} (${row[2]})`);
  err.info = { errno: -row[0], code, message: row[2], syscall };
  err.errno = -row[0];
  err.syscall = syscall;
  return err;
}

const uname = () => ops.osUname() || ['Linux', '', '', '', ''];

function cpus() {
  return ops.osCpus().map(([model, speed, user, nice, sys, idle, irq]) => ({
    model,
    speed,
    times: { user, nice, sys, idle, irq },
  }));
}

function networkInterfaces() {
  const result = {};
  for (const [name, address, netmask, family, mac, internal, scopeid] of ops.osNetworkInterfaces()) {
    const bits = netmaskBits(netmask);
    const entry = { address, netmask, family, mac, internal, cidr: bits === null ? null : `${address}/${bits}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] || (result[name] = [])).push(entry);
  }
  return result;
}

function netmaskBits(netmask) {
  let bits = 0;
  if (netmask.includes('.')) {
    for (const part of netmask.split('.')) {
      let n = Number(part);
      while (n & 0x80) {
        bits++;
        n = (n << 1) & 0xff;
      }
    }
    return bits;
  }
  for (const part of netmask.split(':')) {
    if (part === '') continue;
    let n = parseInt(part, 16);
    while (n & 0x8000) {
      bits++;
      n = (n << 1) & 0xffff;
    }
  }
  return bits;
}

function userInfo(options) {
  const info = ops.osUserInfo();
  if (info === undefined) throw systemError('uv_os_get_passwd', 'ENOENT');
  const [uid, gid, username, homedir, shell] = info;
  if (options && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    return { uid, gid, username: Buffer.from(username), homedir: Buffer.from(homedir), shell: Buffer.from(shell) };
  }
  return { uid, gid, username, homedir, shell };
}

function homedir() {
  const home = process.env.HOME;
  if (home) return home;
  const info = ops.osUserInfo();
  return info ? info[3] : '/';
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function checkPid(pid) {
  if (pid === undefined) return 0;
  if (typeof pid !== 'number') throw invalidArgType('pid', 'number', pid);
  return pid;
}

function getPriority(pid) {
  const result = ops.osPriority(checkPid(pid));
  if (typeof result === 'string') throw systemError('uv_os_getpriority', result);
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  if (typeof priority !== 'number') throw invalidArgType('priority', 'number', priority);
  if (priority < -20 || priority > 19 || !Number.isInteger(priority)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "priority" is out of range. It must be >= -20 && <= 19. Received ${priority}`);
  }
  const result = ops.osPriority(checkPid(pid), priority);
  if (typeof result === 'string') throw systemError('uv_os_setpriority', result);
}

const signals = Object.freeze({ __proto__: null, ...ops.signals() });
const errno = {};
for (const [n, code] of ops.errnoTable()) errno[code] = n;
// Node lists these too (same numbers as others on Linux).
errno.EWOULDBLOCK = errno.EAGAIN;
errno.EOPNOTSUPP = errno.ENOTSUP;

const priority = Object.freeze({
  __proto__: null,
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});

const constants = Object.freeze({
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno: Object.freeze(errno),
  signals,
  priority,
});

function toPrimitiveValue(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  arch: () => process.arch,
  platform: () => process.platform,
  type: toPrimitiveValue(() => uname()[0]),
  release: toPrimitiveValue(() => uname()[1]),
  version: toPrimitiveValue(() => uname()[2]),
  machine: toPrimitiveValue(() => uname()[3]),
  hostname: toPrimitiveValue(() => uname()[4]),
  homedir: toPrimitiveValue(homedir),
  tmpdir: toPrimitiveValue(tmpdir),
  endianness: toPrimitiveValue(() => (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE')),
  uptime: toPrimitiveValue(() => ops.osSysinfo()[0]),
  loadavg: () => ops.osSysinfo().slice(1, 4),
  totalmem: toPrimitiveValue(() => ops.osSysinfo()[4]),
  freemem: toPrimitiveValue(() => ops.osSysinfo()[5]),
  availableParallelism: () => ops.hardwareConcurrency(),
  cpus,
  networkInterfaces,
  userInfo,
  getPriority,
  setPriority,
  constants,
};
