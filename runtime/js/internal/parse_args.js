'use strict';
// util.parseArgs: command-line options as Node parses them.

const { codedError, invalidArgType, invalidArgValue, validateObject } = require('internal/errors');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
// Settings are read only from own properties: an inherited `type` or option is not one.
const getOwn = (object, key) => (hasOwn(object, key) ? object[key] : undefined);
const optionSetting = (options, name, key) => (hasOwn(options, name) ? getOwn(options[name], key) : undefined);

function unknownOption(option, allowPositionals) {
  const hint = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
    : '';
  return codedError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${option}'${hint}`);
}

function invalidOptionValue(message) {
  return codedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);
}

// ---- configuration --------------------------------------------------------------------------

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateArrayOf(value, name, validateItem) {
  if (!Array.isArray(value)) throw invalidArgType(name, 'Array', value);
  for (let i = 0; i < value.length; i++) validateItem(value[i], `${name}[${i}]`);
}

function validateDefault(value, name, type, multiple) {
  const validateItem = type === 'string' ? validateString : validateBoolean;
  if (multiple) validateArrayOf(value, name, validateItem);
  else validateItem(value, name);
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = getOwn(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      const { describeReceived } = require('internal/errors');
      throw codedError(
        TypeError,
        'ERR_INVALID_ARG_TYPE',
        `The "options.${name}.type" property must be ('string|boolean').${describeReceived(type)}`,
      );
    }
    if (hasOwn(config, 'short')) {
      validateString(config.short, `options.${name}.short`);
      if (config.short.length !== 1) throw invalidArgValue(`options.${name}.short`, config.short, 'must be a single character');
    }
    const multiple = getOwn(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = getOwn(config, 'default');
    if (defaultValue !== undefined) validateDefault(defaultValue, `options.${name}.default`, type, multiple);
  }
}

// ---- arguments to tokens --------------------------------------------------------------------

function longNameForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (optionSetting(options, name, 'short') === short) return name;
  }
  return short;
}

// `-f`
const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
// `-abc` or `-fVALUE`: which one depends on whether the first letter takes a value.
const isShortCluster = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
const isLongOption = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] === '-';
const takesValue = (options, name) => optionSetting(options, name, 'type') === 'string';

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function argsToTokens(args, options) {
  const tokens = [];
  const pending = args.slice();
  let index = -1;
  // Arguments split out of a short cluster share the cluster's index.
  let splitCount = 0;
  while (pending.length > 0) {
    const arg = pending.shift();
    if (splitCount > 0) splitCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of pending) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShort(arg) || (isLongOption(arg) && !arg.includes('=', 3))) {
      // `-f` / `--name`: a string option takes the next argument, whatever it looks like.
      const name = arg.length === 2 ? longNameForShort(arg[1], options) : arg.slice(2);
      if (takesValue(options, name) && pending.length > 0 && pending[0] != null) {
        tokens.push(optionToken(name, arg, index, pending.shift(), false));
        index++;
      } else {
        tokens.push(optionToken(name, arg, index, undefined, undefined));
      }
      continue;
    }
    if (isShortCluster(arg)) {
      if (takesValue(options, longNameForShort(arg[1], options))) {
        const name = longNameForShort(arg[1], options);
        tokens.push(optionToken(name, `-${arg[1]}`, index, arg.slice(2), true));
        continue;
      }
      // Split into single letters; a string option takes the rest of the cluster as its value,
      // or the next argument when it ends the cluster.
      const split = [];
      for (let i = 1; i < arg.length; i++) {
        if (i === arg.length - 1 || !takesValue(options, longNameForShort(arg[i], options))) {
          split.push(`-${arg[i]}`);
        } else {
          split.push(`-${arg.slice(i)}`);
          break;
        }
      }
      pending.unshift(...split);
      splitCount = split.length;
      continue;
    }
    if (isLongOption(arg)) {
      // `--name=value`
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push(optionToken(name, `--${name}`, index, arg.slice(eq + 1), true));
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// ---- tokens to values -----------------------------------------------------------------------

/** Strict mode: the option must be known and given a value exactly when it takes one. */
function checkOptionUsage(token, options, allowNegative, allowPositionals) {
  let name = token.name;
  if (!hasOwn(options, name)) {
    // `--no-name` negates a known boolean option.
    const negated = allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(options, negated) || optionSetting(options, negated, 'type') !== 'boolean') {
      throw unknownOption(token.rawName, allowPositionals);
    }
    name = negated;
  }
  const short = optionSetting(options, name, 'short');
  const label = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionSetting(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw invalidOptionValue(`Option '${label} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw invalidOptionValue(`Option '${label}' does not take an argument`);
  }
}

/** Strict mode: a separate value starting with a dash is more likely a forgotten value. */
function checkOptionLikeValue(token) {
  const value = token.value;
  if (token.inlineValue || typeof value !== 'string' || value.length < 2 || value[0] !== '-') return;
  const example = token.rawName.startsWith('--')
    ? `'${token.rawName}=-XYZ'`
    : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw invalidOptionValue(
    `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`,
  );
}

function storeOption(token, options, values, allowNegative) {
  // Never set on the values object's (absent) prototype slot.
  if (token.name === '__proto__') return;
  let value = token.value === undefined ? true : token.value;
  if (allowNegative && token.value === undefined && token.name.startsWith('no-')) {
    token.name = token.name.slice(3);
    value = false;
  }
  const name = token.name;
  if (optionSetting(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [];
    values[name].push(value);
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const setting = (key, fallback) => getOwn(config, key) ?? fallback;
  const args = setting('args', undefined) ?? process.argv.slice(2);
  const strict = setting('strict', true);
  const allowPositionals = setting('allowPositionals', !strict);
  const returnTokens = setting('tokens', false);
  const allowNegative = setting('allowNegative', false);
  const options = setting('options', { __proto__: null });
  if (!Array.isArray(args)) throw invalidArgType('args', 'Array', args);
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);

  const tokens = argsToTokens(args, options);
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(token, options, allowNegative, allowPositionals);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, values, allowNegative);
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
    const defaultValue = getOwn(opt, 'default');
    if (name !== '__proto__' && defaultValue !== undefined && values[name] === undefined) values[name] = defaultValue;
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
