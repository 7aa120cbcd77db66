'use strict';

// Messages of topic 'events', subscription 'audit'.
module.exports = async function (context, item) {
  context.log('audit: received', item);
};
