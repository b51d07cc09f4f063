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
  {
    name: 'claude-json-no-schema',
    description: 'JSON output without a schema (the AI SDK sends nothing for it)',
    modelId: claude35,
    call: ({ Output }) => ({ prompt: 'List two colours as JSON.', output: Output.json() }),
  },
  {
    name: 'claude-thinking-tool-required',
    description: 'toolChoice required while Claude thinks (the AI SDK sends any)',
    modelId: claude37,
    call: helpers => ({
      prompt: 'Weather?',
      tools: weatherTools(helpers),
      toolChoice: 'required',
      maxOutputTokens: 1000,
      providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', budgetTokens: 1024 } } },
    }),
  },
  {
    name: 'claude-opus-4-7-rejects-sampling',
    description: 'Claude Opus 4.7 takes no temperature or topP',
    modelId: 'us.anthropic.claude-opus-4-7',
    call: () => ({ prompt: 'Hi', temperature: 0.5, topP: 0.9, maxOutputTokens: 100 }),
  },
  {
    name: 'claude-sonnet-5-5-forced-tool-relaxed',
    description: 'A model that rejects forced tool use gets auto and only the named tool',
    modelId: 'us.anthropic.claude-sonnet-5-5',
    call: helpers => ({ prompt: 'Weather?', tools: twoTools(helpers), toolChoice: { type: 'tool', toolName: 'get_weather' } }),
  },
  {
    name: 'nova-s3-video',
    description: 'A video referenced by an s3:// URL on Nova',
    modelId: nova,
    call: () => ({
      messages: [{ role: 'user', content: [{ type: 'file', data: new URL('s3://my-bucket/clip.mp4'), mediaType: 'video/mp4' }, { type: 'text', text: 'What happens?' }] }],
    }),
  },
  {
    name: 'llama4-jpeg-image',
    description: 'A JPEG image on Llama 4 Maverick with a system prompt and temperature',
    modelId: 'us.meta.llama4-maverick-17b-instruct-v1:0',
    call: () => ({
      system: 'Describe images.',
      temperature: 0.2,
      messages: [{ role: 'user', content: [{ type: 'file', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), mediaType: 'image/jpeg' }, { type: 'text', text: 'What is this?' }] }],
    }),
  },
  {
    name: 'claude-empty-tool-input',
    description: 'A tool call without arguments in history',
    modelId: claude35,
    call: ({ tool, jsonSchema }) => ({
      tools: { now: tool({ description: 'Current time', inputSchema: jsonSchema({ type: 'object', properties: {} }) }) },
      messages: [
        { role: 'user', content: 'Time?' },
        { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'toolu_n', toolName: 'now', input: {} }] },
        { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'toolu_n', toolName: 'now', output: { type: 'text', value: '10:00' } }] },
      ],
    }),
  },
  {
    name: 'claude-cache-point-assistant-and-tool',
    description: 'Cache points after an assistant message and after a tool message',
    modelId: claude35,
    call: helpers => ({
      tools: weatherTools(helpers),
      messages: [
        { role: 'user', content: 'What is the weather in Paris?' },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 'toolu_c', toolName: 'get_weather', input: { city: 'Paris' } }],
          providerOptions: { bedrock: { cachePoint: { type: 'default' } } },
        },
        {
          role: 'tool',
          content: [{ type: 'tool-result', toolCallId: 'toolu_c', toolName: 'get_weather', output: { type: 'text', value: 'Hot' } }],
          providerOptions: { bedrock: { cachePoint: { type: 'default' } } },
        },
      ],
    }),
  },
  {
    name: 'claude-prefill-multi-part',
    description: 'A trailing assistant prefill of two text parts (only the last one is trimmed)',
    modelId: claude35,
    call: () => ({
      messages: [
        { role: 'user', content: 'Continue.' },
        { role: 'assistant', content: [{ type: 'text', text: 'One, ' }, { type: 'text', text: 'two, ' }] },
      ],
    }),
  },
  {
    name: 'gpt-oss-temperature-clamped-stream',
    description: 'gpt-oss clamps temperature 1.5 to 1 while streaming',
    modelId: gptOss,
    stream: true,
    call: () => ({ prompt: 'Hi', temperature: 1.5, topP: 0.9 }),
  },
  {
    name: 'gpt-oss-structured-output',
    description: 'Output.object on gpt-oss (the AI SDK uses a json tool)',
    modelId: gptOss,
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'cohere-tools',
    description: 'A tool on Command R+',
    modelId: cohere,
    call: helpers => ({ prompt: 'Weather?', tools: weatherTools(helpers) }),
  },
  {
    name: 'claude-tool-without-description',
    description: 'A tool with no description',
    modelId: claude35,
    call: ({ tool, jsonSchema }) => ({
      prompt: 'Go.',
      tools: { lookup: tool({ inputSchema: jsonSchema({ type: 'object', properties: { q: { type: 'string' } }, required: ['q'] }) }) },
    }),
  },
  {
    name: 'nova-guardrail-stream',
    description: 'guardrailConfig with streamProcessingMode and full trace while streaming, plus serviceTier flex',
    modelId: nova,
    stream: true,
    call: () => ({
      prompt: 'Hello',
      providerOptions: {
        bedrock: {
          serviceTier: 'flex',
          guardrailConfig: { guardrailIdentifier: 'gr-9', guardrailVersion: '2', trace: 'enabled_full', streamProcessingMode: 'async' },
        },
      },
    }),
  },
  {
    name: 'claude-structured-with-tools',
    description: 'Output.object together with a tool on Claude 3.5 (json tool next to the tool)',
    modelId: claude35,
    call: helpers => ({ prompt: 'Weather as JSON.', tools: weatherTools(helpers), output: helpers.Output.object({ schema: helpers.jsonSchema(personSchema) }) }),
  },
  {
    name: 'mistral-pixtral-image-stream',
    description: 'An image on Pixtral Large while streaming',
    modelId: 'us.mistral.pixtral-large-2502-v1:0',
    stream: true,
    call: () => ({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe.' }, { type: 'file', data: png, mediaType: 'image/png' }] }] }),
  },
  {
    name: 'claude-structured-while-thinking',
    description: 'Output.object on Claude 3.7 while thinking (the AI SDK switches to native output)',
    modelId: claude37,
    call: ({ Output, jsonSchema }) => ({
      prompt: 'Invent a person.',
      maxOutputTokens: 1000,
      output: Output.object({ schema: jsonSchema(personSchema) }),
      providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', budgetTokens: 1024 } } },
    }),
  },
  {
    name: 'claude-sonnet-4-6-structured',
    description: 'Output.object on Claude Sonnet 4.6 (native output unreliable: json tool)',
    modelId: 'us.anthropic.claude-sonnet-4-6-v1',
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'claude-opus-4-7-structured',
    description: 'Output.object on Claude Opus 4.7 (no native output on Bedrock: json tool)',
    modelId: 'us.anthropic.claude-opus-4-7',
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'claude-sonnet-5-5-structured',
    description: 'Output.object on a model that rejects forced tools and native output (JSON instruction)',
    modelId: 'us.anthropic.claude-sonnet-5-5',
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'claude-portable-reasoning-none',
    description: 'Portable reasoning "none" on Claude 3.7 sends no thinking',
    modelId: claude37,
    call: () => ({ prompt: 'Hi', reasoning: 'none', temperature: 0.3 }),
  },
  {
    name: 'claude-portable-reasoning-adaptive',
    description: 'Portable reasoning "high" on Claude Opus 4.6 becomes adaptive thinking with an effort',
    modelId: 'us.anthropic.claude-opus-4-6-v1',
    call: () => ({ prompt: 'Prove it.', reasoning: 'high' }),
  },
  {
    name: 'claude-redacted-reasoning-replay',
    description: 'Redacted reasoning in assistant history is replayed',
    modelId: claude37,
    call: () => ({
      maxOutputTokens: 500,
      providerOptions: { bedrock: { reasoningConfig: { type: 'enabled', budgetTokens: 1024 } } },
      messages: [
        { role: 'user', content: 'Hi' },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: '', providerOptions: { bedrock: { redactedData: 'cmVkYWN0ZWQ=' } } },
            { type: 'text', text: 'Hello.' },
          ],
        },
        { role: 'user', content: 'Again' },
      ],
    }),
  },
  {
    name: 'claude-tool-result-image',
    description: 'A tool result with text and an image',
    modelId: claude35,
    call: helpers => ({
      tools: weatherTools(helpers),
      messages: toolHistory('toolu_img', {
        type: 'content',
        value: [{ type: 'text', text: 'Radar:' }, { type: 'file', data: { type: 'data', data: png }, mediaType: 'image/png' }],
      }),
    }),
  },
  {
    name: 'claude-opus-4-7-structured-with-tools',
    description: 'Output.object with a tool and a system prompt on a model without strict tools (JSON instruction merged into system)',
    modelId: 'us.anthropic.claude-opus-4-7',
    call: helpers => ({
      system: 'Be exact.',
      prompt: 'Weather as JSON.',
      tools: weatherTools(helpers),
      output: helpers.Output.object({ schema: helpers.jsonSchema(personSchema) }),
    }),
  },
  {
    name: 'claude-additional-fields-with-thinking-and-topk',
    description: 'User additionalModelRequestFields next to thinking and topK on Claude Sonnet 4',
    modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
    call: () => ({
      prompt: 'Hi',
      topK: 10,
      maxOutputTokens: 2000,
      providerOptions: { bedrock: { additionalModelRequestFields: { metadata: { user_id: 'u1' } }, reasoningConfig: { type: 'enabled', budgetTokens: 1500 } } },
    }),
  },
  {
    name: 'claude-strict-tool',
    description: 'A strict tool on Claude Sonnet 4.5',
    modelId: claude45,
    call: ({ tool, jsonSchema }) => ({
      prompt: 'Weather?',
      tools: { get_weather: tool({ description: 'Gets the weather', strict: true, inputSchema: jsonSchema(weatherSchema) }) },
    }),
  },
  {
    name: 'nova-video-bytes',
    description: 'An MP4 video as bytes on Nova',
    modelId: nova,
    call: () => ({
      messages: [{ role: 'user', content: [{ type: 'file', data: Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]), mediaType: 'video/mp4' }, { type: 'text', text: 'What happens?' }] }],
    }),
  },
  {
    name: 'claude-csv-and-markdown-documents',
    description: 'A CSV and a Markdown document in one message',
    modelId: claude35,
    call: () => ({
      messages: [{
        role: 'user',
        content: [
          { type: 'file', data: Buffer.from('a,b\n1,2\n', 'utf8'), mediaType: 'text/csv', filename: 'data.csv' },
          { type: 'file', data: Buffer.from('# Title\n', 'utf8'), mediaType: 'text/markdown', filename: 'readme.md' },
          { type: 'text', text: 'Compare.' },
        ],
      }],
    }),
  },
  {
    name: 'deepseek-reasoning-config',
    description: 'An explicit reasoning effort on DeepSeek R1',
    modelId: deepseek,
    call: () => ({ prompt: 'Think.', providerOptions: { bedrock: { reasoningConfig: { maxReasoningEffort: 'low' } } } }),
  },
  {
    name: 'qwen-structured-output',
    description: 'Output.object on Qwen3',
    modelId: 'qwen.qwen3-32b-v1:0',
    call: ({ Output, jsonSchema }) => ({ prompt: 'Invent a person.', output: Output.object({ schema: jsonSchema(personSchema) }) }),
  },
  {
    name: 'nova-topk-with-additional-fields',
    description: 'topK on Nova next to user additionalModelRequestFields',
    modelId: nova,
    call: () => ({ prompt: 'Hi', topK: 30, providerOptions: { bedrock: { additionalModelRequestFields: { inferenceConfig: { repetitionPenalty: 1.1 } } } } }),
  },
  {
    name: 'claude-message-and-part-cache-points',
    description: 'A cache point after an image part and another after the whole message',
    modelId: claude45,
    call: () => ({
      messages: [{
        role: 'user',
        providerOptions: { bedrock: { cachePoint: { type: 'default' } } },
        content: [
          { type: 'file', data: png, mediaType: 'image/png', providerOptions: { bedrock: { cachePoint: { type: 'default' } } } },
          { type: 'text', text: 'Describe.' },
        ],
      }],
    }),
  },
  {
    name: 'claude-adaptive-display-summarized',
    description: 'Adaptive thinking with display summarized on Claude Sonnet 4.6',
    modelId: 'us.anthropic.claude-sonnet-4-6-v1',
    call: () => ({ prompt: 'Prove it.', providerOptions: { bedrock: { reasoningConfig: { type: 'adaptive', display: 'summarized' } } } }),
  },
  {
    name: 'claude-opus-4-7-portable-xhigh',
    description: 'Portable reasoning "xhigh" on Claude Opus 4.7',
    modelId: 'us.anthropic.claude-opus-4-7',
    call: () => ({ prompt: 'Prove it.', reasoning: 'xhigh' }),
  },
  {
    name: 'nova-pro-portable-reasoning-ignored',
    description: 'Portable reasoning on Nova Pro, which cannot reason (ignored)',
    modelId: nova,
    call: () => ({ prompt: 'Hi', reasoning: 'medium' }),
  },
  {
    name: 'claude-sonnet-4-5-portable-high',
    description: 'Portable reasoning "high" with maxOutputTokens on Claude Sonnet 4.5',
    modelId: claude45,
    call: () => ({ prompt: 'Prove it.', reasoning: 'high', maxOutputTokens: 2000 }),
  },
  {
    name: 'llama-temperature-zero',
    description: 'temperature 0 and topP 1 on Llama',
    modelId: llama,
    call: () => ({ prompt: 'Hi', temperature: 0, topP: 1 }),
  },
];
