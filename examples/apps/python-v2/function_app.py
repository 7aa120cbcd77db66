# Python v2 model: functions are registered with decorators, so there is no function.json.
# Their triggers are declared for the deploy action in function-triggers.yaml.
import logging

import azure.functions as func

app = func.FunctionApp()


@app.route(route="hello", auth_level=func.AuthLevel.ANONYMOUS)
def hello(req: func.HttpRequest) -> func.HttpResponse:
    return func.HttpResponse('{"status": "ok"}', mimetype="application/json")


@app.event_hub_message_trigger(arg_name="event", event_hub_name="readings", connection="EventHubConnection", consumer_group="$Default")
def readings(event: func.EventHubEvent):
    logging.info("reading %s", event.get_body())


@app.queue_trigger(arg_name="msg", queue_name="%WorkQueue%", connection="AzureWebJobsStorage")
def work(msg: func.QueueMessage):
    logging.info("work item %s", msg.get_body())
