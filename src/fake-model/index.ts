/**
 * A fake model server on loopback speaking the Anthropic Messages, OpenAI Chat Completions, OpenAI
 * Responses and Gemini generateContent wire protocols (HTTP + SSE), so the real AI SDK clients can run
 * against it with only their baseURL changed. Answers come from a script; usage (with prompt caching)
 * is computed from the prompt. See server.ts for routes and usage.ts for the token arithmetic.
 */
export { scriptFromTurns, startFakeModelServer, type FakeModelServer, type FakeModelServerOptions } from './server.js';
export type {
  NormalizedMessage,
  NormalizedPart,
  NormalizedRequest,
  NormalizedTool,
  Protocol,
  RecordedRequest,
  RecordedResponse,
  RejectedRequest,
  Script,
  TokenUsage,
  Turn,
  TurnError,
  TurnToolCall,
} from './types.js';
export * from './usage.js';
