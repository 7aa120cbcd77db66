'use strict';

// GET /api/health: a cheap endpoint for probes
module.exports = async function (context) {
  context.res = { status: 200, headers: { 'Content-Type': 'application/json' }, body: { status: 'ok' } };
};
