'use strict';

// Runs for every message put on the "orders" storage queue.
module.exports = async function (context, order) {
  context.log('queue trigger: processing order', order);
  context.log(`dequeueCount=${context.bindingData.dequeueCount}`);
};
