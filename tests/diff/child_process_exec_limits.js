// exec/execFile limits: maxBuffer on stdout and stderr (the error, the child killed, what was
// kept), timeouts with killSignal, buffer encoding, and the promisified forms' rejections.
const { exec, execFile } = require('child_process');
const util = require('util');

exec('yes | head -c 5000', { maxBuffer: 1000 }, (err, stdout, stderr) => {
  console.log('maxBuffer', err.code, err.message, stdout.length, err.killed, err.signal, JSON.stringify(stderr));
  execFile('sh', ['-c', 'yes err >&2 | head -c 3000 >&2'], { maxBuffer: 100 }, (err2, stdout2, stderr2) => {
    console.log('maxBuffer stderr', err2.code, stderr2.length, JSON.stringify(stdout2));
    exec('sleep 5', { timeout: 100 }, (err3) => {
      console.log('timeout', err3.killed, err3.signal, err3.code, err3.cmd);
      exec('sleep 5', { timeout: 100, killSignal: 'SIGKILL' }, (err4) => {
        console.log('timeout SIGKILL', err4.killed, err4.signal);
        exec('printf "\\xff\\x00abc"', { encoding: 'buffer' }, (err5, stdout5) => {
          console.log('buffer', err5, Buffer.isBuffer(stdout5), stdout5.toString('hex'));
          util.promisify(exec)('exit 4').catch((e) => {
            console.log('promisified', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
            return util.promisify(execFile)('echo', ['ok']).then((r) => console.log('promisified ok', r));
          });
        });
      });
    });
  });
});
