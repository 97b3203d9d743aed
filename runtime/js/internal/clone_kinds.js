'use strict';
// The built-in classes that structured clones (structuredClone, worker and port messages) copy
// as themselves: for each, the prototype and the keys of the values a copy is made of. The
// copy is made natively, without running JS (runtime/src/ops/clone.rs).

const kinds = {
  __proto__: null,
  Blob: require('internal/blob').cloneShape,
  MessagePort: require('internal/message_port').cloneShape,
  ...require('internal/crypto_keys').cloneShapes,
  CryptoKey: require('internal/webcrypto').cloneShape,
  ...require('internal/webstreams/transfer').cloneShapes(),
};

// Kept by the isolate, which a startup snapshot does not carry: given at launch, or earlier by
// ready() when a clone is read during the launch itself.
let given = false;
function ready() {
  if (given) return;
  given = true;
  ops.setCloneKinds(kinds);
}
require('internal/launch').atLaunch(ready);

module.exports = { ready };
