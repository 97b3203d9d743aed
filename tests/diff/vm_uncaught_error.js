// An exception thrown by a vm script and not caught: reported at the script's own file and line.
const vm = require('vm');
const ctx = vm.createContext({ n: 1 });
console.log(vm.runInContext('n', ctx));
vm.runInThisContext('\n  throw new Error("from vm")', { filename: 'my-script.js' });
