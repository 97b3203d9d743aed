'use strict';
// stream.compose: pipes streams (and async generator functions) together into one Duplex that
// is written at the head and read at the tail.

const { codedError, invalidArgValue } = require('internal/errors');
const { pipeline } = require('internal/streams/pipeline');
const { destroyImpl } = require('internal/streams/common');
const { isReadableNodeStream, isWritableNodeStream } = require('internal/streams/end_of_stream');
const { duplexify, joinSides, isNodeStream } = require('internal/streams/duplexify');

module.exports = function compose(...streams) {
  if (streams.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
  if (streams.length === 1) return duplexify(streams[0], 'body');
  const given = [...streams];
  const last = streams.length - 1;
  if (typeof streams[0] === 'function') streams[0] = duplexify(streams[0], 'body');
  if (typeof streams[last] === 'function') streams[last] = duplexify(streams[last], 'body');
  for (let i = 0; i < streams.length; i++) {
    if (!isNodeStream(streams[i])) continue;
    if (i < last && !isReadableNodeStream(streams[i])) throw invalidArgValue(`streams[${i}]`, given[i], 'must be readable');
    if (i > 0 && !isWritableNodeStream(streams[i])) throw invalidArgValue(`streams[${i}]`, given[i], 'must be writable');
  }
  const head = streams[0];
  let joined = null;
  const tail = pipeline(streams, (err) => joined.sidesDone(err));
  joined = joinSides(head, tail, tail, (err) => destroyImpl.destroyer(tail, err), { destroyWhenIdle: true });
  return joined.duplex;
};
