'use strict';

// GET /api/http -> 200 {"status":"ok"}
module.exports = async function (context, req) {
  context.log(`http trigger: ${req.method} ${req.url}`);
  context.res = {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: { status: 'ok' },
  };
};
