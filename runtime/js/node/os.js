'use strict';
// The `os` module.

const { validateInteger, systemError, errnoInfo } = require('internal/errors');


/** `ERR_SYSTEM_ERROR` for a failed os call; Node's `info` lists errno first. */
function osError(syscall, code) {
  const { errno, description } = errnoInfo(code);
  return systemError('ERR_SYSTEM_ERROR', 'A system error occurred', { syscall, errnoCode: code }, {
    errno,
    code,
    message: description,
    syscall,
  });
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
  if (info === undefined) throw osError('uv_os_get_passwd', 'ENOENT');
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

function getPriority(pid = 0) {
  validateInteger(pid, 'pid', -(2 ** 31), 2 ** 31 - 1);
  const result = ops.osPriority(pid);
  if (typeof result === 'string') throw osError('uv_os_getpriority', result);
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInteger(pid, 'pid', -(2 ** 31), 2 ** 31 - 1);
  validateInteger(priority, 'priority', -20, 19);
  const result = ops.osPriority(pid, priority);
  if (typeof result === 'string') throw osError('uv_os_setpriority', result);
}

// Node's tables are plain (not frozen) objects without prototypes.
const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno: { __proto__: null, ...ops.errnoConstants() },
  signals: { __proto__: null, ...ops.signals() },
  priority: {
    __proto__: null,
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  },
};

/** Getters without arguments also convert to their value (`${os.hostname}`), as in Node. */
function toPrimitiveValue(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

module.exports = {
  arch: toPrimitiveValue(function arch() {
    return process.arch;
  }),
  availableParallelism: toPrimitiveValue(function getAvailableParallelism() {
    return ops.hardwareConcurrency();
  }),
  cpus,
  endianness: toPrimitiveValue(function endianness() {
    return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
  }),
  freemem: toPrimitiveValue(function getFreeMem() {
    return ops.osSysinfo()[5];
  }),
  getPriority,
  homedir: toPrimitiveValue(homedir),
  hostname: toPrimitiveValue(function hostname() {
    return uname()[4];
  }),
  loadavg: function loadavg() {
    return ops.osSysinfo().slice(1, 4);
  },
  networkInterfaces,
  platform: toPrimitiveValue(function platform() {
    return process.platform;
  }),
  release: toPrimitiveValue(function getOSRelease() {
    return uname()[1];
  }),
  setPriority,
  tmpdir: toPrimitiveValue(tmpdir),
  totalmem: toPrimitiveValue(function getTotalMem() {
    return ops.osSysinfo()[4];
  }),
  type: toPrimitiveValue(function getOSType() {
    return uname()[0];
  }),
  userInfo,
  uptime: toPrimitiveValue(function uptime() {
    return ops.osSysinfo()[0];
  }),
  version: toPrimitiveValue(function getOSVersion() {
    return uname()[2];
  }),
  machine: toPrimitiveValue(function getMachine() {
    return uname()[3];
  }),
};
Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, writable: false, configurable: false },
  EOL: { value: '\n', enumerable: true, writable: false, configurable: true },
  devNull: { value: '/dev/null', enumerable: true, writable: false, configurable: true },
});
