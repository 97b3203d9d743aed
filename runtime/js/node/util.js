'use strict';

const { inspect, format, formatWithOptions } = require('internal/inspect');

module.exports = { inspect, format, formatWithOptions };
