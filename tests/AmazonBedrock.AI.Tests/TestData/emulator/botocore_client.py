"""Calls a running Bedrock emulator with botocore (the AWS SDK for Python core).

Usage: python3 botocore_client.py <endpoint_url>
Prints one JSON line with what botocore parsed, or exits 3 when botocore is not installed.
"""
import json
import sys

try:
    import botocore.session
    from botocore.config import Config
except ImportError:
    print("botocore is not installed")
    sys.exit(3)

endpoint = sys.argv[1]
session = botocore.session.get_session()
client = session.create_client(
    "bedrock-runtime",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="AKIDEXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    config=Config(retries={"max_attempts": 1}),
)
model = "anthropic.claude-3-5-sonnet-20240620-v1:0"
messages = [{"role": "user", "content": [{"text": "Hello from botocore"}]}]

converse = client.converse(modelId=model, messages=messages, inferenceConfig={"maxTokens": 100})
stream = client.converse_stream(modelId=model, messages=messages, inferenceConfig={"maxTokens": 100})
events = []
text = ""
for event in stream["stream"]:
    name = next(iter(event))
    events.append(name)
    if name == "contentBlockDelta":
        text += event[name]["delta"].get("text", "")

error_code = None
try:
    client.converse(modelId=model, messages=[{"role": "assistant", "content": [{"text": "x"}]}])
except client.exceptions.ValidationException as error:
    error_code = error.response["Error"]["Code"]

print(json.dumps({
    "text": converse["output"]["message"]["content"][0]["text"],
    "stopReason": converse["stopReason"],
    "requestId": converse["ResponseMetadata"]["RequestId"],
    "events": events,
    "streamedText": text,
    "errorCode": error_code,
}))
