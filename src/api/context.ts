import type { Db } from '../db/index.ts';
import type { Caller, Repos } from '../db/repos/index.ts';
import type { CityNetwork } from './access/service.ts';
import type { Logger } from 'pino';

/** Per-request values set by the session middleware. */
export interface ApiEnv {
  Variables: {
    caller: Caller;
    repos: Repos;
    /** The session's CSRF token (null without a session). */
    csrfToken: string | null;
    sessionToken: string | null;
  };
}

/** What the app is built from. */
export interface AppDeps {
  db: Db;
  /** Folder with the built web app (index.html); null to serve the API only. */
  webRoot: string | null;
  /** Cookies always get `Secure` (otherwise: when the request came over HTTPS, directly or via a trusted proxy). */
  secureCookies?: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For and HTTPS from X-Forwarded-Proto. */
  trustProxy?: boolean;
  /** Demo mode: one-time codes are shown on screen and logged (never in production). */
  demo?: boolean;
  /** The operator's log (one line each; the CLI's stderr), for what demo mode prints. */
  log?: (line: string) => void;
  /** The structured request log (pino); null: silent. */
  logger?: Logger | null;
  version?: string;
  /** The loaded city's walking network (null: the access endpoints answer 503). */
  network?: () => CityNetwork | null;
}
