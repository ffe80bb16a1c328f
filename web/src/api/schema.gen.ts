/**
 * GENERATED from the API's OpenAPI document (npm run gen:api) — do not edit. The zod schemas in src/api are the
 * single source; src/api/contract/contract.test.ts fails when this file is stale.
 */
export type paths = {
    "/api/access/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share of children 0–3 within N minutes’ walk of a facility (with a free place, optionally), overall and per division */
        get: {
            parameters: {
                query?: {
                    free?: "true" | "false";
                    minutes?: number;
                    speedKmh?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Coverage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Coverage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency is not ready */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/isochrones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walking isochrones (default 5/10/15 minutes) around a facility or a point (lng/lat, WGS-84 or GCJ-02) */
        get: {
            parameters: {
                query?: {
                    crs?: "wgs84" | "gcj02";
                    facility?: string;
                    lat?: number | null;
                    lng?: number | null;
                    minutes?: string;
                    speedKmh?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GeoJSON polygons, one per facility and limit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": components["schemas"]["Isochrones"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A dependency is not ready */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/roads.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The streets of the loaded city as GeoJSON lines (the map road layer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeatureCollection of LineStrings (gzip) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": components["schemas"]["RoadCollection"];
                    };
                };
                /** @description A dependency is not ready */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loaded walking network (nodes, edges, components) and its attribution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Loaded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccessStatus"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles an account can have and what each is bound to (for the create form) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Roles and bindings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountRoles"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quality assessments the caller may read, newest first */
        get: {
            parameters: {
                query?: {
                    division?: string;
                    facility?: string;
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "final";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of assessments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Start (or record, final) a quality assessment of a facility (district officials: their division) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quality assessment with its points per dimension */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The assessment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft assessment, or make it final */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentPatch"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read or changed which child's record, when and why (guardians: their children; district officials: children placed in their division; the city and administrators: all) */
        get: {
            parameters: {
                query?: {
                    action?: "read" | "list" | "create" | "update" | "archive" | "delete" | "export" | "import" | "refuse" | "restore";
                    /** @description The acting account (id) */
                    actor?: string;
                    /** @description The facility the child was placed at */
                    facility?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the audit trail, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        /** @description Second factor, when enabled: a 6-digit code or a recovery code */
                        totp?: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Logged in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts (Retry-After says when to try again) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logged out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user (or none), the CSRF token for writes, and the caller’s capabilities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Who is asking */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s own password (also the way out of a temporary one); every other session ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        /** @description At least 8 characters; not a common password, not the username or mobile number */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Changed; the session stays */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a password-reset code to an account's mobile number (the same answer whether or not the number has an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Mainland mobile number, 11 digits
                         * @example 13800000000
                         */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description If the number has an account, a code is on its way */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CodeSent"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts (Retry-After says when to try again) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the code; every session of the account ends (log in again, with the second factor if on) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The six digits sent by SMS
                         * @example 123456
                         */
                        code: string;
                        /** @description At least 8 characters; not a common password, not the username or mobile number */
                        password: string;
                        /**
                         * @description Mainland mobile number, 11 digits
                         * @example 13800000000
                         */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Password changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Done"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sign-up code to a mobile number without an account (guardians) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Mainland mobile number, 11 digits
                         * @example 13800000000
                         */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description The code is on its way */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CodeSent"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts (Retry-After says when to try again) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the guardian's account from the code (username = the mobile number) and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The six digits sent by SMS
                         * @example 123456
                         */
                        code: string;
                        /** @example 李明 */
                        displayName: string;
                        /** @description At least 8 characters; not a common password, not the username or mobile number */
                        password: string;
                        /**
                         * @description Mainland mobile number, 11 digits
                         * @example 13800000000
                         */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Signed up and signed in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor on with a code from the app; answers ten recovery codes, shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Six digits from the authenticator app (or, to turn it off, a recovery code xxxx-xxxx)
                         * @example 123456
                         */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description On */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor off with a current code or a recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Six digits from the authenticator app (or, to turn it off, a recovery code xxxx-xxxx)
                         * @example 123456
                         */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Off */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the second factor: a new secret and its otpauth:// URI for an authenticator app (officials, administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pending until confirmed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpSetup"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The children the caller may see (guardians: their own; staff: their facility's; health workers: signed facilities') */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of children, by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChildPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/children/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One child's record (404 when outside the caller's scope) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The child */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Child"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/children/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about the child, for their guardian (a JSON file; the download is audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The copy (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChildExport"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/desk/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard: the city (rows: divisions), a division (rows: facilities) or one facility, today, with the monthly trend */
        get: {
            parameters: {
                query?: {
                    /** @description A county-level division: its facilities' figures */
                    division?: string;
                    /** @description One facility's figures */
                    facility?: string;
                    /** @description json (default) or xlsx (the table as an Excel workbook) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The figures (or their table as XLSX) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeskFigures"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/desk/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Takes a month's snapshot of the figures (city, divisions, facilities) for the trends; a month taken is kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeskSnapshotInput"];
                };
            };
            responses: {
                /** @description Taken (or kept) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeskSnapshot"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrative divisions with places per 1,000 residents */
        get: {
            parameters: {
                query?: {
                    level?: "city" | "county" | "street" | "community";
                    page?: number;
                    pageSize?: number;
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of divisions, by code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DivisionPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/divisions.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Divisions of one level as GeoJSON (boundary polygons where known, else centroids) */
        get: {
            parameters: {
                query?: {
                    level?: "county" | "street" | "community";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeatureCollection */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": components["schemas"]["DivisionCollection"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/divisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One division */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The division */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Division"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the registry (public) */
        get: {
            parameters: {
                query?: {
                    band?: "infant" | "toddler_small" | "toddler_large" | "mixed";
                    division?: string;
                    free?: "0" | "1" | "true" | "false";
                    mode?: "full_day" | "half_day" | "hourly" | "temporary";
                    ownership?: "public" | "affordable" | "market";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    tier?: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of facilities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FacilitySummary"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Register a facility (city officials, admins; district officials in their division) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FacilityInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facilities as GeoJSON points for the map (public) */
        get: {
            parameters: {
                query?: {
                    band?: "infant" | "toddler_small" | "toddler_large" | "mixed";
                    division?: string;
                    free?: "0" | "1" | "true" | "false";
                    mode?: "full_day" | "half_day" | "hourly" | "temporary";
                    ownership?: "public" | "affordable" | "market";
                    q?: string;
                    tier?: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description FeatureCollection of Points */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": components["schemas"]["FacilityCollection"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One facility with classes, prices, supervisor and medical partner (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The facility */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a facility (directors: their own; district officials: their division; city officials and admins: all) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FacilityPatch"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/facilities/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a facility (never deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archived */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A facility's filing (备案) status and the steps the caller may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The filing status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FilingState"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Take a filing (备案) step: submit (the facility or the bureau), approve with the filing number, return or revoke with the reason (the bureau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FilingStep"];
                };
            };
            responses: {
                /** @description The status after the step */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FilingState"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A facility's filing history, newest first: every status and number change, who made it, when, how and why */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FilingPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived facility (the counterpart of archive; district officials: their division) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Restored (or already live) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the registry as CSV, XLSX or GeoJSON (officials and admins) */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx" | "geojson";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment (Content-Disposition: facilities-YYYY-MM-DD.csv|xlsx|geojson); the columns are those of the import */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": components["schemas"]["FacilityExportCollection"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import facilities from CSV, XLSX or GeoJSON: all rows or none
         * @description The body is the file itself, sent with its Content-Type: text/csv (UTF-8, a BOM is fine), application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, or application/geo+json. Columns (English or Chinese headers): id, name, tier, ownership, filing_status, filing_number, division_id, address, lng, lat, crs, opening_days, open, close, services, classes, floor_area_m2, outdoor_area_m2, contact_person, contact_phone, supervisor_id, medical_institution_id. Every row is validated; if any row is bad, nothing is written and every bad row is listed with its row number and field.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Imported */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                        };
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the API and its database answer (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description The database does not answer */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/medical-institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Medical institutions (public), by division and name */
        get: {
            parameters: {
                query?: {
                    divisionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Institutions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MedicalInstitutionList"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 1+12+N network: municipal centre → county centres → community, family and other points */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tree */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            root: components["schemas"]["NetworkNode"] | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s in-app notices, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description true: only unread notices */
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the inbox */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Inbox"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller’s notices read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The notice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notice"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all of the caller’s notices read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many were unread */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MarkedRead"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidate sites in the caller’s scope (vacant community rooms, kindergartens with space, uploads) */
        get: {
            parameters: {
                query?: {
                    divisionId?: string;
                    kinds?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Candidates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Upload candidate sites as a GeoJSON FeatureCollection of points (WGS-84; properties name, places, divisionId) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanCandidateUpload"];
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an uploaded candidate site */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved planning scenarios in scope, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Scenarios */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Save a solved plan (by its runId) as a named scenario */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanScenarioInput"];
                };
            };
            responses: {
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanScenario"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scenario with its request and result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The scenario */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a scenario */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a scenario */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description The scenario */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plan/scenarios/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a scenario as GeoJSON (new sites, closures, newly covered compounds) or XLSX (summary, sites, demand) */
        get: {
            parameters: {
                query?: {
                    format?: "geojson" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/solve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Solve a location model (MCLP, LSCP, p-median, p-center, capacitated) for the next childcare sites
         * @description Demand: children 0–3 in residential compounds and villages; supply: existing facilities (kept open; closable with maxClosures); candidates: candidate sites. Walking minutes over the street network. HiGHS exact with the time limit, heuristic with bounds otherwise; every answer reports objective, optimal, bound and status ("time_limit" when the limit was hit: the best plan found and its bound).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanSolveRequest"];
                };
            };
            responses: {
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanSolveResponse"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No walking network loaded */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/whatif": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open, close or move one site, or change its places, against a plan: the coverage change at once (no re-solve) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanWhatIfRequest"];
                };
            };
            responses: {
                /** @description Before, after and the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanWhatIfResponse"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy/care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The care policy in force on a date (default today): class caps, ratios, age bands, places target (public) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CarePolicy"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quality assessment standard in force on a date (default today): dimensions, items, veto items, grades and their awards (public) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The standard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QualityStandard"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy/subsidy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subsidy and award policy versions and the affordable fee caps, with those in force on a date (default today; public) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPolicies"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry as the bureaus manage it: filing, supervising centre, and what the caller may do to each facility (live facilities: public; archived ones: to those who may restore them) */
        get: {
            parameters: {
                query?: {
                    division?: string;
                    /** @description Only the facilities the caller may edit */
                    editable?: "0" | "1" | "true" | "false";
                    filing?: "unfiled" | "pending" | "filed" | "revoked";
                    ownership?: "public" | "affordable" | "market";
                    page?: number;
                    pageSize?: number;
                    /** @description Part of the name, address or filing number */
                    q?: string;
                    /** @description Live facilities (default), archived ones, or both (archived: only those the caller may restore) */
                    state?: "live" | "archived" | "all";
                    tier?: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the registry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistryPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly report to the province (the city, or a division), as JSON or XLSX */
        get: {
            parameters: {
                query: {
                    division?: string;
                    /** @description json (default) or xlsx (the table as an Excel workbook) */
                    format?: "json" | "xlsx";
                    /** @description A month, YYYY-MM */
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report (or its workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MonthlyReport"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subsidy-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subsidy claims the caller may read (month, division, facility, state), with the sum of all matching */
        get: {
            parameters: {
                query?: {
                    division?: string;
                    facility?: string;
                    /** @description A month, YYYY-MM */
                    month?: string;
                    page?: number;
                    pageSize?: number;
                    state?: "computed" | "confirmed" | "approved" | "returned" | "paid";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of claims */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubsidyClaimPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subsidy-claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim: figures, history, children-months by reason */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The claim */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubsidyClaimDetail"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subsidy-claims/{id}/adjustment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What recomputing the claim now (today's policies and records) would owe or claw back, without changing it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The difference */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubsidyClaimAdjustment"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subsidy-claims/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim's children-months with the children's names (the facility itself; audited) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of lines */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubsidyClaimLinePage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subsidy-claims/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A workflow step: confirm (the facility), approve or return (the district), pay (the city) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubsidyClaimStep"];
                };
            };
            responses: {
                /** @description The claim after the step */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubsidyClaimDetail"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subsidy-claims/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The monthly run: computes each eligible facility's claim from placements and attendance (claims not yet confirmed are recomputed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubsidyRunInput"];
                };
            };
            responses: {
                /** @description What the run computed and what it left */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubsidyRun"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teachers' accounts (directors: their facility's; administrators: all) */
        get: {
            parameters: {
                query?: {
                    disabled?: "true" | "false";
                    facilityId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of teachers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a teacher to the director's facility; answers a temporary password, shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewTeacher"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedAccount"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One teacher's account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The teacher */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a teacher's account; its sessions end at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a teacher's account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a teacher a temporary password (shown once, valid 72 hours); the teacher's sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemporaryPassword"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts the caller may see, newest first (administrators: all; directors: their facility's; others: their own) */
        get: {
            parameters: {
                query?: {
                    disabled?: "true" | "false";
                    divisionId?: string;
                    facilityId?: string;
                    medicalInstitutionId?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description Part of the username, name or mobile number */
                    q?: string;
                    role?: components["schemas"]["Role"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountPage"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an account of any role (administrators); the role’s binding is checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAccount"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedAccount"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account (404 outside the caller’s scope) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an account (one’s own; administrators: any) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountPatch"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account (administrators); its sessions end at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Disabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled account (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Enabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an account a temporary password (administrators): shown once, valid 72 hours, to be changed at first login; its sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description Also turn the second factor off (a lost authenticator) */
                        clearSecondFactor?: boolean;
                    };
                };
            };
            responses: {
                /** @description The temporary password */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemporaryPassword"];
                    };
                };
                /** @description Invalid input (names the field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Login required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or resource */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found (or not visible to the caller) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AccessStatus: {
            /** @description Credit line of the street data, e.g. © OpenStreetMap contributors (ODbL) */
            attribution: string;
            components: number;
            edges: number;
            loaded: boolean;
            nodes: number;
            /** @description Generated sample streets (the demo city): UIs credit them as such, in their own language */
            synthetic: boolean;
        };
        Account: {
            createdAt: string;
            disabled: boolean;
            disabledAt: string | null;
            displayName: string;
            divisionId: string | null;
            divisionName: string | null;
            facilityId: string | null;
            facilityName: string | null;
            id: string;
            medicalInstitutionId: string | null;
            medicalInstitutionName: string | null;
            /** @description A temporary password set by staff is in force */
            mustChangePassword: boolean;
            phone: string | null;
            /** @description The number was proven with an SMS code (self sign-up) */
            phoneVerified: boolean;
            role: components["schemas"]["Role"];
            /** @description TOTP second factor on */
            secondFactor: boolean;
            username: string;
        };
        AccountPage: {
            items: components["schemas"]["Account"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AccountPatch: {
            /** @example 李明 */
            displayName: string;
        };
        AccountRoles: {
            items: {
                /**
                 * @description What the account is bound to (the field the create form asks for)
                 * @enum {string}
                 */
                binding: "facility" | "division" | "institution" | "none";
                role: components["schemas"]["Role"];
                /** @description May turn on the TOTP second factor */
                secondFactor: boolean;
            }[];
        };
        Assessment: {
            assessedOn: string;
            assessor: {
                name: string | null;
                role: string;
            };
            /** @description What the grade earns under the subsidy policy in force on the assessment date (at most once a year per facility) */
            award: {
                amountFen: number;
                /** @example ¥50,000.00 */
                formatted: string;
                policyId: string | null;
            };
            complete: boolean;
            createdAt: string;
            dimensions: {
                key: string;
                maxPoints: number;
                points: number;
            }[];
            divisionId: string;
            divisionName: string;
            facilityId: string;
            facilityName: string;
            finalizedAt: string | null;
            /** @enum {string} */
            grade: "A" | "B" | "C" | "D";
            id: string;
            maxPoints: number;
            /** @description Items not scored yet */
            missing: string[];
            notes: string | null;
            /** @description Points per item key */
            scores: {
                [key: string]: number;
            };
            standardId: string;
            /** @enum {string} */
            status: "draft" | "final";
            totalPoints: number;
            updatedAt: string;
            version: number;
            vetoes: string[];
        };
        AssessmentInput: {
            /**
             * Format: date
             * @example 2026-11-30
             */
            assessedOn: string;
            facilityId: string;
            notes?: string | null;
            /**
             * @description Points per item key of the standard (whole points, 0 … the item maximum)
             * @default {}
             * @example {
             *       "licence": 18,
             *       "space": 36
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** @description Default: the standard in force on assessedOn */
            standardId?: string;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "final";
            /**
             * @description Keys of the veto items (否决项) found
             * @default []
             */
            vetoes: string[];
        };
        AssessmentPage: {
            items: components["schemas"]["Assessment"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AssessmentPatch: {
            /**
             * Format: date
             * @example 2026-11-30
             */
            assessedOn?: string;
            notes?: string | null;
            /**
             * @description Replaces the scored items as a whole
             * @example {
             *       "licence": 18,
             *       "space": 36
             *     }
             */
            scores?: {
                [key: string]: number;
            };
            /**
             * @description final closes the assessment for good (every item scored); omitted keeps it a draft
             * @enum {string}
             */
            status?: "draft" | "final";
            version?: number;
            /** @description Keys of the veto items (否决项) found */
            vetoes?: string[];
        };
        AuditEntry: {
            action: string;
            actor: {
                id: string | null;
                name: string | null;
                role: string;
                workplace: string | null;
            };
            at: string;
            child: {
                /** @description Only in a guardian's view of their own children */
                name: string | null;
                /**
                 * @description Pseudonymous reference: 8 hex digits of a keyed hash of the child id
                 * @example 3fa9c2d1
                 */
                ref: string;
            };
            entity: string;
            facility: {
                divisionId: string;
                id: string;
                name: string;
            } | null;
            id: number;
            purpose: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description resource → action → scope, from the access policy (only actions the caller has)
         * @example {
         *       "facility": {
         *         "read": "all",
         *         "update": "own_facility"
         *       }
         *     }
         */
        Capabilities: {
            [key: string]: {
                [key: string]: components["schemas"]["Scope"];
            };
        };
        CarePolicy: {
            classes: {
                infant: {
                    /** @description Age band in months, [from, to) */
                    ageMonths: [
                        number,
                        number
                    ];
                    /** @description Minimum ratio 1 : n (carers : children) */
                    childrenPerCarer: number;
                    /** @description Class cap (班额) */
                    maxChildren: number;
                };
                mixed: {
                    /** @description Age band in months, [from, to) */
                    ageMonths: [
                        number,
                        number
                    ];
                    /** @description Minimum ratio 1 : n (carers : children) */
                    childrenPerCarer: number;
                    /** @description Class cap (班额) */
                    maxChildren: number;
                };
                toddler_large: {
                    /** @description Age band in months, [from, to) */
                    ageMonths: [
                        number,
                        number
                    ];
                    /** @description Minimum ratio 1 : n (carers : children) */
                    childrenPerCarer: number;
                    /** @description Class cap (班额) */
                    maxChildren: number;
                };
                toddler_small: {
                    /** @description Age band in months, [from, to) */
                    ageMonths: [
                        number,
                        number
                    ];
                    /** @description Minimum ratio 1 : n (carers : children) */
                    childrenPerCarer: number;
                    /** @description Class cap (班额) */
                    maxChildren: number;
                };
            };
            effectiveFrom: string;
            familyPointChildrenPerCarer: number;
            familyPointMaxChildren: number;
            id: string;
            /** @description Places (托位) per 1,000 residents the plan aims for */
            placesPer1000Target: number;
            source: string;
            vocabularies: {
                classBands: ("infant" | "toddler_small" | "toddler_large" | "mixed")[];
                filingStatuses: ("unfiled" | "pending" | "filed" | "revoked")[];
                ownerships: ("public" | "affordable" | "market")[];
                priceUnits: ("month" | "day" | "half_day" | "hour")[];
                serviceModes: ("full_day" | "half_day" | "hourly" | "temporary")[];
                tiers: ("municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private")[];
            };
        };
        Child: {
            /** @example 2024-05-17 */
            birthDate: string;
            classId: string | null;
            facilityId: string | null;
            familyName: string;
            givenName: string;
            id: string;
            /** @enum {string|null} */
            serviceMode: "full_day" | "half_day" | null;
            /** @enum {string} */
            sex: "M" | "F";
            /**
             * @description placed: a placement covers today; upcoming: one starts later; not_placed: neither
             * @enum {string}
             */
            status: "placed" | "upcoming" | "not_placed";
        };
        ChildExport: {
            accessLog: {
                action: string;
                actorRole: string;
                at: string;
                entity: string;
                purpose: string | null;
            }[];
            attendance: {
                days: number;
                facility: string;
                month: string;
            }[];
            child: {
                birthDate: string;
                familyName: string;
                givenName: string;
                home: {
                    lat: number;
                    lng: number;
                } | null;
                id: string;
                registeredAt: string;
                sex: string;
            };
            generatedAt: string;
            guardians: {
                name: string;
                relationship: string;
            }[];
            placements: {
                className: string;
                facility: string;
                from: string;
                mode: string;
                monthlyFee: number | null;
                to: string | null;
            }[];
            subsidyMonths: {
                amountFen: number;
                attendedDays: number;
                eligible: boolean;
                facility: string;
                month: string;
                reasons: string[];
            }[];
            waitingList: {
                appliedOn: string;
                band: string;
                facility: string;
                priority: number;
            }[];
        };
        ChildPage: {
            items: components["schemas"]["Child"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CodeSent: {
            /** @description Demo mode only: the code itself (a real deployment sends it by SMS and never answers it) */
            demoCode?: string;
            expiresInSeconds: number;
            resendAfterSeconds: number;
        };
        Coverage: {
            attribution: string;
            /** @description null without children or facilities */
            distribution: components["schemas"]["TimeDistribution"] | null;
            divisions: {
                children: number;
                covered: number;
                divisionId: string;
                name: string;
                /** @description covered / children, 0…1 */
                share: number;
            }[];
            params: {
                free: boolean;
                minutes: number;
                speedKmh: number;
            };
            summary: {
                /** @description Children 0–3 living in the residential compounds of the city */
                children: number;
                /** @description Of them, within the walk of a facility */
                covered: number;
                demandPoints: number;
                facilities: number;
                /** @description covered / children, 0…1 */
                share: number;
            };
        };
        CreatedAccount: {
            account: components["schemas"]["Account"];
            id: string;
            /** @description Shown once when the server made the password (none was given): hand it over; it must be changed at first login */
            temporaryPassword: string | null;
            temporaryUntil: string | null;
        };
        DeskFigureRow: {
            enrolled: number;
            facilities: number;
            grade: string | null;
            gradeA: number;
            gradeB: number;
            id: string;
            /** @enum {string} */
            level: "division" | "facility";
            name: string;
            occupancy: number;
            /** @enum {string|null} */
            ownership: "public" | "affordable" | "market" | null;
            places: number;
            placesPer1000: number | null;
            population: number | null;
            signed: number;
            signingRate: number;
            staff: number;
            staffTrained: number;
            subsidyPaidFen: number;
            /** @enum {string|null} */
            tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private" | null;
            trainingRate: number;
            waiting: number;
        };
        DeskFigures: {
            asOf: string;
            byTier: {
                enrolled: number;
                facilities: number;
                occupancy: number;
                places: number;
                /** @enum {string} */
                tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
            }[];
            /** @enum {string} */
            level: "city" | "division" | "facility";
            parent: {
                id: string;
                /** @enum {string} */
                level: "city" | "division";
                name: string;
            } | null;
            rows: components["schemas"]["DeskFigureRow"][];
            target: {
                placesPer1000: number;
            };
            total: components["schemas"]["DeskFigureTotals"];
            trend: {
                enrolled: number;
                month: string;
                occupancy: number;
                places: number;
                placesPer1000: number | null;
                signingRate: number;
                subsidyPaidFen: number;
            }[];
            unit: {
                id: string;
                name: string;
            };
        };
        DeskFigureTotals: {
            enrolled: number;
            facilities: number;
            gradeA: number;
            gradeB: number;
            occupancy: number;
            places: number;
            placesPer1000: number | null;
            population: number | null;
            signed: number;
            signingRate: number;
            staff: number;
            staffTrained: number;
            subsidyPaidFen: number;
            trainingRate: number;
            waiting: number;
        };
        DeskSnapshot: {
            month: string;
            /** @description false: the month was taken before and is kept as it was */
            taken: boolean;
            units: number;
        };
        DeskSnapshotInput: {
            /**
             * @description A month, YYYY-MM
             * @example 2026-10
             */
            month: string;
        };
        Division: {
            centroid: {
                lat: number;
                lng: number;
            } | null;
            children0to3: number | null;
            facilities: number;
            /** @example 140403 */
            id: string;
            /** @enum {string} */
            level: "city" | "county" | "street" | "community";
            /** @example 潞州区 */
            name: string;
            nameEn: string | null;
            parentId: string | null;
            places: number;
            placesPer1000: number | null;
            population: number | null;
            synthetic: boolean;
        };
        DivisionCollection: {
            features: {
                geometry: components["schemas"]["PointGeometry"] | components["schemas"]["PolygonGeometry"] | components["schemas"]["MultiPolygonGeometry"];
                id?: string | number;
                properties: components["schemas"]["Division"];
                /** @enum {string} */
                type: "Feature";
            }[];
            /** @enum {string} */
            type: "FeatureCollection";
        };
        DivisionPage: {
            items: components["schemas"]["Division"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Done: {
            ok: boolean;
        };
        Error: {
            error: {
                /**
                 * @example invalid
                 * @enum {string}
                 */
                code: "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "full" | "too_large" | "unsupported" | "rate_limited" | "unavailable" | "timeout" | "internal";
                field?: string;
                issues?: components["schemas"]["FieldIssue"][];
                message: string;
            };
        };
        Facility: components["schemas"]["FacilitySummary"] & {
            archived: boolean;
            canEdit: boolean;
            classes: {
                /** @enum {string} */
                band: "infant" | "toddler_small" | "toddler_large" | "mixed";
                capacity: number;
                enrolled: number;
                free: number;
                id: string;
                name: string;
            }[];
            contact?: {
                person?: string;
                phone?: string;
            } | null;
            filingNumber: string | null;
            floorAreaM2: number | null;
            medicalPartner: {
                id: string;
                kind: string;
                name: string;
                validFrom: string;
            } | null;
            openingHours?: {
                close: string;
                days: number[];
                open: string;
            } | null;
            outdoorAreaM2: number | null;
            /** @description The grade of its latest final quality assessment while it stands (WS/T 821-2023 style: A 优秀, B 良好, C 合格, D 不合格) */
            qualityGrade: {
                assessedOn: string;
                /** @enum {string} */
                grade: "A" | "B" | "C" | "D";
                standardId: string;
                validUntil: string;
            } | null;
            services: {
                /** @enum {string} */
                mode: "full_day" | "half_day" | "hourly" | "temporary";
                price: number;
                /** @enum {string} */
                unit: "month" | "day" | "half_day" | "hour";
            }[];
            supervisor: {
                id: string;
                name: string;
                /** @enum {string} */
                tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
            } | null;
            updatedAt: string;
            version: number;
        };
        FacilityCollection: {
            features: {
                geometry: components["schemas"]["PointGeometry"];
                id?: string | number;
                properties: components["schemas"]["FacilityPointProperties"];
                /** @enum {string} */
                type: "Feature";
            }[];
            /** @enum {string} */
            type: "FeatureCollection";
        };
        FacilityExportCollection: {
            features: {
                geometry: components["schemas"]["PointGeometry"];
                id?: string | number;
                properties: components["schemas"]["FacilityExportProperties"];
                /** @enum {string} */
                type: "Feature";
            }[];
            /** @enum {string} */
            type: "FeatureCollection";
        };
        FacilityExportProperties: {
            address: string | number | null;
            classes: string | number | null;
            close: string | number | null;
            contact_person: string | number | null;
            contact_phone: string | number | null;
            division_id: string | number | null;
            filing_number: string | number | null;
            filing_status: string | number | null;
            floor_area_m2: string | number | null;
            id: string | number | null;
            medical_institution_id: string | number | null;
            name: string | number | null;
            open: string | number | null;
            opening_days: string | number | null;
            outdoor_area_m2: string | number | null;
            ownership: string | number | null;
            services: string | number | null;
            supervisor_id: string | number | null;
            tier: string | number | null;
        };
        FacilityInput: {
            address: string;
            /** @default [] */
            classes: {
                /** @enum {string} */
                band: "infant" | "toddler_small" | "toddler_large" | "mixed";
                capacity: number;
                /** Format: uuid */
                id?: string;
                name: string;
            }[];
            contact?: {
                person?: string;
                phone?: string;
            } | null;
            divisionId: string;
            filingNumber?: string | null;
            /**
             * @default unfiled
             * @enum {string}
             */
            filingStatus: "unfiled" | "pending" | "filed" | "revoked";
            floorAreaM2?: number | null;
            location: {
                /** @enum {string} */
                crs?: "wgs84" | "gcj02";
                lat: number;
                lng: number;
            };
            /** Format: uuid */
            medicalInstitutionId?: string | null;
            name: string;
            openingHours?: {
                close: string;
                days: number[];
                open: string;
            } | null;
            outdoorAreaM2?: number | null;
            /** @enum {string} */
            ownership: "public" | "affordable" | "market";
            /** @default [] */
            services: {
                /** @enum {string} */
                mode: "full_day" | "half_day" | "hourly" | "temporary";
                price: number;
                /** @enum {string} */
                unit: "month" | "day" | "half_day" | "hour";
            }[];
            /** Format: uuid */
            supervisorId?: string | null;
            /** @enum {string} */
            tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
        };
        FacilityPatch: {
            address?: string;
            classes?: {
                /** @enum {string} */
                band: "infant" | "toddler_small" | "toddler_large" | "mixed";
                capacity: number;
                /** Format: uuid */
                id?: string;
                name: string;
            }[];
            contact?: {
                person?: string;
                phone?: string;
            } | null;
            divisionId?: string;
            filingNumber?: string | null;
            /** @enum {string} */
            filingStatus?: "unfiled" | "pending" | "filed" | "revoked";
            floorAreaM2?: number | null;
            location?: {
                /** @enum {string} */
                crs?: "wgs84" | "gcj02";
                lat: number;
                lng: number;
            };
            /** Format: uuid */
            medicalInstitutionId?: string | null;
            name?: string;
            openingHours?: {
                close: string;
                days: number[];
                open: string;
            } | null;
            outdoorAreaM2?: number | null;
            /** @enum {string} */
            ownership?: "public" | "affordable" | "market";
            services?: {
                /** @enum {string} */
                mode: "full_day" | "half_day" | "hourly" | "temporary";
                price: number;
                /** @enum {string} */
                unit: "month" | "day" | "half_day" | "hour";
            }[];
            /** Format: uuid */
            supervisorId?: string | null;
            /** @enum {string} */
            tier?: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
            version?: number;
        };
        FacilityPointProperties: {
            address: string;
            capacity: number;
            divisionId: string;
            divisionName: string;
            enrolled: number;
            /** @enum {string} */
            filingStatus: "unfiled" | "pending" | "filed" | "revoked";
            free: number;
            freeByBand: {
                infant: number;
                mixed: number;
                toddler_large: number;
                toddler_small: number;
            };
            id: string;
            /** @description The cheapest monthly price of any mode (kept for old clients; `monthlyPrices` says which mode is which) */
            minMonthlyPrice: number | null;
            modes: ("full_day" | "half_day" | "hourly" | "temporary")[];
            /** @description Monthly prices by service mode, full-day first */
            monthlyPrices: {
                /** @enum {string} */
                mode: "full_day" | "half_day" | "hourly" | "temporary";
                price: number;
            }[];
            /** @example 潞州区公办综合托育中心 */
            name: string;
            /** @enum {string} */
            ownership: "public" | "affordable" | "market";
            synthetic: boolean;
            /** @enum {string} */
            tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
        };
        FacilitySummary: {
            address: string;
            capacity: number;
            divisionId: string;
            divisionName: string;
            enrolled: number;
            /** @enum {string} */
            filingStatus: "unfiled" | "pending" | "filed" | "revoked";
            free: number;
            freeByBand: {
                infant: number;
                mixed: number;
                toddler_large: number;
                toddler_small: number;
            };
            id: string;
            location: {
                lat: number;
                lng: number;
            };
            /** @description The cheapest monthly price of any mode (kept for old clients; `monthlyPrices` says which mode is which) */
            minMonthlyPrice: number | null;
            modes: ("full_day" | "half_day" | "hourly" | "temporary")[];
            /** @description Monthly prices by service mode, full-day first */
            monthlyPrices: {
                /** @enum {string} */
                mode: "full_day" | "half_day" | "hourly" | "temporary";
                price: number;
            }[];
            /** @example 潞州区公办综合托育中心 */
            name: string;
            /** @enum {string} */
            ownership: "public" | "affordable" | "market";
            synthetic: boolean;
            /** @enum {string} */
            tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
        };
        FeeCapPolicy: {
            cappedOwnerships: ("public" | "affordable" | "market")[];
            caps: {
                band: string;
                cap: {
                    fen: number;
                    /** @example ¥500.00 */
                    formatted: string;
                };
            }[];
            effectiveFrom: string;
            id: string;
            source: string;
        };
        FieldIssue: {
            code: components["schemas"]["IssueCode"];
            /** @example classes.0.capacity */
            field: string;
            /** @description The server's English sentence; UIs translate `code` instead. */
            message: string;
            /**
             * @example {
             *       "cap": 15
             *     }
             */
            params?: {
                [key: string]: string | number | boolean | null;
            };
            /** @description Data row (1-based) of an imported file */
            row?: number;
        };
        FilingEntry: {
            /** @enum {string|null} */
            action: "submit" | "approve" | "return" | "revoke" | null;
            actor: {
                name: string | null;
                role: string;
            };
            at: string;
            filingNumber: string | null;
            /** @enum {string|null} */
            fromStatus: "unfiled" | "pending" | "filed" | "revoked" | null;
            id: number;
            note: string | null;
            /** @enum {string} */
            toStatus: "unfiled" | "pending" | "filed" | "revoked";
            /** @enum {string} */
            via: "create" | "workflow" | "edit" | "import" | "migration";
        };
        FilingPage: {
            items: components["schemas"]["FilingEntry"][];
            page: number;
            pageSize: number;
            total: number;
        };
        FilingState: {
            /** @description The steps the caller may take now */
            actions: ("submit" | "approve" | "return" | "revoke")[];
            facilityId: string;
            filingNumber: string | null;
            /** @enum {string} */
            status: "unfiled" | "pending" | "filed" | "revoked";
            version: number;
        };
        FilingStep: {
            /**
             * @description submit 提交备案 · approve 备案通过 (with filingNumber) · return 退回 (with note) · revoke 撤销 (with note)
             * @enum {string}
             */
            action: "submit" | "approve" | "return" | "revoke";
            filingNumber?: string | null;
            /** @description The reason (return, revoke) or a remark */
            note?: string | null;
            /** @description The facility version the caller saw; a stale one is 409 */
            version?: number;
        };
        Health: {
            /** @enum {string} */
            db: "up" | "down";
            ok: boolean;
            /** @example 0.1.0 */
            version: string;
        };
        Inbox: {
            items: components["schemas"]["Notice"][];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
        };
        IsochroneProperties: {
            areaM2: number;
            /** @description The facility id, or "point" for a clicked location */
            facility: string | null;
            merged: boolean;
            minutes: number;
        };
        /** @description One ring per limit: the area reachable within `minutes` (each ring contains the smaller ones) */
        Isochrones: {
            features: {
                geometry: components["schemas"]["PolygonGeometry"] | components["schemas"]["MultiPolygonGeometry"];
                id?: string | number;
                properties: components["schemas"]["IsochroneProperties"];
                /** @enum {string} */
                type: "Feature";
            }[];
            /** @enum {string} */
            type: "FeatureCollection";
        };
        /**
         * @description Machine code of a field issue; UIs translate by it. `required`: a value is required; `invalid_type`: the value has the wrong type (expected); `invalid_choice`: the value is not one of the allowed options (options); `invalid_format`: the value is not in the expected format (format); `unknown_field`: the field is not part of this request; `too_short`: the text is too short (minimum); `too_long`: the text is too long (maximum); `too_small`: the number is too small (minimum); `too_big`: the number is too large (maximum); `too_few`: the list has too few entries (minimum); `too_many`: the list has too many entries (maximum); `not_integer`: the number must be a whole number; `not_multiple_of`: the number must be a multiple of (divisor); `invalid_date`: the date must be a real calendar date, YYYY-MM-DD; `time_hhmm`: the time must be HH:MM (24-hour); `invalid_phone`: the phone number must be digits, e.g. 0355-1234567 or 13800000000; `invalid_mobile`: the mobile number must be 11 digits starting with 1; `invalid_uuid`: the id must be a UUID; `malformed_json`: the body is not valid JSON; `control_character`: the text contains a control character (index); `lone_surrogate`: the text contains a broken character (a lone UTF-16 surrogate) (index); `over_cap`: the class capacity exceeds the policy cap for its band (cap, band, policy); `family_point_over_cap`: a family point takes at most this many children in all (cap, total); `filing_number_required`: a filed facility needs its filing number; `duplicate_mode`: this service mode is listed twice (mode); `duplicate_class_name`: this class name is used twice (name); `close_before_open`: closing time must be after opening time; `below_enrolled`: the capacity is below the children enrolled (capacity, enrolled); `class_has_children`: the class still has children enrolled (enrolled); `unknown_division`: no such division (id); `not_a_county`: the division must be a county-level division (区/县) (id, level); `unknown_supervisor`: no such supervising centre (id); `wrong_supervisor_tier`: the supervising centre has the wrong tier (expected, actual); `supervisor_other_division`: the supervising county centre must be in the facility's own division (division); `no_supervisor_allowed`: the municipal centre has no supervising centre; `unknown_institution`: no such medical institution (id); `not_your_class`: the class does not belong to this facility (id); `stale_version`: the record was changed by someone else; reload (current, yours); `archived`: the record is archived; `set_by_bureau`: this field is set by the health bureau, not by the facility; `outside_your_division`: you may not write records in this division (division); `unknown_site`: the site is neither a candidate nor an existing facility of this plan (id); `not_open`: the site is not open in the base of the what-if (id); `already_open`: the site is already open (id); `unknown_candidate`: no such candidate site in your scope (id); `no_demand`: there are no children 0–3 in compounds in this scope to plan for; `no_candidates`: there are no candidate sites in this scope (upload some as GeoJSON points); `more_than_candidates`: more new sites asked for than there are candidate sites (p, candidates); `infeasible`: no plan can meet this target, or this p, with these sites; `duplicate`: the value is already used; `unknown_reference`: the referenced record does not exist; `rule_violated`: the value breaks a rule of the record (rule); `overlaps`: the period overlaps an existing one; `unknown_column`: the header names a column the registry does not have (column); `duplicate_column`: the same column appears twice in the header; `missing_column`: a required column is missing from the header; `unheaded_value`: a value stands in a column without a header (column); `spreadsheet_error`: the cell holds a spreadsheet error (#REF!, #N/A …) instead of a value; `nul_character`: the text contains a NUL character (index); `noncharacter`: the text contains a character a spreadsheet cannot hold (U+FFFE/U+FFFF) (index); `not_a_number`: the cell is not a number; `thousands_separator`: write numbers without thousands separators; `out_of_range`: the value is outside the allowed range (minimum, maximum); `unknown_value`: no such option (options); `bad_format`: the cell is not written the way the column takes it; `not_whole`: the number must be a whole number; `not_uuid`: the id must be a UUID; `incomplete_hours`: opening hours need days, open and close together; `duplicate_id`: the id is used by another row too (row); `rule`: the row breaks a childcare rule (class caps, filing number …); `not_a_feature`: each element of features must be a GeoJSON Feature; `geometry`: each facility is a Point with [lng, lat] coordinates; `unknown_property`: the feature has a property the registry does not have; `property_from_geometry`: lng and lat come from the geometry, not from properties; `duplicate_property`: the property is given twice (in two languages); `property_type`: a property must be a string or a number (flat columns, as in the CSV); `file_empty`: the file is empty; `file_too_large`: the file is too large (maximum); `too_many_rows`: the file has too many rows (maximum); `unsupported_format`: the file format is not supported (format); `bad_file`: the file cannot be read (reason); `wrong_credentials`: wrong username or password; `rate_limited`: too many attempts; try again later (retryAfterSeconds); `totp_required`: a one-time code from the authenticator app is required; `wrong_code`: the code is wrong or has expired; `weak_password`: the password is too weak (minimum); `role_binding`: this role must be bound to a facility, division or institution (role, needs); `phone_taken`: an account with this mobile number already exists; `username_taken`: this username is already used; `csrf`: the request lacks the CSRF token of the session; `invalid_username`: the username must be 3–64 characters: a–z, 0–9, and _ . @ -; `unknown_facility`: no such facility (id); `binding_not_allowed`: this role is not bound to this kind of place (role); `own_account`: you cannot do this to your own account (use your account settings); `wrong_password`: the current password is wrong; `same_password`: the new password must differ from the current one; `password_change_required`: the password was set by someone else: choose your own password first; `temporary_password_expired`: the temporary password has expired; ask for a new reset; `code_expired`: the code has expired or was replaced by a newer one; ask for a new code; `code_used_up`: the code was tried too many times; ask for a new code; `code_sent_recently`: a code was sent moments ago; wait before asking again (retryAfterSeconds); `totp_not_started`: start the authenticator set-up first; `totp_already_enabled`: the second factor is already on; `totp_not_enabled`: the second factor is not on; `filing_transition`: this filing (备案) step is not possible from the current status (from, action); `filing_note_required`: returning or revoking a filing needs the reason; `unknown_veto`: no such veto item in the assessment standard (key); `unknown_standard`: no such assessment standard (id); `assessment_incomplete`: every item must be scored before the assessment is final (missing); `assessment_final`: a final assessment cannot be changed; start a new one; `draft_exists`: the facility already has an assessment in progress (id); `date_in_future`: the date is after today; `claim_transition`: the subsidy claim is in another state now; this step is not possible from it (from, action); `invalid`: the value is not valid; `not_found`: not found; `forbidden`: not allowed; `full`: no free place left; `in_past`: the date is in the past.
         * @enum {string}
         */
        IssueCode: "required" | "invalid_type" | "invalid_choice" | "invalid_format" | "unknown_field" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "not_integer" | "not_multiple_of" | "invalid_date" | "time_hhmm" | "invalid_phone" | "invalid_mobile" | "invalid_uuid" | "malformed_json" | "control_character" | "lone_surrogate" | "over_cap" | "family_point_over_cap" | "filing_number_required" | "duplicate_mode" | "duplicate_class_name" | "close_before_open" | "below_enrolled" | "class_has_children" | "unknown_division" | "not_a_county" | "unknown_supervisor" | "wrong_supervisor_tier" | "supervisor_other_division" | "no_supervisor_allowed" | "unknown_institution" | "not_your_class" | "stale_version" | "archived" | "set_by_bureau" | "outside_your_division" | "unknown_site" | "not_open" | "already_open" | "unknown_candidate" | "no_demand" | "no_candidates" | "more_than_candidates" | "infeasible" | "duplicate" | "unknown_reference" | "rule_violated" | "overlaps" | "unknown_column" | "duplicate_column" | "missing_column" | "unheaded_value" | "spreadsheet_error" | "nul_character" | "noncharacter" | "not_a_number" | "thousands_separator" | "out_of_range" | "unknown_value" | "bad_format" | "not_whole" | "not_uuid" | "incomplete_hours" | "duplicate_id" | "rule" | "not_a_feature" | "geometry" | "unknown_property" | "property_from_geometry" | "duplicate_property" | "property_type" | "file_empty" | "file_too_large" | "too_many_rows" | "unsupported_format" | "bad_file" | "wrong_credentials" | "rate_limited" | "totp_required" | "wrong_code" | "weak_password" | "role_binding" | "phone_taken" | "username_taken" | "csrf" | "invalid_username" | "unknown_facility" | "binding_not_allowed" | "own_account" | "wrong_password" | "same_password" | "password_change_required" | "temporary_password_expired" | "code_expired" | "code_used_up" | "code_sent_recently" | "totp_not_started" | "totp_already_enabled" | "totp_not_enabled" | "filing_transition" | "filing_note_required" | "unknown_veto" | "unknown_standard" | "assessment_incomplete" | "assessment_final" | "draft_exists" | "date_in_future" | "claim_transition" | "invalid" | "not_found" | "forbidden" | "full" | "in_past";
        LineStringGeometry: {
            coordinates: number[][];
            /** @enum {string} */
            type: "LineString";
        };
        MarkedRead: {
            marked: number;
        };
        /** @description The signed-in user (null when anonymous), the CSRF token for writes, and what the caller may do. */
        Me: {
            capabilities: components["schemas"]["Capabilities"];
            csrfToken: string | null;
            user: components["schemas"]["User"] | null;
        };
        MedicalInstitution: {
            divisionId: string;
            id: string;
            /** @enum {string} */
            kind: "maternal_child_hospital" | "general_hospital" | "community_health_centre" | "township_health_centre" | "clinic";
            name: string;
        };
        MedicalInstitutionList: {
            items: components["schemas"]["MedicalInstitution"][];
        };
        MoneyPolicies: {
            feeCaps: components["schemas"]["FeeCapPolicy"][];
            inForce: {
                feeCaps: string;
                subsidy: string | null;
            };
            subsidy: components["schemas"]["SubsidyPolicy"][];
        };
        MonthlyReport: {
            asOf: string;
            childrenEnrolled: number;
            claims: number;
            division: {
                id: string;
                name: string;
            } | null;
            facilities: number;
            lines: {
                childrenEnrolled: number;
                facilities: number;
                /** @enum {string} */
                ownership: "public" | "affordable" | "market";
                places: number;
                signed: number;
                /** @enum {string} */
                tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
            }[];
            month: string;
            places: number;
            signed: number;
            signingRate: number;
            subsidyApprovedFen: number;
            subsidyPaidFen: number;
        };
        MultiPolygonGeometry: {
            coordinates: number[][][][];
            /** @enum {string} */
            type: "MultiPolygon";
        };
        NetworkNode: {
            capacity: number;
            children: components["schemas"]["NetworkNode"][];
            divisionId: string;
            id: string;
            name: string;
            /** @enum {string} */
            tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
        };
        NewAccount: {
            /** @example 李明 */
            displayName: string;
            /** @description district_official: a county-level division (区/县) */
            divisionId?: string | null;
            /** @description teacher, director: their facility */
            facilityId?: string | null;
            /** @description health_worker: their medical institution */
            medicalInstitutionId?: string | null;
            /** @description Omit it to get a temporary password (shown once, to be changed at first login) */
            password?: string;
            /**
             * @description Optional mobile number (unverified until its owner proves it)
             * @example 13800000000
             */
            phone?: string | null;
            role: components["schemas"]["Role"];
            /**
             * @description 3–64 characters: a–z, 0–9, _ . @ - (stored lower-case)
             * @example li.ming
             */
            username: string;
        };
        NewTeacher: {
            /** @example 李明 */
            displayName: string;
            /** @description Administrators name the facility; a director's teacher is always at the director's own */
            facilityId?: string;
            /**
             * @description Mainland mobile number, 11 digits
             * @example 13800000000
             */
            phone?: string | null;
            /**
             * @description 3–64 characters: a–z, 0–9, _ . @ - (stored lower-case)
             * @example li.ming
             */
            username: string;
        };
        Notice: {
            createdAt: string;
            id: string;
            /**
             * @description Values the translation interpolates
             * @example {
             *       "by": "self"
             *     }
             */
            params: {
                [key: string]: string | number | boolean | null;
            };
            readAt: string | null;
            /**
             * @description Stable name the web app translates, e.g. welcome, password_changed, second_factor_changed
             * @example password_changed
             */
            template: string;
        };
        PlanCandidateUpload: {
            features: {
                geometry: {
                    coordinates: [
                        number,
                        number
                    ];
                    /** @enum {string} */
                    type: "Point";
                };
                id?: string | number;
                properties?: ({
                    divisionId?: string;
                    name?: string;
                    places?: number;
                } & {
                    [key: string]: unknown;
                }) | null;
                /** @enum {string} */
                type: "Feature";
            }[];
            name?: string;
            /** @enum {string} */
            type: "FeatureCollection";
        } & {
            [key: string]: unknown;
        };
        PlanScenario: {
            [key: string]: unknown;
        };
        PlanScenarioInput: {
            name: string;
            /** Format: uuid */
            runId: string;
        };
        PlanSolveRequest: {
            candidates?: {
                ids?: string[];
                kinds?: ("community_room" | "kindergarten" | "uploaded" | "other")[];
            };
            /** @description plan within one county-level division (district officials: always theirs) */
            divisionId?: string;
            /**
             * @description existing facilities the model may close (each frees one new site)
             * @default 0
             */
            maxClosures: number;
            /** @default 15 */
            minutes: number;
            /**
             * @description coverage = MCLP, setcover = LSCP, median = p-median, center = p-center, capacitated = capacitated coverage
             * @default coverage
             * @enum {string}
             */
            objective: "coverage" | "setcover" | "median" | "center" | "capacitated";
            /** @description new sites to open (all models but setcover) */
            p?: number;
            /** @default 4 */
            speedKmh: number;
            /** @description setcover: share of children 0–3 to cover, (0, 1] */
            targetShare?: number;
            /** @default 10 */
            timeLimitSeconds: number;
        };
        PlanSolveResponse: {
            [key: string]: unknown;
        };
        PlanWhatIfRequest: {
            change: {
                /** @enum {string} */
                action: "open" | "close" | "move" | "places";
                places?: number;
                site: string;
                to?: string;
            };
            /** @description existing facility ids closed in the base (default: the plan’s closures) */
            closed?: string[];
            /** @description candidate ids open in the base (default: the plan’s new sites) */
            open?: string[];
            /** Format: uuid */
            runId?: string;
            /** Format: uuid */
            scenarioId?: string;
        };
        PlanWhatIfResponse: {
            [key: string]: unknown;
        };
        PointGeometry: {
            /** @description [lng, lat] (WGS-84) */
            coordinates: number[];
            /** @enum {string} */
            type: "Point";
        };
        PolygonGeometry: {
            coordinates: number[][][];
            /** @enum {string} */
            type: "Polygon";
        };
        QualityStandard: {
            /** @description The award per grade under the subsidy policy in force on the date asked */
            awards: {
                amountFen: number;
                formatted: string;
                /** @enum {string} */
                grade: "A" | "B" | "C" | "D";
            }[];
            dimensions: {
                en: string;
                items: {
                    en: string;
                    key: string;
                    maxPoints: number;
                    zh: string;
                }[];
                key: string;
                maxPoints: number;
                zh: string;
            }[];
            effectiveFrom: string;
            id: string;
            source: string;
            thresholds: {
                /** @enum {string} */
                grade: "A" | "B" | "C" | "D";
                minPoints: number;
            }[];
            totalPoints: number;
            validYears: number;
            vetoes: {
                en: string;
                key: string;
                zh: string;
            }[];
        };
        RecoveryCodes: {
            recoveryCodes: string[];
        };
        RegistryPage: {
            items: components["schemas"]["RegistryRow"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RegistryRow: {
            address: string;
            archived: boolean;
            archivedAt: string | null;
            /** @description The caller may archive or restore it */
            canArchive: boolean;
            /** @description The caller may edit it, its supervising centre included */
            canEdit: boolean;
            /** @description The caller may change its bureau-set fields (tier, ownership, filing …) */
            canRegister: boolean;
            capacity: number;
            divisionId: string;
            divisionName: string;
            filingNumber: string | null;
            /** @enum {string} */
            filingStatus: "unfiled" | "pending" | "filed" | "revoked";
            id: string;
            name: string;
            /** @enum {string} */
            ownership: "public" | "affordable" | "market";
            supervisor: {
                id: string;
                name: string;
                /** @enum {string} */
                tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
            } | null;
            /** @enum {string} */
            tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
            updatedAt: string;
            version: number;
        };
        RoadCollection: {
            features: {
                geometry: components["schemas"]["LineStringGeometry"];
                id?: string | number;
                properties: components["schemas"]["RoadProperties"];
                /** @enum {string} */
                type: "Feature";
            }[];
            synthetic?: boolean;
            /** @enum {string} */
            type: "FeatureCollection";
        };
        /** @description OSM tags of the way, as far as present */
        RoadProperties: {
            /** @description "private" marks a gated compound's inner road (小区内部道路), walkable for residents */
            access?: string;
            bridge?: string;
            highway?: string;
            name?: string;
            railway?: string;
            tunnel?: string;
            waterway?: string;
        };
        /** @enum {string} */
        Role: "guardian" | "teacher" | "director" | "health_worker" | "district_official" | "city_official" | "admin";
        /** @enum {string} */
        Scope: "none" | "aggregates" | "own_record" | "own_children" | "own_class" | "own_facility" | "signed_facilities" | "own_institution" | "own_division" | "all";
        Session: {
            capabilities: components["schemas"]["Capabilities"];
            csrfToken: string;
            user: components["schemas"]["User"];
        };
        SubsidyClaim: {
            children: number;
            computedAt: string;
            divisionId: string;
            divisionName: string;
            eligibleChildren: number;
            facilityId: string;
            facilityName: string;
            feeCapPolicyId: string;
            id: string;
            month: string;
            note: string | null;
            /** @description Some child's fee was above the affordable cap: the facility earns nothing that month */
            overCap: boolean;
            /** @enum {string} */
            state: "computed" | "confirmed" | "approved" | "returned" | "paid";
            subsidyPolicyId: string | null;
            /** @example ¥1,234.50 */
            total: string;
            /** @description The claim in fen (1/100 yuan) */
            totalFen: number;
            version: number;
        };
        SubsidyClaimAdjustment: {
            childMonthsChanged: number;
            claimId: string;
            delta: string;
            /** @description due − as computed: negative is clawed back (追回), positive owed (补发) */
            deltaFen: number;
            dueFen: number;
            /** @enum {string} */
            kind: "clawback" | "top_up" | "unchanged";
            paidFen: number;
        };
        SubsidyClaimDetail: components["schemas"]["SubsidyClaim"] & {
            /** @description The claim's children-months by (first) reason: how many and what they earn — no child named */
            breakdown: {
                amountFen: number;
                attendedDays: number;
                childMonths: number;
                placedDays: number;
                /** @enum {string} */
                reason: "no_policy" | "ownership_not_eligible" | "not_filed" | "no_working_days" | "not_placed" | "below_attendance" | "fee_over_cap" | "facility_over_cap" | "paid_elsewhere" | "eligible";
            }[];
            events: {
                action: string;
                actor: {
                    name: string | null;
                    role: string;
                };
                at: string;
                /** @enum {string|null} */
                fromState: "computed" | "confirmed" | "approved" | "returned" | "paid" | null;
                note: string | null;
                /** @enum {string} */
                toState: "computed" | "confirmed" | "approved" | "returned" | "paid";
                totalFen: number;
            }[];
        };
        SubsidyClaimLine: {
            amountFen: number;
            attendedDays: number;
            /** @enum {string} */
            band: "infant" | "toddler_small" | "toddler_large" | "mixed";
            capFen: number | null;
            childId: string;
            childName: string;
            eligible: boolean;
            monthlyFeeFen: number;
            placedDays: number;
            rateFen: number;
            reasons: ("no_policy" | "ownership_not_eligible" | "not_filed" | "no_working_days" | "not_placed" | "below_attendance" | "fee_over_cap" | "facility_over_cap" | "paid_elsewhere")[];
            workingDays: number;
        };
        SubsidyClaimLinePage: {
            items: components["schemas"]["SubsidyClaimLine"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SubsidyClaimPage: {
            items: components["schemas"]["SubsidyClaim"][];
            page: number;
            pageSize: number;
            sum: string;
            /** @description The sum of every claim matching the filter (all pages) */
            sumFen: number;
            total: number;
        };
        SubsidyClaimStep: {
            /** @enum {string} */
            action: "confirm" | "approve" | "return" | "pay";
            note?: string | null;
            version?: number;
        };
        SubsidyPolicy: {
            construction: {
                eligibleOwnerships: ("public" | "affordable" | "market")[];
                perPlace: {
                    fen: number;
                    /** @example ¥500.00 */
                    formatted: string;
                };
            };
            effectiveFrom: string;
            id: string;
            operating: {
                /** @enum {string} */
                attendanceBasis: "placed_days" | "working_days";
                capAtFee: boolean;
                eligibleOwnerships: ("public" | "affordable" | "market")[];
                independent: {
                    fen: number;
                    /** @example ¥500.00 */
                    formatted: string;
                };
                kindergartenClass: {
                    fen: number;
                    /** @example ¥500.00 */
                    formatted: string;
                };
                minAttendance: {
                    den: number;
                    num: number;
                };
                prorate: boolean;
                requireFiled: boolean;
            };
            quality: {
                award: {
                    fen: number;
                    /** @example ¥500.00 */
                    formatted: string;
                };
                /** @enum {string} */
                grade: "A" | "B" | "C" | "D";
            }[];
            source: string;
        };
        SubsidyRun: {
            computed: components["schemas"]["SubsidyClaim"][];
            /** @description Claims already confirmed or further along, left as they are */
            locked: components["schemas"]["SubsidyClaim"][];
            month: string;
        };
        SubsidyRunInput: {
            divisionId?: string;
            facilityId?: string;
            /**
             * @description A month, YYYY-MM
             * @example 2026-10
             */
            month: string;
        };
        TemporaryPassword: {
            /** @description Shown once; valid until temporaryUntil and only for choosing a new password */
            temporaryPassword: string;
            temporaryUntil: string;
        };
        /** @description Weighted distribution of nearest-facility minutes (1-minute bins up to twice the limit) */
        TimeDistribution: {
            bins: {
                from: number;
                points: number;
                /** @description null: the open last bin */
                to: number | null;
                weight: number;
            }[];
            max: number;
            mean: number;
            p50: number;
            p90: number;
            unreachableWeight: number;
        };
        TotpSetup: {
            account: string;
            issuer: string;
            /** @description Base32, for entering by hand */
            secret: string;
            /** @example otpauth://totp/CareCircle:city?issuer=CareCircle&secret=…&algorithm=SHA1&digits=6&period=30 */
            uri: string;
        };
        User: {
            displayName: string;
            divisionId: string | null;
            facilityId: string | null;
            id: string;
            medicalInstitutionId: string | null;
            /** @description The password was set by staff (a reset): the session may only choose a new one (POST /api/auth/password) */
            mustChangePassword: boolean;
            /** @enum {string} */
            role: "guardian" | "teacher" | "director" | "health_worker" | "district_official" | "city_official" | "admin";
            /** @description Whether the TOTP second factor is on */
            secondFactor: boolean;
            username: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
