'use strict';

// One message of the 'orders' queue; empty connection = the host's AzureWebJobsStorage.
module.exports = async function (context, item) {
  context.log('orders: received', item);
};
