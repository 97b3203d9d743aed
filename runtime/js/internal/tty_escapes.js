'use strict';
// The ANSI escape sequences readline writes to move the cursor and clear the screen.

const { invalidArgValue } = require('internal/errors');

const CSI = '\x1b[';

/** To column `x` (0-based), and to row `y` if it is a number. */
function cursorToText(x, y) {
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  return typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
}

/** By `dx` columns and `dy` rows. */
function moveText(dx, dy) {
  let text = '';
  if (dx < 0) text += `${CSI}${-dx}D`;
  else if (dx > 0) text += `${CSI}${dx}C`;
  if (dy < 0) text += `${CSI}${-dy}A`;
  else if (dy > 0) text += `${CSI}${dy}B`;
  return text;
}

/** The line left of the cursor (dir < 0), right of it (dir > 0), or all of it. */
function clearLineText(dir) {
  return dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
}

const CLEAR_SCREEN_DOWN = `${CSI}0J`;

module.exports = { cursorToText, moveText, clearLineText, CLEAR_SCREEN_DOWN };
