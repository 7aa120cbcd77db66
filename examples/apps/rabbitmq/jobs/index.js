'use strict';

// Messages of the 'jobs' queue; the app setting RabbitMQConnection holds amqp://user:password@host:5672/vhost.
module.exports = async function (context, item) {
  context.log('jobs: received', item);
};
