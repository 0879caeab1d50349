import { appConfigFromEnv, type AppConfig } from '../../apps/api/src/config/app-config';

/**
 * The API's configuration in tests: any free port, no CORS origins, and warnings and errors only in the log (one
 * line per request would drown the test output) unless LOG_LEVEL asks for more.
 */
export function testAppConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...appConfigFromEnv({ PORT: '0', LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' }), corsOrigins: [], ...overrides };
}
