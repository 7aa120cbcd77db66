'use strict';

// GET /api/hello
module.exports = async function (context) {
  context.res = { status: 200, headers: { 'Content-Type': 'application/json' }, body: { status: 'ok' } };
};
