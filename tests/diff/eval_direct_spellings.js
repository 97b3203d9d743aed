// Direct eval calls spelled so that no `eval` is followed by a parenthesis: a parenthesised
// name, a comment before the arguments, and an escaped name. The snapshot must still allow
// them.
function parenthesised(v) { return (eval)('v + 1'); }
function commented(v) { return eval /* arguments next */ ('v * 2'); }
function escaped(v) { return \u0065val('v - 1'); }
console.log('other spellings', parenthesised(1), commented(2), escaped(3));
