// Buffer.concat validates totalLength as "length": an integer in [0, kMaxLength].
for (const len of [-1, 1.5, NaN, '2', 2 ** 33, Infinity, 0, 2, undefined]) {
  try {
    console.log(String(len), Buffer.concat([Buffer.from('abc')], len));
  } catch (e) {
    console.log(String(len), e.name, e.code, e.message);
  }
}

// Empty pieces anywhere in the list are skipped, and later pieces still copied.
console.log(Buffer.concat([Buffer.alloc(0), Buffer.from('ab'), Buffer.alloc(0), Buffer.from('cd')]).toString());
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array(0), Buffer.from('cd')], 3).toString());
