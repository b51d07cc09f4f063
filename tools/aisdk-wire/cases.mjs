// The calls whose requests are captured. Each case has an equivalent MEAI call in
// tests/AmazonBedrock.AI.Tests/Conformance/AiSdkWireConformanceTests.cs under the same name.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');
const pdf = Buffer.from('%PDF-1.4\n%EOF\n', 'utf8');

const claude35 = 'us.anthropic.claude-3-5-sonnet-20241022-v2:0';
const claude37 = 'us.anthropic.claude-3-7-sonnet-20250219-v1:0';
const claude45 = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const nova = 'us.amazon.nova-pro-v1:0';
const nova2 = 'us.amazon.nova-2-lite-v1:0';
const llama = 'us.meta.llama3-3-70b-instruct-v1:0';
const mistral = 'mistral.mistral-large-2402-v1:0';
const cohere = 'cohere.command-r-plus-v1:0';
const deepseek = 'us.deepseek.r1-v1:0';
const gptOss = 'openai.gpt-oss-120b-1:0';

const weatherSchema = {
  type: 'object',
  properties: {
    city: { type: 'string', description: 'City name' },
    unit: { type: 'string', enum: ['c', 'f'] },
  },
  required: ['city'],
  additionalProperties: false,
};

const weatherTools = ({ tool, jsonSchema }) => ({
  get_weather: tool({ description: 'Gets the weather', inputSchema: jsonSchema(weatherSchema) }),
});

const twoTools = ({ tool, jsonSchema }) => ({
  get_weather: tool({ description: 'Gets the weather', inputSchema: jsonSchema(weatherSchema) }),
  get_time: tool({
    description: 'Gets the time',
    inputSchema: jsonSchema({ type: 'object', properties: { zone: { type: 'string' } }, required: ['zone'] }),
  }),
});

const toolHistory = (callId, output) => [
  { role: 'user', content: 'What is the weather in Paris?' },
  { role: 'assistant', content: [{ type: 'tool-call', toolCallId: callId, toolName: 'get_weather', input: { city: 'Paris' } }] },
  { role: 'tool', content: [{ type: 'tool-result', toolCallId: callId, toolName: 'get_weather', output }] },
];

const personSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer' } },
  required: ['name', 'age'],
  additionalProperties: false,
};

export const cases = [
  {
    name: 'claude-system-user',
    description: 'System prompt and one user text on Claude 3.5 Sonnet v2',
    modelId: claude35,
    call: () => ({ system: 'You are terse.', prompt: 'Hello' }),
  },
  {
    name: 'nova-system-user',
    description: 'System prompt and one user text on Nova Pro',
    modelId: nova,
    call: () => ({ system: 'You are terse.', prompt: 'Hello' }),
  },
  {
    name: 'llama-multi-turn',
    description: 'User, assistant, user on Llama 3.3',
    modelId: llama,
    call: () => ({
      messages: [
        { role: 'user', content: 'Hi, I am Ann.' },
        { role: 'assistant', content: 'Hello Ann.' },
        { role: 'user', content: 'What is my name?' },
      ],
    }),
  },
  {
    name: 'mistral-consecutive-same-role',
    description: 'Two user messages in a row and two assistant messages in a row are merged',
    modelId: mistral,
    call: () => ({
      messages: [
        { role: 'user', content: 'First.' },
        { role: 'user', content: 'Second.' },
        { role: 'assistant', content: 'A.' },
        { role: 'assistant', content: 'B.' },
        { role: 'user', content: 'Third.' },
      ],
    }),
  },
  {
    name: 'cohere-inference-config',
    description: 'maxOutputTokens, temperature, topP and stopSequences on Command R+',
    modelId: cohere,
    call: () => ({ prompt: 'Count.', maxOutputTokens: 200, temperature: 0.3, topP: 0.8, stopSequences: ['END', 'STOP'] }),
  },
  {
    name: 'claude-topk',
    description: 'topK with temperature on Claude (the AI SDK sends inferenceConfig.topK)',
    modelId: claude35,
    call: () => ({ prompt: 'Pick a word.', temperature: 0.7, topK: 40 }),
  },
  {
    name: 'nova-topk',
    description: 'topK on Nova (the AI SDK sends inferenceConfig.topK)',
    modelId: nova,
    call: () => ({ prompt: 'Pick a word.', topK: 20, maxOutputTokens: 50 }),
  },
  {
    name: 'claude-temperature-clamped',
    description: 'temperature 1.5 is clamped to 1',
    modelId: claude35,
    call: () => ({ prompt: 'Be creative.', temperature: 1.5 }),
  },
  {
    name: 'deepseek-stream',
    description: 'Streaming on DeepSeek R1 with maxOutputTokens',
    modelId: deepseek,
    stream: true,
    call: () => ({ system: 'Think briefly.', prompt: 'Why is the sky blue?', maxOutputTokens: 500 }),
  },
  {
    name: 'claude-image-png',
    description: 'A PNG image (bytes) with text on Claude',
    modelId: claude35,
    call: () => ({
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe this.' }, { type: 'file', data: png, mediaType: 'image/png' }] }],
    }),
  },
  {
    name: 'nova-pdf-document',
    description: 'A named PDF document with a question on Nova',
    modelId: nova,
    call: () => ({
      messages: [{
        role: 'user',
        content: [{ type: 'file', data: pdf, mediaType: 'application/pdf', filename: 'Quarterly report.pdf' }, { type: 'text', text: 'Summarise.' }],
      }],
    }),
  },
  {
    name: 'claude-pdf-unnamed',
    description: 'A PDF document without a file name on Claude',
    modelId: claude35,
    call: () => ({
      messages: [{ role: 'user', content: [{ type: 'file', data: pdf, mediaType: 'application/pdf' }, { type: 'text', text: 'Summarise.' }] }],
    }),
  },
  {
    name: 'claude-tools-auto',
    description: 'Two tools with JSON schemas, toolChoice auto',
    modelId: claude35,
    call: helpers => ({ prompt: 'Weather in Paris?', tools: twoTools(helpers), toolChoice: 'auto' }),
  },
  {
    name: 'claude-tools-required',
    description: 'toolChoice required',
    modelId: claude35,
    call: helpers => ({ prompt: 'Weather in Paris?', tools: twoTools(helpers), toolChoice: 'required' }),
  },
  {
    name: 'claude-tools-specific',
    description: 'toolChoice naming one tool (only that tool is sent)',
    modelId: claude35,
    call: helpers => ({ prompt: 'Weather in Paris?', tools: twoTools(helpers), toolChoice: { type: 'tool', toolName: 'get_weather' } }),
  },
  {
    name: 'claude-tools-none',
    description: 'toolChoice none without tool history sends no tools',
    modelId: claude35,
    call: helpers => ({ prompt: 'Weather in Paris?', tools: twoTools(helpers), toolChoice: 'none' }),
  },
  {
    name: 'nova-tools-auto',
    description: 'One tool on Nova with default tool choice',
    modelId: nova,
    call: helpers => ({ prompt: 'Weather in Paris?', tools: weatherTools(helpers) }),
  },
  {
    name: 'llama-tools-stream',
    description: 'Streaming with a tool on Llama',
    modelId: llama,
    stream: true,
    call: helpers => ({ prompt: 'Weather in Paris?', tools: weatherTools(helpers) }),
  },
  {
    name: 'claude-tool-round-trip',
    description: 'Tool call and text result in history, then a new user turn',
    modelId: claude35,
    call: helpers => ({
      tools: weatherTools(helpers),
      messages: [
        ...toolHistory('toolu_01', { type: 'text', value: 'Sunny, 21 C' }),
        { role: 'assistant', content: 'It is sunny and 21 C.' },
        { role: 'user', content: 'Thanks. And tomorrow?' },
      ],
    }),
  },
  {
    name: 'claude-tool-result-last',
    description: 'History ending with a tool result (the next model turn continues the loop)',
    modelId: claude35,
    call: helpers => ({ tools: weatherTools(helpers), messages: toolHistory('toolu_02', { type: 'text', value: 'Rain' }) }),
  },
  {
    name: 'claude-tool-error-result',
    description: 'A failed tool call in history (error-text result)',
    modelId: claude35,
    call: helpers => ({ tools: weatherTools(helpers), messages: toolHistory('toolu_03', { type: 'error-text', value: 'Service unavailable' }) }),
  },
  {
    name: 'nova-tool-round-trip-stream',
    description: 'Streaming with a tool call and result in history on Nova',
    modelId: nova,
    stream: true,
    call: helpers => ({ tools: weatherTools(helpers), messages: toolHistory('tooluse_abc', { type: 'text', value: 'Cloudy' }) }),
  },
  {
    name: 'mistral-tool-ids',
    description: 'Mistral tool call ids are normalised to 9 alphanumeric characters',
    modelId: mistral,
    call: helpers => ({ tools: weatherTools(helpers), messages: toolHistory('call_7f3a9c2e-long-id', { type: 'text', value: 'Warm' }) }),
  },
  {
    name: 'claude-thinking-budget',
    description: 'Claude 3.7 extended thinking with a budget and maxOutputTokens',
    modelId: claude37,
    call: () => ({
      prompt: 'Prove it.',
      maxOutputTokens: 1000,
      providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', budgetTokens: 2048 } } },
    }),
  },
  {
    name: 'claude-thinking-drops-sampling',
    description: 'Claude thinking removes temperature and topP',
    modelId: claude37,
    call: () => ({
      prompt: 'Prove it.',
      maxOutputTokens: 1000,
      temperature: 0.5,
      topP: 0.9,
      providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', budgetTokens: 1024 } } },
    }),
  },
  {
    name: 'nova-reasoning',
    description: 'Nova 2 Lite reasoningConfig with medium effort',
    modelId: nova2,
    call: () => ({
      prompt: 'Plan a trip.',
      providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', maxReasoningEffort: 'medium' } } },
    }),
  },
  {
    name: 'gpt-oss-reasoning',
    description: 'gpt-oss reasoning effort; stopSequences are removed',
    modelId: gptOss,
    call: () => ({
      system: 'Be helpful.',
      prompt: 'Plan a trip.',
      temperature: 0.4,
      stopSequences: ['END'],
      providerOptions: { bedrock: { reasoningConfig: { maxReasoningEffort: 'high' } } },
    }),
  },
  {
    name: 'gpt-oss-stream',
    description: 'Streaming on gpt-oss with a system prompt and maxOutputTokens',
    modelId: gptOss,
    stream: true,
    call: () => ({ system: 'Be brief.', prompt: 'Hello', maxOutputTokens: 64 }),
  },
  {
    name: 'claude-structured-json-tool',
    description: 'Output.object on Claude 3.5 uses a forced json tool',
    modelId: claude35,
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'claude-structured-native',
    description: 'Output.object on Claude Sonnet 4.5 uses native structured output',
    modelId: claude45,
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'nova-structured-json-tool',
    description: 'Output.object on Nova uses a forced json tool',
    modelId: nova,
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'claude-cache-points',
    description: 'Cache points after the system prompt and after a user message',
    modelId: claude35,
    call: () => ({
      allowSystemInMessages: true,
      messages: [
        { role: 'system', content: 'Long policy text.', providerOptions: { bedrock: { cachePoint: { type: 'default' } } } },
        { role: 'user', content: 'Long document.', providerOptions: { bedrock: { cachePoint: { type: 'default' } } } },
        { role: 'assistant', content: 'Read it.' },
        { role: 'user', content: 'Question?' },
      ],
    }),
  },
  {
    name: 'nova-cache-point-part',
    description: 'A cache point with a one hour TTL after one text part',
    modelId: nova,
    call: () => ({
      messages: [{
        role: 'user',
        content: [
          { type: 'text', text: 'Cached part.', providerOptions: { bedrock: { cachePoint: { type: 'default', ttl: '1h' } } } },
          { type: 'text', text: 'Uncached part.' },
        ],
      }],
    }),
  },
  {
    name: 'claude-bedrock-options',
    description: 'guardrailConfig, performanceConfig, serviceTier and requestMetadata provider options',
    modelId: claude35,
    call: () => ({
      prompt: 'Hello',
      providerOptions: {
        bedrock: {
          guardrailConfig: { guardrailIdentifier: 'gr-123', guardrailVersion: '1', trace: 'enabled' },
          performanceConfig: { latency: 'optimized' },
          serviceTier: 'priority',
          requestMetadata: { team: 'search', run: '42' },
        },
      },
    }),
  },
  {
    name: 'llama-additional-fields',
    description: 'additionalModelRequestFields pass through on Llama',
    modelId: llama,
    call: () => ({ prompt: 'Hello', maxOutputTokens: 100, providerOptions: { bedrock: { additionalModelRequestFields: { max_gen_len: 300, custom: { a: [1, 2] } } } } }),
  },
  {
    name: 'claude-anthropic-beta',
    description: 'anthropicBeta flags on Claude',
    modelId: claude37,
    call: () => ({ prompt: 'Hello', providerOptions: { bedrock: { anthropicBeta: ['token-efficient-tools-2025-02-19'] } } }),
  },
  {
    name: 'claude-assistant-prefill',
    description: 'Trailing assistant prefill (its trailing whitespace is trimmed)',
    modelId: claude35,
    call: () => ({
      messages: [
        { role: 'user', content: 'Give me JSON.' },
        { role: 'assistant', content: '{"answer": ' },
      ],
    }),
  },
  {
    name: 'claude-blank-text',
    description: 'Blank text parts in user and assistant messages',
    modelId: claude35,
    call: () => ({
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Hello' }, { type: 'text', text: '   ' }] },
        { role: 'assistant', content: [{ type: 'text', text: '' }, { type: 'text', text: 'Hi.' }] },
        { role: 'user', content: 'Bye' },
      ],
    }),
  },
  {
    name: 'claude-stream-tools',
    description: 'Streaming with tools and maxOutputTokens on Claude Sonnet 4.5',
    modelId: claude45,
    stream: true,
    call: helpers => ({ prompt: 'Weather in Paris?', tools: weatherTools(helpers), maxOutputTokens: 300 }),
  },
  {
    name: 'claude-tool-json-result',
    description: 'A JSON (object) tool result is sent as its JSON text',
    modelId: claude35,
    call: helpers => ({ tools: weatherTools(helpers), messages: toolHistory('toolu_04', { type: 'json', value: { temp: 21, sky: 'sunny' } }) }),
  },
  {
    name: 'claude-parallel-tool-calls',
    description: 'Two tool calls in one assistant turn and both results in one tool message',
    modelId: claude35,
    call: helpers => ({
      tools: twoTools(helpers),
      messages: [
        { role: 'user', content: 'Weather and time in Paris?' },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Checking both.' },
            { type: 'tool-call', toolCallId: 'toolu_a', toolName: 'get_weather', input: { city: 'Paris' } },
            { type: 'tool-call', toolCallId: 'toolu_b', toolName: 'get_time', input: { zone: 'Europe/Paris' } },
          ],
        },
        {
          role: 'tool',
          content: [
            { type: 'tool-result', toolCallId: 'toolu_a', toolName: 'get_weather', output: { type: 'text', value: 'Sunny' } },
            { type: 'tool-result', toolCallId: 'toolu_b', toolName: 'get_time', output: { type: 'text', value: '10:00' } },
          ],
        },
      ],
    }),
  },
  {
    name: 'claude-reasoning-replay',
    description: 'Signed reasoning in assistant history is replayed while thinking',
    modelId: claude37,
    call: () => ({
      maxOutputTokens: 500,
      providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', budgetTokens: 1024 } } },
      messages: [
        { role: 'user', content: 'Is 17 prime?' },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'Check divisors up to 4.', providerOptions: { bedrock: { signature: 'sig-abc' } } },
            { type: 'text', text: 'Yes.' },
          ],
        },
        { role: 'user', content: 'And 21?' },
      ],
    }),
  },
  {
    name: 'claude-thinking-default-max-tokens',
    description: 'Thinking budget without maxOutputTokens (the AI SDK adds 4096)',
    modelId: claude37,
    call: () => ({ prompt: 'Prove it.', providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', budgetTokens: 2000 } } } }),
  },
  {
    name: 'claude-portable-reasoning',
    description: 'Portable reasoning "medium" on Claude 3.7 becomes a thinking budget',
    modelId: claude37,
    call: () => ({ prompt: 'Prove it.', reasoning: 'medium', maxOutputTokens: 4000 }),
  },
  {
    name: 'claude-adaptive-thinking',
    description: 'Adaptive thinking with an effort on Claude Opus 4.6',
    modelId: 'us.anthropic.claude-opus-4-6-v1',
    call: () => ({ prompt: 'Prove it.', providerOptions: { bedrock: { reasoningConfig: { type: 'adaptive', maxReasoningEffort: 'high' } } } }),
  },
  {
    name: 'gpt-oss-portable-reasoning',
    description: 'Portable reasoning "low" on gpt-oss',
    modelId: gptOss,
    call: () => ({ prompt: 'Plan a trip.', reasoning: 'low' }),
  },
  {
    name: 'nova-portable-reasoning-high',
    description: 'Portable reasoning "high" on Nova 2 Lite drops maxTokens',
    modelId: nova2,
    call: () => ({ prompt: 'Plan a trip.', reasoning: 'high', maxOutputTokens: 1000 }),
  },
  {
    name: 'claude-guard-content',
    description: 'A text part marked as guard content with the query qualifier',
    modelId: claude35,
    call: () => ({
      providerOptions: { bedrock: { guardrailConfig: { guardrailIdentifier: 'gr-1', guardrailVersion: 'DRAFT' } } },
      messages: [{
        role: 'user',
        content: [
          { type: 'text', text: 'Context.' },
          { type: 'text', text: 'Is this allowed?', providerOptions: { bedrock: { guardContent: true, guardContentQualifiers: ['query'] } } },
        ],
      }],
    }),
  },
  {
    name: 'nova-document-citations',
    description: 'A PDF with citations enabled',
    modelId: nova,
    call: () => ({
      messages: [{
        role: 'user',
        content: [
          { type: 'file', data: pdf, mediaType: 'application/pdf', filename: 'contract.pdf', providerOptions: { bedrock: { citations: { enabled: true } } } },
          { type: 'text', text: 'Cite the clause.' },
        ],
      }],
    }),
  },
  {
    name: 'claude-s3-image',
    description: 'An image referenced by an s3:// URL',
    modelId: claude35,
    call: () => ({
      messages: [{ role: 'user', content: [{ type: 'file', data: new URL('s3://my-bucket/cat.png'), mediaType: 'image/png' }, { type: 'text', text: 'What is it?' }] }],
    }),
  },
  {
    name: 'claude-text-document',
    description: 'A text/plain file becomes a txt document',
    modelId: claude35,
    call: () => ({
      messages: [{ role: 'user', content: [{ type: 'file', data: Buffer.from('Meeting notes.', 'utf8'), mediaType: 'text/plain', filename: 'notes.txt' }, { type: 'text', text: 'Summarise.' }] }],
    }),
  },
  {
    name: 'claude-disable-parallel-tools',
    description: 'disableParallelToolUse moves the tool choice into Claude\'s native tool_choice',
    modelId: claude35,
    call: helpers => ({ prompt: 'Weather?', tools: weatherTools(helpers), providerOptions: { anthropic: { disableParallelToolUse: true } } }),
  },
  {
    name: 'claude-stop-sequences-stream',
    description: 'stopSequences and topP while streaming on Claude',
    modelId: claude35,
    stream: true,
    call: () => ({ prompt: 'List things.', stopSequences: ['\n\n'], topP: 0.5 }),
  },
  {
    name: 'cohere-topk',
    description: 'topK on Cohere (the AI SDK sends inferenceConfig.topK)',
    modelId: cohere,
    call: () => ({ prompt: 'Pick.', topK: 5 }),
  },
  {
    name: 'claude-tool-name-sanitised',
    description: 'A tool whose name has characters Bedrock rejects',
    modelId: claude35,
    call: ({ tool, jsonSchema }) => ({
      prompt: 'Go.',
      tools: { 'my.tool!': tool({ description: 'Does it', inputSchema: jsonSchema({ type: 'object', properties: {} }) }) },
    }),
  },
  {
    name: 'claude-tools-none-with-history',
    description: 'toolChoice none with tool history (the AI SDK deletes the tool content)',
    modelId: claude35,
    call: helpers => ({
      tools: weatherTools(helpers),
      toolChoice: 'none',
      messages: [...toolHistory('toolu_05', { type: 'text', value: 'Snow' }), { role: 'assistant', content: 'It snows.' }, { role: 'user', content: 'Thanks.' }],
    }),
  },
  {
    name: 'claude-two-system-messages',
    description: 'Two system messages before the first turn',
    modelId: claude35,
    call: () => ({
      allowSystemInMessages: true,
      messages: [{ role: 'system', content: 'Rule one.' }, { role: 'system', content: 'Rule two.' }, { role: 'user', content: 'Hi' }],
    }),
  },
  {
    name: 'nova-temperature-negative',
    description: 'A negative temperature is clamped to 0',
    modelId: nova,
    call: () => ({ prompt: 'Hi', temperature: -0.5 }),
  },
  {
    name: 'claude-system-cache-5m',
    description: 'A cache point with a five minute TTL after the system prompt',
    modelId: claude45,
    call: () => ({
      allowSystemInMessages: true,
      messages: [{ role: 'system', content: 'Policy.', providerOptions: { bedrock: { cachePoint: { type: 'default', ttl: '5m' } } } }, { role: 'user', content: 'Hi' }],
    }),
  },
  {
    name: 'gpt-oss-tools',
    description: 'A tool on gpt-oss',
    modelId: 'openai.gpt-oss-20b-1:0',
    call: helpers => ({ prompt: 'Weather?', tools: weatherTools(helpers), toolChoice: 'required' }),
  },
  {
    name: 'deepseek-multi-turn-prefill',
    description: 'A multi-turn conversation on DeepSeek ending with an assistant prefill',
    modelId: deepseek,
    call: () => ({ messages: [{ role: 'user', content: 'Say hi.' }, { role: 'assistant', content: 'Hi' }, { role: 'user', content: 'Again, starting with "Hello".' }, { role: 'assistant', content: 'Hello ' }] }),
  },
];
