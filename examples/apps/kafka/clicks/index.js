'use strict';

// Events of topic 'clicks' (SASL PLAIN over TLS; user and password from app settings).
module.exports = async function (context, item) {
  context.log('clicks: received', item);
};
