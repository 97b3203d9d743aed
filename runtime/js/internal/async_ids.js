'use strict';
// Async resource ids, numbered as async_hooks would: unique and increasing, the program's top
// level being 1. There is no execution tracking: resources report the top level as trigger.

const kTopLevelAsyncId = 1;
let lastAsyncId = kTopLevelAsyncId;

function newAsyncId() {
  return ++lastAsyncId;
}

module.exports = { newAsyncId, kTopLevelAsyncId };
