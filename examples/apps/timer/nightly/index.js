'use strict';

// Every day at 02:30 (NCRONTAB with seconds).
module.exports = async function (context, item) {
  context.log('nightly: received', item);
};
