import type { Db } from '../db/index.ts';
import type { Caller, Repos } from '../db/repos/index.ts';
import type { CityNetwork } from './access/service.ts';

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
  /** Cookies get `Secure` when served over HTTPS (behind a proxy). */
  secureCookies?: boolean;
  version?: string;
  /** The loaded city's walking network (null: the access endpoints answer 503). */
  network?: () => CityNetwork | null;
}
