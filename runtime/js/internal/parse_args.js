'use strict';
// util.parseArgs: command-line options as Node parses them.

const { codedError, invalidArgType } = require('internal/errors');

function unknownOption(option, allowPositionals) {
  const hint = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
    : '';
  return codedError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${option}'${hint}`);
}

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/** The configuration of option `name`, only if `options` has it as its own property. */
function optionOf(options, name) {
  return hasOwn(options, name) ? options[name] : undefined;
}

/** In strict mode a separate value that looks like an option is more likely a forgotten value. */
function ambiguousValue(token) {
  const long = `--${token.name}=-XYZ`;
  const short = token.rawName.startsWith('--') ? '' : ` or '${token.rawName}-XYZ'`;
  return codedError(
    TypeError,
    'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use '${long}'${short}.`,
  );
}

function optionLabel(name, config) {
  return config.short ? `-${config.short}, --${name}` : `--${name}`;
}

function validateConfig(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  for (const [name, config] of Object.entries(options)) {
    if (config === null || typeof config !== 'object') throw invalidArgType(`options.${name}`, 'object', config);
    if (config.type !== 'string' && config.type !== 'boolean') {
      const { describeReceived } = require('internal/errors');
      throw codedError(
        TypeError,
        'ERR_INVALID_ARG_TYPE',
        `The "options.${name}.type" property must be ('string|boolean').${describeReceived(config.type)}`,
      );
    }
    if (hasOwn(config, 'default')) checkDefault(name, config);
    if (config.short !== undefined) {
      if (typeof config.short !== 'string') throw invalidArgType(`options.${name}.short`, 'string', config.short);
      if (config.short.length !== 1) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.${name}.short' must be a single character. Received '${config.short}'`);
      }
    }
  }
}

/** A default must have the option's type (an array of it for `multiple`). */
function checkDefault(name, config) {
  const value = config.default;
  const type = config.type;
  if (config.multiple) {
    if (!Array.isArray(value)) throw invalidArgType(`options.${name}.default`, 'Array', value);
    value.forEach((item, i) => {
      if (typeof item !== type) throw invalidArgType(`options.${name}.default[${i}]`, type, item);
    });
  } else if (typeof value !== type) {
    throw invalidArgType(`options.${name}.default`, type, value);
  }
}

function parseArgs(config = {}) {
  const args = config.args !== undefined ? config.args : process.argv.slice(2);
  const strict = config.strict !== undefined ? config.strict : true;
  const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  const returnTokens = config.tokens !== undefined ? config.tokens : false;
  const options = config.options !== undefined ? config.options : {};
  const allowNegative = config.allowNegative !== undefined ? config.allowNegative : false;
  if (typeof allowNegative !== 'boolean') throw invalidArgType('allowNegative', 'boolean', allowNegative);
  if (!Array.isArray(args)) throw invalidArgType('args', 'Array', args);
  validateConfig(options);

  const shortToLong = new Map();
  for (const [name, opt] of Object.entries(options)) if (opt.short) shortToLong.set(opt.short, name);
  const isStringOption = (name) => optionOf(options, name)?.type === 'string';

  const tokens = [];
  /** `--name value` / `-n value`: a string option takes the next argument. Returns the index
   * of the last argument used. */
  function pushSeparateValueOption(name, rawName, index) {
    if (isStringOption(name) && index + 1 < args.length) {
      tokens.push({ kind: 'option', name, rawName, index, value: args[index + 1], inlineValue: false });
      return index + 1;
    }
    tokens.push({ kind: 'option', name, rawName, index, value: undefined, inlineValue: undefined });
    return index;
  }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (let j = index + 1; j < args.length; j++) tokens.push({ kind: 'positional', index: j, value: args[j] });
      break;
    }
    if (arg.length > 1 && arg[0] === '-' && arg[1] !== '-') {
      // Short options: -f, -fvalue, -abc.
      const first = arg[1];
      const long = shortToLong.get(first);
      if (arg.length === 2) {
        index = pushSeparateValueOption(long !== undefined ? long : first, arg, index);
        continue;
      }
      if (long !== undefined && isStringOption(long)) {
        tokens.push({ kind: 'option', name: long, rawName: `-${first}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      for (let c = 1; c < arg.length; c++) {
        const short = arg[c];
        const name = shortToLong.get(short) !== undefined ? shortToLong.get(short) : short;
        if (isStringOption(name) && c < arg.length - 1) {
          tokens.push({ kind: 'option', name, rawName: `-${short}`, index, value: arg.slice(c + 1), inlineValue: true });
          break;
        }
        // A string option ending the group takes the next argument, as `-n value` would.
        if (isStringOption(name) && index + 1 < args.length) {
          tokens.push({ kind: 'option', name, rawName: `-${short}`, index, value: args[index + 1], inlineValue: false });
          index++;
          break;
        }
        tokens.push({ kind: 'option', name, rawName: `-${short}`, index, value: undefined, inlineValue: undefined });
      }
      continue;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      if (eq !== -1) {
        tokens.push({ kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq), index, value: arg.slice(eq + 1), inlineValue: true });
        continue;
      }
      index = pushSeparateValueOption(arg.slice(2), arg, index);
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }

  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'option') {
      let opt = optionOf(options, token.name);
      // --no-name turns a boolean option off when negation is allowed.
      let negated = false;
      if (allowNegative && opt === undefined && token.name.startsWith('no-') && token.value === undefined) {
        const positive = optionOf(options, token.name.slice(3));
        if (positive?.type === 'boolean') {
          token.name = token.name.slice(3);
          opt = positive;
          negated = true;
        }
      }
      if (strict) {
        if (opt === undefined) throw unknownOption(token.rawName, allowPositionals);
        if (opt.type === 'string' && typeof token.value !== 'string') {
          throw codedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${optionLabel(token.name, opt)} <value>' argument missing`);
        }
        if (opt.type === 'boolean' && token.value !== undefined) {
          throw codedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${optionLabel(token.name, opt)}' does not take an argument`);
        }
        if (token.inlineValue === false && typeof token.value === 'string' && token.value.startsWith('-')) {
          throw ambiguousValue(token);
        }
      }
      if (token.name === '__proto__') continue;
      const value = negated ? false : token.value === undefined ? true : token.value;
      if (opt && opt.multiple) {
        if (values[token.name] === undefined) values[token.name] = [];
        values[token.name].push(value);
      } else {
        values[token.name] = value;
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw codedError(
          TypeError,
          'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`,
        );
      }
      positionals.push(token.value);
    }
  }
  for (const [name, opt] of Object.entries(options)) {
    if (values[name] === undefined && hasOwn(opt, 'default')) values[name] = opt.default;
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
