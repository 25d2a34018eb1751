import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { UserError } from '../../util/errors.js';
import { AiSdkClient } from './ai-sdk-client.js';
import type { ModelClient } from './types.js';

export const PROVIDERS = ['anthropic', 'openai', 'openai-chat', 'google', 'compatible'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

const ALIASES: Record<string, ProviderName> = {
  anthropic: 'anthropic',
  openai: 'openai',
  'openai-responses': 'openai',
  'openai-chat': 'openai-chat',
  google: 'google',
  gemini: 'google',
  compatible: 'compatible',
  vllm: 'compatible',
  ollama: 'compatible',
  lmstudio: 'compatible',
  'llama.cpp': 'compatible',
  llamacpp: 'compatible',
};

/** Where each provider's key and base URL come from. */
export const PROVIDER_ENV: Record<ProviderName, { key?: string; baseUrl: string; suffix: string }> = {
  anthropic: { key: 'ANTHROPIC_API_KEY', baseUrl: 'ANTHROPIC_BASE_URL', suffix: '/v1' },
  openai: { key: 'OPENAI_API_KEY', baseUrl: 'OPENAI_BASE_URL', suffix: '/v1' },
  'openai-chat': { key: 'OPENAI_API_KEY', baseUrl: 'OPENAI_BASE_URL', suffix: '/v1' },
  google: { key: 'GEMINI_API_KEY', baseUrl: 'GOOGLE_GEMINI_BASE_URL', suffix: '/v1beta' },
  compatible: { baseUrl: 'OPENAI_BASE_URL', suffix: '/v1' },
};

export function parseModelId(id: string): { provider: ProviderName; model: string } {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) throw new UserError(`--model must be provider/model (e.g. anthropic/claude-sonnet-4-5), not "${id}"`);
  const provider = ALIASES[id.slice(0, slash).toLowerCase()];
  if (!provider) throw new UserError(`unknown provider "${id.slice(0, slash)}" (one of: ${Object.keys(ALIASES).join(', ')})`);
  return { provider, model: id.slice(slash + 1) };
}

/** A base URL with the API version path the SDK expects (users often give the host alone). */
export function withApiPath(url: string, suffix: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/v\d+(beta\d*)?$/.test(trimmed) ? trimmed : trimmed + suffix;
}

export interface ProviderOptions {
  baseUrl?: string;
  env?: NodeJS.ProcessEnv;
  idleTimeoutMs?: number;
}

/** Whether a key for this model's provider is present (compatible servers need none). */
export function hasCredentials(id: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const { provider } = parseModelId(id);
  const keyVar = PROVIDER_ENV[provider].key;
  return !keyVar || Boolean(env[keyVar]);
}

/** Builds the client for provider/model, reading keys and base URLs from the environment. */
export function createModelClient(id: string, opts: ProviderOptions = {}): ModelClient {
  const env = opts.env ?? process.env;
  const { provider, model } = parseModelId(id);
  const conf = PROVIDER_ENV[provider];
  const apiKey = conf.key ? env[conf.key] : env.OPENAI_API_KEY;
  if (conf.key && !apiKey) throw new UserError(`${conf.key} is not set (needed for ${id})`);
  const rawBase = opts.baseUrl ?? env[conf.baseUrl];
  const baseURL = rawBase ? withApiPath(rawBase, conf.suffix) : undefined;
  const common = { id, provider, model, idleTimeoutMs: opts.idleTimeoutMs };
  switch (provider) {
    case 'anthropic':
      return new AiSdkClient({ ...common, languageModel: createAnthropic({ apiKey, baseURL })(model), cacheStyle: 'anthropic' });
    case 'openai':
      return new AiSdkClient({ ...common, languageModel: createOpenAI({ apiKey, baseURL }).responses(model), cacheStyle: 'openai' });
    case 'openai-chat':
      return new AiSdkClient({ ...common, languageModel: createOpenAI({ apiKey, baseURL }).chat(model), cacheStyle: 'openai' });
    case 'google':
      return new AiSdkClient({ ...common, languageModel: createGoogleGenerativeAI({ apiKey, baseURL })(model), cacheStyle: 'none' });
    case 'compatible': {
      if (!baseURL) throw new UserError(`${id}: an OpenAI-compatible server needs --base-url (or OPENAI_BASE_URL)`);
      const languageModel = createOpenAICompatible({ name: 'compatible', baseURL, apiKey, includeUsage: true })(model);
      return new AiSdkClient({ ...common, languageModel, cacheStyle: 'none' });
    }
  }
}
