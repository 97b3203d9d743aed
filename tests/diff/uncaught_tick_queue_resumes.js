// After process.on('uncaughtException') handles an error thrown by a nextTick callback, the rest of
// the nextTick queue runs right away (before any timer).
const log = [];
process.on('uncaughtException', (e) => log.push('handled ' + e.message));
process.nextTick(() => { throw new Error('first'); });
process.nextTick(() => log.push('second tick'));
process.nextTick(() => { throw new Error('third'); });
process.nextTick(() => log.push('fourth tick'));
setTimeout(() => { log.push('timer'); console.log(log.join('\n')); }, 10);
