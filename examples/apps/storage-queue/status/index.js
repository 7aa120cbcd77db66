'use strict';

// GET /api/status
module.exports = async function (context) {
  context.res = { status: 200, headers: { 'Content-Type': 'application/json' }, body: { status: 'ok' } };
};
