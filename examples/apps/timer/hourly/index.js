'use strict';

// Schedule from the app setting HourlySchedule.
module.exports = async function (context, item) {
  context.log('hourly: received', item);
};
