'use strict';
// Node.js v4 model: functions are registered in code, so there is no function.json.
// Their triggers are declared for the deploy action in ../function-triggers.yaml.
const { app } = require('@azure/functions');

app.http('ping', {
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: async () => ({ jsonBody: { status: 'ok' } })
});

app.storageQueue('resizeRequests', {
  queueName: 'resize-requests',
  connection: 'AzureWebJobsStorage',
  handler: async (message, context) => context.log('resize request', message)
});

app.serviceBusTopic('auditTrail', {
  topicName: 'events',
  subscriptionName: 'audit',
  connection: 'ServiceBusConnection',
  handler: async (message, context) => context.log('audit', message)
});
