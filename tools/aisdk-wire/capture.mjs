// Captures what @ai-sdk/amazon-bedrock sends for a list of calls and writes one golden file per call.
// Usage: npm install && node capture.mjs <output folder>. Talks only to a capture server on 127.0.0.1.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { generateText, streamText, jsonSchema, tool, Output } from 'ai';
import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { cases } from './cases.mjs';

const outputFolder = process.argv[2] ?? 'out';
const recorded = [];

const converseAnswer = JSON.stringify({
  output: { message: { role: 'assistant', content: [{ text: 'ok' }] } },
  stopReason: 'end_turn',
  usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
  metrics: { latencyMs: 1 },
});

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', chunk => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    recorded.push({ method: request.method, path: request.url, headers: request.headers, body });
    if (request.url.endsWith('/converse-stream')) {
      // An empty event stream: enough for the request to be sent; the SDK's reaction does not matter here.
      response.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream' });
      response.end();
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(converseAnswer);
    }
  });
});

await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const baseURL = `http://127.0.0.1:${server.address().port}`;
const bedrock = createAmazonBedrock({
  region: 'us-east-1',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  baseURL,
});

fs.mkdirSync(outputFolder, { recursive: true });
const helpers = { jsonSchema, tool, Output };
let written = 0;
for (const testCase of cases) {
  const before = recorded.length;
  const args = { model: bedrock(testCase.modelId), maxRetries: 0, ...testCase.call(helpers) };
  try {
    if (testCase.stream) {
      const result = streamText({ ...args, onError: () => {} });
      for await (const _ of result.fullStream) {
        // drain
      }
    } else {
      await generateText(args);
    }
  } catch {
    // The canned answer may not satisfy the call (e.g. structured output); only the request matters.
  }

  const request = recorded[before];
  if (request === undefined) {
    console.error(`${testCase.name}: no request was sent`);
    process.exitCode = 1;
    continue;
  }

  const golden = {
    case: testCase.name,
    description: testCase.description,
    modelId: testCase.modelId,
    operation: testCase.stream ? 'converse-stream' : 'converse',
    path: request.path,
    body: JSON.parse(request.body),
  };
  fs.writeFileSync(path.join(outputFolder, `${testCase.name}.json`), JSON.stringify(golden, null, 2) + '\n');
  written++;
}

server.close();
console.log(`wrote ${written} of ${cases.length} cases to ${outputFolder}`);
