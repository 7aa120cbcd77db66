'use strict';

// New PNG files under uploads/images/.
module.exports = async function (context, item) {
  context.log('thumbnails: received', item);
};
