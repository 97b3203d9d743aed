// Errors with causes, aggregate errors and custom names, printed as Node prints them.
const inner = new TypeError('inner cause');
const middle = new Error('middle', { cause: inner });
const outer = new Error('outer', { cause: middle });
console.log(outer.cause === middle, outer.cause.cause === inner);
console.log(Object.keys(outer), 'cause' in outer, Object.getOwnPropertyDescriptor(outer, 'cause').enumerable);
const nonErrorCause = new Error('with string cause', { cause: 'just a string' });
console.log(nonErrorCause.cause);
const agg = new AggregateError([new Error('one'), 'two'], 'several failed');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1]);
class ValidationError extends Error {
  constructor(field) {
    super(`invalid ${field}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}
const v = new ValidationError('email');
console.log(v.name, v.message, v.field, String(v), v instanceof ValidationError);
throw outer;
