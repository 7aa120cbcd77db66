'use strict';

// Queue name from the app setting InvoicesQueue; connection from AzureWebJobsInvoiceStorage or InvoiceStorage.
module.exports = async function (context, item) {
  context.log('invoices: received', item);
};
