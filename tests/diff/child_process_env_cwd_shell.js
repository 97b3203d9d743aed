// Children with an environment of their own, another working directory, and a shell: env
// replaces (not merges) the parent's, cwd is where relative paths start, shell pipes and
// expansions work, and a missing cwd is an error.
const { spawn, spawnSync, execSync, exec } = require('child_process');
const os = require('os');
const path = require('path');
const fs = require('fs');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-env-'));
fs.writeFileSync(path.join(dir, 'here.txt'), 'in the other directory\n');

const env = spawnSync('/usr/bin/env', [], { env: { ONLY_THIS: 'yes', OTHER: '2' }, encoding: 'utf8' });
console.log(env.stdout.split('\n').filter(Boolean).sort());
console.log(spawnSync('cat', ['here.txt'], { cwd: dir, encoding: 'utf8' }).stdout.trim());
console.log(execSync('echo $((6 * 7)) | tr 4 X', { encoding: 'utf8' }).trim());
console.log(execSync('printf "%s-" a b c; echo', { encoding: 'utf8', shell: '/bin/sh' }).trim());
console.log(spawnSync('echo "$HOME_FROM_ENV" && pwd', { shell: true, cwd: dir, env: { HOME_FROM_ENV: 'set', PATH: process.env.PATH }, encoding: 'utf8' }).stdout.replace(dir, '<dir>').trim());
process.env.CHANGED_LATER = 'seen by children';
console.log(execSync('echo $CHANGED_LATER', { encoding: 'utf8' }).trim());
delete process.env.CHANGED_LATER;
console.log(JSON.stringify(execSync('echo "[$CHANGED_LATER]"', { encoding: 'utf8' }).trim()));

const missing = spawnSync('ls', [], { cwd: path.join(dir, 'nope') });
console.log(missing.error && missing.error.code, missing.error && missing.error.syscall, missing.status);
const child = spawn('ls', [], { cwd: path.join(dir, 'nope') });
child.on('error', (err) => {
  console.log('async', err.code, err.syscall, err.path === 'ls');
  exec('exit 3', (error, stdout, stderr) => {
    console.log('exec exit', error.code, error.killed, JSON.stringify(stdout), JSON.stringify(stderr));
    exec('echo out; echo err >&2', (error2, stdout2, stderr2) => {
      console.log('exec streams', error2, JSON.stringify(stdout2), JSON.stringify(stderr2));
      fs.rmSync(dir, { recursive: true });
    });
  });
});
