'use strict';

// POST /api/start: starts an 'orchestrate' instance.
const df = require('durable-functions');
module.exports = async function (context, req) {
  const client = df.getClient(context);
  const id = await client.startNew('orchestrate', undefined, req.body);
  context.res = client.createCheckStatusResponse(context.bindingData.req, id);
};
