'use strict';
// Work that belongs to the launch rather than to the build. With a startup snapshot, built-in
// modules are loaded when the executable is built; whatever they take from the process
// (environment, paths, arguments) is set here instead, when the process starts. Loaded after
// the start, a module's launch work runs at once.

const pending = [];
let launched = false;

/** Runs `fn` at launch, or now if the launch already happened. */
function atLaunch(fn) {
  if (launched) fn();
  else pending.push(fn);
}

/** Called once, right after `process` got its launch facts. */
function launch() {
  launched = true;
  for (const fn of pending.splice(0)) fn();
}

module.exports = { atLaunch, launch };
