'use strict';
// The `stream/consumers` module: a whole stream (Node's or a web one) read into one value.

const { Buffer } = require('buffer');

async function chunksOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

// As in Node, bytes are gathered through a Blob, so any chunk a Blob takes (numbers and
// objects as their strings) is accepted.
async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function blob(stream) {
  return new Blob(await chunksOf(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, json, text };
