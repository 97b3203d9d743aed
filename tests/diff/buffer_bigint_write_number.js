// writeBigInt64*/writeBigUInt64* given a Number (not a BigInt) throw V8's mixing TypeError.
for (const m of ['writeBigInt64LE', 'writeBigInt64BE', 'writeBigUInt64LE', 'writeBigUint64BE']) {
  for (const v of [1, 0, '1', true, null]) {
    try {
      console.log(m, JSON.stringify(v), 'returned', Buffer.alloc(8)[m](v, 0));
    } catch (e) {
      console.log(m, JSON.stringify(v), e.name, e.code, e.message);
    }
  }
}
