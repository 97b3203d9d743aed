'use strict';
// `node:diagnostics_channel`: named channels that libraries publish to and tools subscribe to,
// and tracing channels (start, end, asyncStart, asyncEnd, error) around calls.

const { invalidArgType, validateFunction } = require('internal/errors');

const ReflectApply = Reflect.apply;

class Channel {
  #subscribers = [];
  /** store -> transform, for runStores. */
  #stores = new Map();

  constructor(name) {
    this.name = name;
  }

  get hasSubscribers() {
    return this.#subscribers.length > 0 || this.#stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A new array: a publish in progress goes on with the subscribers it started with.
    this.#subscribers = [...this.#subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this.#subscribers.indexOf(subscription);
    if (index === -1) return false;
    this.#subscribers = this.#subscribers.filter((_, i) => i !== index);
    return true;
  }

  publish(message) {
    for (const subscriber of this.#subscribers) {
      try {
        subscriber(message, this.name);
      } catch (err) {
        // One subscriber's error reaches the process without stopping the others.
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  bindStore(store, transform) {
    this.#stores.set(store, transform);
  }

  unbindStore(store) {
    return this.#stores.delete(store);
  }

  /** Publishes `data` and runs `fn` inside each bound store's context (store.run). */
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return ReflectApply(fn, thisArg, args);
    };
    // Each store wraps those bound before it: the last bound is entered first, and each
    // transform runs when its store is entered, inside the stores entered so far.
    for (const [store, transform] of this.#stores) {
      const next = run;
      run = () => {
        let value = data;
        if (transform !== undefined) {
          try {
            value = transform(data);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
            return next();
          }
        }
        return store.run(value, next);
      };
    }
    return run();
  }
}

// Channels live while something holds them; a name gets its channel back while it does.
const channels = new Map();
const released = new FinalizationRegistry((name) => {
  if (channels.get(name)?.deref() === undefined) channels.delete(name);
});

function channel(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw invalidArgType('channel', ['string', 'symbol'], name);
  }
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  const created = new Channel(name);
  channels.set(name, new WeakRef(created));
  released.register(created, name);
  return created;
}

function hasSubscribers(name) {
  return channels.get(name)?.deref()?.hasSubscribers ?? false;
}

// Module-level subscriptions keep their channel alive.
const held = new Map();

function subscribe(name, subscription) {
  const ch = channel(name);
  ch.subscribe(subscription);
  held.set(name, ch);
}

function unsubscribe(name, subscription) {
  const ch = channels.get(name)?.deref();
  if (ch === undefined) return false;
  const removed = ch.unsubscribe(subscription);
  if (!ch.hasSubscribers) held.delete(name);
  return removed;
}

const EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  #channels;

  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      this.#channels = Object.fromEntries(EVENTS.map((e) => [e, channel(`tracing:${nameOrChannels}:${e}`)]));
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      this.#channels = {};
      for (const e of EVENTS) {
        if (!(nameOrChannels[e] instanceof Channel)) {
          throw invalidArgType(`nameOrChannels.${e}`, 'an instance of Channel', nameOrChannels[e]);
        }
        this.#channels[e] = nameOrChannels[e];
      }
    } else {
      throw invalidArgType('nameOrChannels', ['string', 'TracingChannel', 'Object'], nameOrChannels);
    }
  }

  get start() { return this.#channels.start; }
  get end() { return this.#channels.end; }
  get asyncStart() { return this.#channels.asyncStart; }
  get asyncEnd() { return this.#channels.asyncEnd; }
  get error() { return this.#channels.error; }

  get hasSubscribers() {
    return EVENTS.some((e) => this.#channels[e].hasSubscribers);
  }

  subscribe(handlers) {
    for (const e of EVENTS) if (handlers[e]) this.#channels[e].subscribe(handlers[e]);
  }

  unsubscribe(handlers) {
    let all = true;
    for (const e of EVENTS) {
      if (handlers[e] && !this.#channels[e].unsubscribe(handlers[e])) all = false;
    }
    return all;
  }

  /** Runs `call` between start and end, publishing an error it throws. */
  #traced(context, call) {
    const { start, end, error } = this.#channels;
    return start.runStores(context, () => {
      try {
        return call();
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    return this.#traced(context, () => {
      const result = ReflectApply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this.#channels;
    const settled = () => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
    };
    return this.#traced(context, () =>
      Promise.resolve(ReflectApply(fn, thisArg, args)).then(
        (result) => {
          context.result = result;
          settled();
          return result;
        },
        (err) => {
          context.error = err;
          error.publish(context);
          settled();
          throw err;
        },
      ),
    );
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this.#channels;
    const at = position < 0 ? args.length + position : position;
    const callback = args[at];
    validateFunction(callback, 'callback');
    args[at] = function traced(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return ReflectApply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return this.#traced(context, () => ReflectApply(fn, thisArg, args));
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
