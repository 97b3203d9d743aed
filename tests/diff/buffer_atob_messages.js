// atob: a length error ("not correctly encoded") is distinct from an invalid character.
for (const s of ['a', 'abcde', 'aGVsbG8===', '*', 'aGV=sbG8', 'ab=c', 'abc==', 'a===', undefined, 'undefined', '\u00e9']) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(atob(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message, e instanceof DOMException);
  }
}
