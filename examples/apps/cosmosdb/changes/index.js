'use strict';

// Change feed of shop/orders.
module.exports = async function (context, item) {
  context.log('changes: received', item);
};
