'use strict';
// How classes defined by Web IDL (TextDecoder, Event, AbortSignal...) look from JS: members
// enumerable on the prototype, and a plain Symbol.toStringTag value.

function enumerableMembers(cls) {
  for (const name of Object.getOwnPropertyNames(cls.prototype)) {
    if (name !== 'constructor') Object.defineProperty(cls.prototype, name, { enumerable: true });
  }
}

function defineTag(cls, tag) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

module.exports = { enumerableMembers, defineTag };
