// Extra 'pipe' descriptors: the child writes to its fd 3 and reads fd 4; the parent sees
// child.stdio[3] and [4] as sockets; 'close' waits for them.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'echo to-three >&3; read line <&4; echo "got $line" >&3; exec 3>&-'], { stdio: ['ignore', 'inherit', 'inherit', 'pipe', 'pipe'] });
console.log(child.stdio.length, child.stdio[3] && child.stdio[3].constructor.name, typeof child.stdio[4].write, child.stdio[0]);
let got = '';
child.stdio[3].on('data', (d) => {
  got += d;
  if (got.includes('to-three') && child.stdio[4].writable) child.stdio[4].end('from parent\n');
});
child.stdio[3].on('end', () => console.log('fd 3 said', JSON.stringify(got)));
child.on('exit', (code) => console.log('exit', code));
child.on('close', (code) => console.log('close', code));
