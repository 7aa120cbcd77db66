'use strict';

// Batches of events from hub 'telemetry', consumer group 'functions'.
module.exports = async function (context, item) {
  context.log('telemetry: received', item);
};
