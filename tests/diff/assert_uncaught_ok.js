// An uncaught AssertionError from assert.ok with a generated message quoting the source.
const assert = require('assert');
const value = 0;
assert.ok(value > 1 &&
  value < 5);
