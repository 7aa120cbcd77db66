'use strict';

// Any new blob in the container named by the app setting ImportContainer.
module.exports = async function (context, item) {
  context.log('imports: received', item);
};
