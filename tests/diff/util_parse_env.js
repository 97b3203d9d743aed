// util.parseEnv: quoting, multi-line values, comments, export, odd keys and Node 20's quirks; argument check.
const util = require('util');
const cases = [
  'A=1\nB="two words"\n# c\nexport D=4',
  'A = spaced  \nB=x # comment\nC="q # not comment"\nD=\'single\'\nE=`back`',
  'M="line1\nline2"\nN=after',
  'ESC="a\\nb"\nRAW=\'a\\nb\'\nBT=`a\\nb`',
  'DUP=1\nDUP=2',
  'z=1\nA=2\nb=3\n_=4\nÄ=5',
  'EMPTY=\nQ=""\n  export   X=5',
  'NOEQ\nK=v',
  '=nokey\nK2=v2',
  'U="unterminated\nNEXT=1',
  'W=a=b=c',
  'CR=1\r\nCR2=2\r\n',
  'T=\tvalue\t',
  'K="v" # c\nL=\'w\' trailing\nM=a#b',
  'A B=1\nexportX=2\nexport Y=3',
  '\n\n   \nK=a"b"c',
  "S='multi\nline'\nT=ok",
  '# only comment',
  '',
];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(util.parseEnv(c)));
for (const bad of [5, null, undefined, Buffer.from('A=1')]) {
  try {
    util.parseEnv(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(Object.keys(util).indexOf('parseEnv') < Object.keys(util).indexOf('parseArgs'));
