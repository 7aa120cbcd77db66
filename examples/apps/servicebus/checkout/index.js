'use strict';

// Session-enabled queue; empty connection = AzureWebJobsServiceBus.
module.exports = async function (context, item) {
  context.log('checkout: received', item);
};
