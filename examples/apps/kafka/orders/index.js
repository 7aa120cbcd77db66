'use strict';

// Events of topic 'orders' on an in-cluster broker (literal broker list, default consumer group).
module.exports = async function (context, item) {
  context.log('orders: received', item);
};
