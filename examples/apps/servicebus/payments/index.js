'use strict';

// Messages of the 'payments' queue.
module.exports = async function (context, item) {
  context.log('payments: received', item);
};
