// The loop runs dry while the module still awaits at top level: 'exit' sees 0, the process
// ends with status 13, as in Node.
console.log('before');
setTimeout(() => console.log('timer ran'), 1);
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise(() => {});
console.log('never');
