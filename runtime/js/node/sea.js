'use strict';
// node:sea. A packed executable is a single-executable application: its assets are the files
// the build embedded (`--assets`, `"pack".assets`), each under its path relative to the
// project, as `pack inspect` lists them (`templates/page.html`).

const { codedError, errnoException, validateString } = require('internal/errors');

function isSea() {
  return true;
}

/** The asset's bytes in a fresh ArrayBuffer; Node hands out its mapped memory instead. */
function getRawAsset(key) {
  validateString(key, 'key');
  const bytes = ops.seaAsset(key);
  if (bytes === undefined) {
    throw codedError(
      Error,
      'ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND',
      `Cannot find asset ${key} for the single executable application`,
    );
  }
  if (typeof bytes === 'string') throw errnoException('read', bytes);
  return bytes.buffer;
}

function getAsset(key, encoding) {
  if (encoding !== undefined) validateString(encoding, 'encoding');
  const asset = getRawAsset(key);
  if (encoding === undefined) return asset;
  return new TextDecoder(encoding).decode(asset);
}

function getAssetAsBlob(key, options) {
  const { Blob } = require('buffer');
  return new Blob([getRawAsset(key)], options);
}

/** The keys of all the assets (Node 24.8 added it; Node 20 has no such function). */
function getAssetKeys() {
  return ops.seaAssetKeys();
}

module.exports = { isSea, getAsset, getRawAsset, getAssetAsBlob, getAssetKeys };
