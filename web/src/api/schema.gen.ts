/**
 * GENERATED from the API's OpenAPI document (npm run gen:api) — do not edit. The zod schemas in src/api are the
 * single source; src/api/contract/contract.test.ts fails when this file is stale.
 */
export type paths = {
    "/api/absences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an absence report (kept, marked cancelled) */
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
                /** @description Cancelled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The medical agreement ledger (public): who is signed with whom, from when to when, for which services */
        get: {
            parameters: {
                query?: {
                    divisionId?: string;
                    facilityId?: string;
                    institutionId?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description expiring: in force and ending within withinDays (default 60) */
                    status?: "current" | "future" | "ended" | "expiring";
                    withinDays?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of agreements */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MedicalAgreementPage"];
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
        /** Record an agreement (bureaus; district officials for their division). 409 when another agreement of the facility covers a service in the period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MedicalAgreementInput"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MedicalAgreement"];
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
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement */
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
                /** @description The agreement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MedicalAgreement"];
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
    "/api/agreements/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed document (the facility, the institution, the bureaus) */
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
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
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
        /** Attach the signed document (the body is the file: PDF, PNG or JPEG, up to 10 MB) */
        put: {
            parameters: {
                query?: {
                    fileName?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            responses: {
                /** @description Attached */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MedicalAgreement"];
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
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an agreement on a day (its last valid day); the institution's access to the facility's children ends with it */
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
                    "application/json": components["schemas"]["AgreementEnd"];
                };
            };
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MedicalAgreement"];
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
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications the caller may see (a family: its own; a director: those naming the facility, in waiting-list order with facilityId) */
        get: {
            parameters: {
                query?: {
                    childId?: string;
                    facilityId?: string;
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "placed" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of applications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationPage"];
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
        /** Apply for full-day or half-day care (guardian): up to 3 ranked facilities, checked against the child’s age at the start date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewApplication"];
                };
            };
            responses: {
                /** @description Filed, with the waiting-list positions */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
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
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its choices, positions and reasons, and offers */
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
                /** @description The application */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
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
    "/api/applications/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer a class to an application naming the director’s facility (the child within the class band at the start date; fee within the cap) */
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
                    "application/json": components["schemas"]["NewOffer"];
                };
            };
            responses: {
                /** @description Offered, open until expiresAt */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Offer"];
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
    "/api/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open application (its open offer goes on to the next family) */
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
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
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
    "/api/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bookings the caller may see (a family: its children’s; a facility: its own), of a child, facility or day */
        get: {
            parameters: {
                query?: {
                    childId?: string;
                    date?: string;
                    facilityId?: string;
                    page?: number;
                    pageSize?: number;
                    upcoming?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of bookings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookingPage"];
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
        /** Book whole hours of temporary (or hourly) care for a child (guardian); the price is fixed at booking; a full hour → 409 full */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewBooking"];
                };
            };
            responses: {
                /** @description Booked */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
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
    "/api/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One booking */
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
                /** @description The booking */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
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
        /** Cancel a booking (free until 12 hours before; later the hour is charged, by the temporary-care policy) */
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
                /** @description Cancelled, with what is charged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care-alerts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an alert or task: done (what was done) or dismissed */
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
                    "application/json": components["schemas"]["CloseAlertInput"];
                };
            };
            responses: {
                /** @description Closed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareAlert"];
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
    "/api/care/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The classes the caller records for (their own first), with today’s counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Classes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareClasses"];
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
    "/api/care/outbreaks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outbreak reports (clusters of similar cases) of the caller’s scope, the last 90 days: counts, never child names */
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
                /** @description Reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutbreakList"];
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
    "/api/care/outbreaks/{id}/reported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that an outbreak was reported to the CDC / district health bureau */
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
                    "application/json": components["schemas"]["OutbreakReportedInput"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutbreakReport"];
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
    "/api/care/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facilities within a walk of a home, by walking minutes over the street network, with free places for the age band of birthDate from startDate (public; or from a child’s home with childId) */
        get: {
            parameters: {
                query?: {
                    /** @description 普惠性 only: public and affordable facilities */
                    affordableOnly?: "true" | "false";
                    birthDate?: string;
                    /** @description Search from this child’s home and age (a guardian’s own child) */
                    childId?: string;
                    crs?: "wgs84" | "gcj02";
                    lat?: number | null;
                    lng?: number | null;
                    maxFee?: number | null;
                    minutes?: number;
                    mode?: "full_day" | "half_day" | "hourly" | "temporary";
                    startDate?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Facilities by walking minutes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareSearch"];
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
        /** Add a child (guardian): the caller becomes its guardian; the consent to the wording in force (or consentVersion, which must be that one) is recorded with version and time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewChild"];
                };
            };
            responses: {
                /** @description The child’s id and the consent recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedChild"];
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
        /** Correct a child’s record (PIPL Art. 46): names, sex, birth date, home */
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
                    "application/json": components["schemas"]["ChildPatch"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChildUpdated"];
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
    "/api/children/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Absences reported for the child (the last month and ahead) */
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
                /** @description Reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AbsenceList"];
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
        /** Report an absence ahead: sick (with symptoms) or leave; the same id again answers the stored report */
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
                    "application/json": components["schemas"]["AbsenceInput"];
                };
            };
            responses: {
                /** @description Already reported (the same id) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"];
                    };
                };
                /** @description Reported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"];
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
    "/api/children/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child’s attendance in a month: check-in/out, who dropped off and collected, absences */
        get: {
            parameters: {
                query: {
                    month: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Days */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attendance"];
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
    "/api/children/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The guardian consents recorded for a child (newest first) */
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
                /** @description Consents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentList"];
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
        /** Give consent again (after a withdrawal), to the wording in force */
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
                    "application/json": components["schemas"]["GiveConsent"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consent"];
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
    "/api/children/{id}/consents/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the caller’s consent (PIPL Art. 15): open applications are withdrawn and future bookings cancelled */
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
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentWithdrawn"];
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
    "/api/children/{id}/entry-exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child’s entry health exams (入托体检) */
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
                /** @description Exams */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryExamList"];
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
        /** Record an entry health exam: passed or not, and the date (director, or the signed medical institution) */
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
                    "application/json": components["schemas"]["NewEntryExam"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryExam"];
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
    "/api/children/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a child’s record (PIPL Art. 47); records the law requires are kept, and the answer says which and why */
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
                /** @description What was deleted and what was kept */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureReport"];
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
    "/api/children/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child's day: the entries of a date, current versions, in time order (guardians of the child, staff of its facility) */
        get: {
            parameters: {
                query?: {
                    /** @description Default: today (the city’s date) */
                    date?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareEntryList"];
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
        /**
         * Record an entry of the child's day (the teacher of the child's class, or the director)
         * @description kind is one of check_in, check_out, morning_check, noon_check, temperature, meal, water, nap_start, nap_end, diaper, activity, outdoor, note, photo. The id is made by the client: the same id sent again answers the stored entry with 200 and writes nothing. Temperatures outside 34–43 °C are refused naming temperatureC; a check-out before the check-in is 409. A temperature runs the fever rule (its assessment is stored with the entry).
         */
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
                    "application/json": components["schemas"]["CareEntryInput"];
                };
            };
            responses: {
                /** @description Already recorded (the same id): the stored entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareEntry"];
                    };
                };
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareEntry"];
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
    "/api/children/{id}/events/{entryId}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an entry: a new version marked withdrawn (parents see it as withdrawn; nothing is deleted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RetractInput"];
                };
            };
            responses: {
                /** @description Already withdrawn (the same version) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareEntry"];
                    };
                };
                /** @description Withdrawn */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareEntry"];
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
    "/api/children/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a child, for their guardian (PIPL Art. 45): record, consents, applications, offers, placements, bookings, statements, entry exams, attendance, subsidy months and who read it (a JSON download; the download is audited) */
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
                /** @description The record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChildRecordExport"];
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
    "/api/children/{id}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The child's day, live (text/event-stream): id = the entry's seq, data = the entry as JSON; Last-Event-ID replays what was missed */
        get: {
            parameters: {
                query?: {
                    /** @description Start after this seq (as Last-Event-ID does); default: today’s entries first */
                    after?: number | null;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream: `id: <seq>` and `data: <entry JSON>` per entry, `: ping` comments as heartbeats */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
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
    "/api/children/{id}/growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child's measurements over time, scored, with a plain-language reading (audited: growth_chart) */
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
                /** @description The growth */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChildGrowth"];
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
    "/api/children/{id}/health-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child's health checks, newest first (audited with the purpose) */
        get: {
            parameters: {
                query?: {
                    purpose?: "health_care" | "follow_up" | "admission" | "guardian_access";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The checks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthCheckList"];
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
        /** Record a health check of a child (health workers of a signed institution; the facility’s director): scores, flags, follow-ups */
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
                    "application/json": components["schemas"]["HealthCheckInput"];
                };
            };
            responses: {
                /** @description The same id was sent before: the stored check */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthCheck"];
                    };
                };
                /** @description Recorded, with the WHO scores and any flags (each a follow-up task) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthCheck"];
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
    "/api/children/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a photo of the child’s day (then record a photo entry with its id) or of a pickup person (?purpose=pickup_person)
         * @description The image itself (image/jpeg or image/png, at most 4 MB); Exif, XMP, IPTC and text metadata are removed before it is kept
         */
        post: {
            parameters: {
                query?: {
                    purpose?: "entry" | "pickup_person";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description The image itself (image/jpeg or image/png, at most 4 MB); Exif, XMP, IPTC and text metadata are removed before it is kept */
            requestBody: {
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Photo"];
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
                /** @description Unsupported media type */
                415: {
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
    "/api/children/{id}/pickups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may drop off and collect the child */
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
                /** @description The list */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PickupList"];
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
        /** Add a person to the pickup list (guardians; the director) */
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
                    "application/json": components["schemas"]["PickupPersonInput"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PickupPerson"];
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
    "/api/children/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child's services: attended and registered per kind, and upcoming sessions (the counts the city reports) */
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
                /** @description The counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChildServices"];
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
    "/api/classes/{id}/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A class’s day on the tablet: expected children (placements and bookings), who is in, checks, absences, carers on duty, the ratio, alerts */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The class day */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassDay"];
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
    "/api/classes/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One entry for many children of a class ("the whole class ate all of lunch"): the children present now, or those named */
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
                    "application/json": components["schemas"]["CareBulkInput"];
                };
            };
            responses: {
                /** @description Recorded (created counts the new entries; a repeat creates none) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareBulkResult"];
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
    "/api/classes/{id}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a class’s own monthly fee for a mode from a date (an affordable facility: at most the cap of the class band) */
        put: {
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
                    "application/json": components["schemas"]["ClassFeeInput"];
                };
            };
            responses: {
                /** @description Set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassFee"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today’s staff shifts of a class */
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
                /** @description Shifts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShiftList"];
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
        /** Clock in to the class (the caller); the live ratio counts the carer from now */
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
                /** @description Clocked in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffShift"];
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
    "/api/classes/{id}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff of a class as parents see them: family name and role, qualification, experience, training hours, health certificate */
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
                /** @description Profiles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeacherList"];
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
    "/api/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Residential compounds (小区) and villages by name, to set a home from a list (public place data) */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matching compounds, shortest names first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompoundList"];
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
    "/api/consent/wording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consent wording in force for a child’s record (zh-CN and English), with its version (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The wording */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentWording"];
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
    "/api/facilities/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free places of temporary care per hour of opening on a date, for a child of birthDate (public) */
        get: {
            parameters: {
                query: {
                    birthDate?: string;
                    date: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One slot per hour of opening */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Availability"];
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
    "/api/facilities/{id}/care-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts and tasks of the care rules (open ones, or all of the last 31 days) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "all";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alerts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareAlertList"];
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
    "/api/facilities/{id}/care-dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facility now: attendance, each class’s ratio, open alerts and tasks, check completeness, who is not yet collected */
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
                /** @description The dashboard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareDashboard"];
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
    "/api/facilities/{id}/care-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily-care settings: policy version, publishing of meals and naps, absence follow-up time */
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
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareSettings"];
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
        /** Change the daily-care settings (the director) */
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
                    "application/json": components["schemas"]["CareSettingsPatch"];
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CareSettings"];
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
    "/api/facilities/{id}/menu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weekly menu (每周食谱) of the week of a date (default this week) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The week */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeekMenu"];
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
        /** Replace the menu of a week (the director) */
        put: {
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
                    "application/json": components["schemas"]["WeekMenuInput"];
                };
            };
            responses: {
                /** @description The week */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeekMenu"];
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
    "/api/facilities/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue (or recompute, while unpaid) a month’s fee statements of every child placed or booked at the facility */
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
                    "application/json": components["schemas"]["IssueStatements"];
                };
            };
            responses: {
                /** @description Issued */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatementsIssued"];
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
    "/api/growth/curves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WHO reference curves for a chart: SD lines −3…+3 or centile lines 3rd–97th, over days or cm */
        get: {
            parameters: {
                query: {
                    /** @description days (age tables) or cm (weight-for-length/height) */
                    from?: number | null;
                    indicator: "wfa" | "lhfa" | "wfl" | "wfh" | "bfa" | "hcfa";
                    /** @description sd: −3…+3 SD lines; centile: 3rd, 15th, 50th, 85th, 97th */
                    kind?: "sd" | "centile";
                    sex: "M" | "F";
                    /** @description default 1 day or 0.1 cm; at most 20,000 points */
                    step?: number | null;
                    to?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One x axis and one series per line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrowthCurves"];
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
    "/api/growth/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score one child's measurements (WHO 2006: weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age, head-for-age)
         * @description Computed as WHO anthro does: age in days (or birthDate + date), the ±0.7 cm position rule, weight-for-length below 731 days and weight-for-height from 731, the restricted method beyond ±3 SD, WHO flags. A value that cannot be scored (zero or negative weight, unknown sex, age beyond the tables, a length outside the weight-for-length range) comes back `ok: false` with a reason — the answer is still 200.
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
                    "application/json": components["schemas"]["GrowthScoreRequest"];
                };
            };
            responses: {
                /** @description The five scores, each a value or a reason */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GrowthScores"];
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
    "/api/health/desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Children placed today in the facilities one looks after, with the child-health visit due, overdue or upcoming */
        get: {
            parameters: {
                query?: {
                    facilityId?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description attention: due or overdue */
                    status?: "attention" | "due" | "overdue" | "upcoming" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of children, most urgent first, and the counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthDeskPage"];
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
    "/api/health/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flags (underweight, stunting, wasting, overweight, anaemia) with their follow-up tasks, open first */
        get: {
            parameters: {
                query?: {
                    childId?: string;
                    facilityId?: string;
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "done" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of flags */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthFlagPage"];
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
    "/api/health/flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mark a follow-up done, with its outcome */
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
                    "application/json": components["schemas"]["FollowUpDone"];
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthFlag"];
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
    "/api/health/reports/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free services per placed child by division: children served and attendances per kind, in a period (default: this year) */
        get: {
            parameters: {
                query?: {
                    /** @description one county-level division (district officials: theirs) */
                    divisionId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per division */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceReport"];
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
    "/api/health/reports/signing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signing rate of medical agreements by division (target 100%) */
        get: {
            parameters: {
                query?: {
                    /** @description one county-level division (district officials: theirs) */
                    divisionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per division */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SigningReport"];
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
    "/api/health/reports/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training compliance per facility: every director ≥ 60 hours, every staff member’s health certificate valid */
        get: {
            parameters: {
                query?: {
                    /** @description one county-level division (district officials: theirs) */
                    divisionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per facility */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingReport"];
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
    "/api/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer */
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
                /** @description The offer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Offer"];
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
    "/api/offers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an offer (guardian): creates the placement and withdraws the other choices; the last place goes to one family (409 full) */
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
                /** @description Placed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfferAccepted"];
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
    "/api/offers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an offer (guardian): the place goes to the next family; the other choices keep waiting */
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
                /** @description Declined */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Offer"];
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
    "/api/offers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open offer (director); the family keeps waiting */
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
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Offer"];
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
    "/api/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo (guardians of the child, staff of the facility; staff photos: as teacher profiles) */
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
                /** @description The image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
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
    "/api/pickups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person from the pickup list (kept for the record) */
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Placements the caller may see, of a child or a facility */
        get: {
            parameters: {
                query?: {
                    childId?: string;
                    current?: "true" | "false";
                    facilityId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Placements */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlacementList"];
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
    "/api/placements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One placement, with whether it may start (the entry health exam) */
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
                /** @description The placement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Placement"];
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
    "/api/placements/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a placement after a last day (the family’s notice or the facility’s decision); the freed place is offered on */
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
                    "application/json": components["schemas"]["EndPlacement"];
                };
            };
            responses: {
                /** @description Ended (or cancelled before it began) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlacementEnded"];
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
    "/api/plan/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the candidate sites in the caller’s scope (vacant community rooms, kindergartens with space, uploads), by id */
        get: {
            parameters: {
                query?: {
                    divisionId?: string;
                    kinds?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of candidates and their total */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanCandidatePage"];
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
                /** @description The stored candidates */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanCandidateUploadResult"];
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
        /** A page of the saved planning scenarios in scope, newest first */
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
                /** @description A page of scenarios and their total */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanScenarioPage"];
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
        /** Save a run (by its runId, while it is kept) as a named scenario */
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
        /** One scenario with its request and its plan */
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
                        "application/json": components["schemas"]["PlanScenario"];
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
        /** Delete a scenario (its owner, or a city-wide planner) */
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
        /** Rename a scenario (its owner, or a city-wide planner) */
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
                    "application/json": components["schemas"]["PlanScenarioRename"];
                };
            };
            responses: {
                /** @description The scenario */
                200: {
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
                /** @description The file (Content-Disposition: attachment): format=geojson → application/geo+json, format=xlsx → an Excel workbook with the sheets summary, sites and demand */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": components["schemas"]["PlanScenarioGeoJson"];
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
         * @description Demand: children 0–3 in residential compounds and villages; supply: existing facilities (kept open; closable with maxClosures); candidates: candidate sites. Walking minutes over the street network. HiGHS exact with the time limit, heuristic with bounds otherwise; every answer reports objective, optimal, bound and status ("time_limit" when the limit was hit: the best plan found and its bound). The run is kept for 24 hours (what-ifs, saving as a scenario), on every replica.
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
        /** Open, close or move one site, or change its places, against a run or a saved scenario: the coverage change at once (no re-solve) */
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
    "/api/services/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a registration before the session starts (guardians) */
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
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceRegistration"];
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
        options?: never;
        head?: never;
        /** Take attendance (the facility, the institution) */
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
                    "application/json": components["schemas"]["ServiceAttendance"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceRegistration"];
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
    "/api/services/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service sessions the caller may see (guardians: at their children's facilities), soonest first */
        get: {
            parameters: {
                query?: {
                    facilityId?: string;
                    includePast?: "true" | "false";
                    kind?: "tcm_massage" | "development_guidance" | "parent_class";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of sessions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceSessionPage"];
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
        /** Schedule a session (directors at their facility; health workers at signed facilities). Massage sessions are for one age band */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceSessionInput"];
                };
            };
            responses: {
                /** @description Scheduled */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceSession"];
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
    "/api/services/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its places */
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
                /** @description The session */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceSession"];
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
    "/api/services/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a session */
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
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceSession"];
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
    "/api/services/sessions/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registrations of a session (the facility, the institution running it) */
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
                /** @description The roster */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceRoster"];
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
        /** Register a child for a session (guardians). 409 `full` when no place is left (decided under a lock on the session) */
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
                    "application/json": components["schemas"]["ServiceRegistrationInput"];
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceRegistration"];
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
    "/api/shifts/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clock out (one’s own shift; the director any in the facility) */
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
                /** @description Clocked out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffShift"];
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
    "/api/staff/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a staff member’s profile photo (their own; the director)
         * @description The image itself (image/jpeg or image/png, at most 4 MB); Exif, XMP, IPTC and text metadata are removed before it is kept
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description The image itself (image/jpeg or image/png, at most 4 MB); Exif, XMP, IPTC and text metadata are removed before it is kept */
            requestBody: {
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Photo"];
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
                /** @description Unsupported media type */
                415: {
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
    "/api/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fee statements the caller may see (a family: its children’s; a director: the facility’s) */
        get: {
            parameters: {
                query?: {
                    childId?: string;
                    facilityId?: string;
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Statements */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatementList"];
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
    "/api/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One monthly fee statement (the printable page reads it) */
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
                /** @description The statement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeStatement"];
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
        /** Mark a statement paid or unpaid (collecting payments is out of scope) */
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
                    "application/json": components["schemas"]["StatementPaid"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeStatement"];
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
    "/api/training/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training courses (职前 / 职后 / 安全) of the municipal centre and hospitals, current and coming */
        get: {
            parameters: {
                query?: {
                    includePast?: "true" | "false";
                    kind?: "pre_service" | "in_service" | "safety";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of courses */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCoursePage"];
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
        /** Announce a course (the municipal centre’s director, a hospital’s health worker, city officials) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingCourseInput"];
                };
            };
            responses: {
                /** @description Announced */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourse"];
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
    "/api/training/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One course */
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
                /** @description The course */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourse"];
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
    "/api/training/courses/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A course's registrations and completions (its provider) */
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
                /** @description The roster */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingRoster"];
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
        /** Register a staff member (directors: their staff; staff: themselves). 409 `full` when the course is full */
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
                    "application/json": components["schemas"]["TrainingRegistrationInput"];
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingRegistration"];
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
    "/api/training/registrations/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a completion (the provider, from the last day): a training record with the hours and the certificate */
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
                    "application/json": components["schemas"]["TrainingCompletion"];
                };
            };
            responses: {
                /** @description Completed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingRegistration"];
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
    "/api/training/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A facility's staff with training hours by kind, certificates, health certificates and compliance */
        get: {
            parameters: {
                query: {
                    facilityId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The staff */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FacilityStaffTraining"];
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
    "/api/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visiting-doctor logs the caller may see (the facility, the institution, the bureaus), newest first */
        get: {
            parameters: {
                query?: {
                    facilityId?: string;
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
                /** @description A page of visits */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DoctorVisitPage"];
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
        /** Log a visit to a facility the caller's institution was signed with that day (health workers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DoctorVisitInput"];
                };
            };
            responses: {
                /** @description Logged */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DoctorVisit"];
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
        Absence: {
            cancelled: boolean;
            childId: string;
            from: string;
            id: string;
            note: string | null;
            /** @enum {string} */
            reason: "sick" | "leave";
            reportedAt: string;
            symptoms: string[];
            to: string;
        };
        AbsenceInput: {
            /**
             * Format: date
             * @example 2026-12-02
             */
            from: string;
            /** @description Client-made; a repeat answers the stored report */
            id: string;
            note?: string;
            /** @enum {string} */
            reason: "sick" | "leave";
            symptoms?: ("fever" | "cough" | "runny_nose" | "sore_throat" | "vomiting" | "diarrhoea" | "rash" | "mouth_blisters" | "red_eyes" | "other")[];
            /**
             * Format: date
             * @example 2026-12-02
             */
            to: string;
        };
        AbsenceList: {
            absences: components["schemas"]["Absence"][];
        };
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
        AgreementEnd: {
            reason?: string | null;
            /** Format: date */
            validTo: string;
        };
        Application: {
            appliedOn: string;
            birthDate: string;
            childId: string;
            childName: string;
            choices: {
                facilityId: string;
                facilityName: string;
                placing: components["schemas"]["WaitlistPlacing"];
                rank: number;
                resident: boolean;
                /** @enum {string} */
                status: "waiting" | "offered" | "declined" | "withdrawn" | "placed";
                walkMeters: number | null;
            }[];
            createdAt: string;
            dualWorking: boolean;
            id: string;
            /** @enum {string} */
            mode: "full_day" | "half_day";
            offers: components["schemas"]["Offer"][];
            singleParent: boolean;
            startDate: string;
            /** @enum {string} */
            status: "open" | "placed" | "withdrawn";
        };
        ApplicationPage: {
            items: components["schemas"]["Application"][];
            page: number;
            pageSize: number;
            total: number;
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
        Attendance: {
            childId: string;
            days: {
                /** @enum {string|null} */
                absence: "sick" | "leave" | null;
                checkInAt: string | null;
                checkOutAt: string | null;
                collectedBy: string | null;
                day: string;
                droppedBy: string | null;
                sentHome: boolean;
            }[];
            month: string;
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
        Availability: {
            date: string;
            facilityId: string;
            /** @enum {string|null} */
            mode: "temporary" | "hourly" | null;
            price: {
                price: number;
                /** @enum {string} */
                unit: "month" | "day" | "half_day" | "hour";
            } | null;
            slots: components["schemas"]["AvailabilitySlot"][];
        };
        AvailabilitySlot: {
            end: string;
            free: number;
            start: string;
        };
        Booking: {
            /** @description What the family pays for it: the price, a late-cancellation charge, or 0 */
            charged: number;
            childId: string;
            childName: string;
            classId: string;
            createdAt: string;
            date: string;
            end: string;
            facilityId: string;
            facilityName: string;
            hours: number;
            id: string;
            /** @enum {string} */
            mode: "temporary" | "hourly";
            price: number;
            start: string;
            /** @enum {string} */
            status: "booked" | "cancelled" | "attended" | "no_show";
        };
        BookingPage: {
            items: components["schemas"]["Booking"][];
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
        CareAlert: {
            childId: string | null;
            childName: string | null;
            classId: string;
            className: string;
            closedAt: string | null;
            day: string;
            /** @description What the rule saw (by kind) */
            details: {
                carers?: number;
                cases?: number;
                firstC?: number;
                from?: string;
                goal?: number;
                lastC?: number;
                minutes?: number;
                needed?: number;
                present?: number;
                rule?: string;
                /** @enum {string} */
                syndrome?: "fever" | "respiratory" | "gastrointestinal" | "rash" | "conjunctivitis";
                temperatureC?: number;
                to?: string;
                who?: string;
            };
            dueAt: string | null;
            id: string;
            /** @enum {string} */
            kind: "fever_recheck" | "send_home" | "absence_followup" | "outbreak" | "outdoor_short" | "ratio_break" | "unauthorized_pickup" | "not_collected";
            openedAt: string;
            policyId: string;
            resolution: string | null;
            /** @enum {string} */
            status: "open" | "done" | "dismissed";
        };
        CareAlertList: {
            alerts: components["schemas"]["CareAlert"][];
        };
        CareBulkInput: {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "meal";
            /** @enum {string} */
            meal: "breakfast" | "morning_snack" | "lunch" | "afternoon_snack" | "dinner";
            note?: string;
            /** @enum {string} */
            portion: "all" | "most" | "some" | "none";
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "water";
            ml?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "nap_start";
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "nap_end";
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @enum {string} */
            domain: "nutrition" | "sleep" | "hygiene" | "motor" | "language" | "cognition" | "social_emotional";
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "activity";
            note?: string;
            title: string;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "outdoor";
            minutes: number;
            note?: string;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "note";
            text: string;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            caption?: string;
            /** @description Default: the children present now */
            childIds?: string[];
            /** @description The client-made id of the action; each child’s entry id is derived from it, so a repeat is a no-op */
            id: string;
            /** @enum {string} */
            kind: "photo";
            photoId: string;
        };
        CareBulkResult: {
            created: number;
            entries: components["schemas"]["CareEntry"][];
            existing: number;
        };
        CareClasses: {
            classes: {
                /** @enum {string} */
                band: "infant" | "toddler_small" | "toddler_large" | "mixed";
                expected: number;
                facilityId: string;
                facilityName: string;
                id: string;
                mine: boolean;
                name: string;
                present: number;
            }[];
        };
        CareDashboard: {
            alerts: components["schemas"]["CareAlert"][];
            classes: {
                absentReported: number;
                /** @enum {string} */
                band: "infant" | "toddler_small" | "toddler_large" | "mixed";
                capacity: number;
                checkedOut: number;
                expected: number;
                id: string;
                morningChecksDone: number;
                name: string;
                notArrived: number;
                present: number;
                ratio: components["schemas"]["CareRatio"];
            }[];
            closingSoon: boolean;
            date: string;
            facility: {
                closes: string | null;
                id: string;
                name: string;
                opens: string | null;
            };
            notCollected: {
                checkInAt: string;
                childId: string;
                classId: string;
                className: string;
                name: string;
            }[];
            now: string;
            totals: {
                absentReported: number;
                carers: number;
                checkedOut: number;
                expected: number;
                morningChecksDone: number;
                notArrived: number;
                present: number;
            };
        };
        CareEntry: {
            assessment?: components["schemas"]["FeverAssessment"];
            at: string;
            caption?: string;
            /** @enum {string} */
            card?: "green" | "yellow" | "red";
            childId: string;
            classId: string;
            collectedBy?: string;
            collectorDescription?: string;
            /** @description A later version of the entry (shown to parents as corrected) */
            corrected: boolean;
            day: string;
            /** @enum {string} */
            domain?: "nutrition" | "sleep" | "hygiene" | "motor" | "language" | "cognition" | "social_emotional";
            droppedBy?: string;
            id: string;
            /** @enum {string} */
            kind: "check_in" | "check_out" | "morning_check" | "noon_check" | "temperature" | "meal" | "water" | "nap_start" | "nap_end" | "diaper" | "activity" | "outdoor" | "note" | "photo";
            /** @enum {string} */
            meal?: "breakfast" | "morning_snack" | "lunch" | "afternoon_snack" | "dinner";
            medicine?: {
                dose: string;
                name: string;
                times: string;
            };
            minutes?: number;
            ml?: number;
            note?: string;
            photoId?: string;
            /** @enum {string} */
            portion?: "all" | "most" | "some" | "none";
            reason: string | null;
            recordedAt: string;
            /** @description Family name and role (王老师), never the full name */
            recordedBy: string | null;
            /** @description Withdrawn (a version that cancels the entry) */
            retracted: boolean;
            sentHome?: boolean;
            /** @description Feed order; the SSE event id */
            seq: number;
            /** @enum {string} */
            site?: "forehead" | "axillary" | "ear";
            symptoms?: ("fever" | "cough" | "runny_nose" | "sore_throat" | "vomiting" | "diarrhoea" | "rash" | "mouth_blisters" | "red_eyes" | "other")[];
            temperatureC?: number;
            text?: string;
            title?: string;
            /** @enum {string} */
            type?: "wet" | "dirty" | "dry" | "toilet";
            version: number;
        };
        CareEntryInput: {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            droppedBy?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "check_in";
            /** @description Why a correction was made */
            reason?: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            collectedBy?: string;
            collectorDescription?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "check_out";
            /** @description Why a correction was made */
            reason?: string;
            sentHome?: boolean;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @enum {string} */
            card: "green" | "yellow" | "red";
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "morning_check";
            medicine?: {
                dose: string;
                name: string;
                times: string;
            };
            note?: string;
            /** @description Why a correction was made */
            reason?: string;
            /** @enum {string} */
            site?: "forehead" | "axillary" | "ear";
            symptoms?: ("fever" | "cough" | "runny_nose" | "sore_throat" | "vomiting" | "diarrhoea" | "rash" | "mouth_blisters" | "red_eyes" | "other")[];
            temperatureC?: number;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @enum {string} */
            card: "green" | "yellow" | "red";
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "noon_check";
            medicine?: {
                dose: string;
                name: string;
                times: string;
            };
            note?: string;
            /** @description Why a correction was made */
            reason?: string;
            /** @enum {string} */
            site?: "forehead" | "axillary" | "ear";
            symptoms?: ("fever" | "cough" | "runny_nose" | "sore_throat" | "vomiting" | "diarrhoea" | "rash" | "mouth_blisters" | "red_eyes" | "other")[];
            temperatureC?: number;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "temperature";
            /** @description Why a correction was made */
            reason?: string;
            /** @enum {string} */
            site: "forehead" | "axillary" | "ear";
            temperatureC: number;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "meal";
            /** @enum {string} */
            meal: "breakfast" | "morning_snack" | "lunch" | "afternoon_snack" | "dinner";
            note?: string;
            /** @enum {string} */
            portion: "all" | "most" | "some" | "none";
            /** @description Why a correction was made */
            reason?: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "water";
            ml?: number;
            /** @description Why a correction was made */
            reason?: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "nap_start";
            /** @description Why a correction was made */
            reason?: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "nap_end";
            /** @description Why a correction was made */
            reason?: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "diaper";
            /** @description Why a correction was made */
            reason?: string;
            /** @enum {string} */
            type: "wet" | "dirty" | "dry" | "toilet";
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @enum {string} */
            domain: "nutrition" | "sleep" | "hygiene" | "motor" | "language" | "cognition" | "social_emotional";
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "activity";
            note?: string;
            /** @description Why a correction was made */
            reason?: string;
            title: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "outdoor";
            minutes: number;
            note?: string;
            /** @description Why a correction was made */
            reason?: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "note";
            /** @description Why a correction was made */
            reason?: string;
            text: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description When it happened (default: now); at most 7 days back (corrections: 31)
             * @example 2026-12-02T08:05:00+08:00
             */
            at?: string;
            caption?: string;
            /** @description Made by the client (the tablet): sending the same id again answers the stored entry (200), never a second one. A correction sends the id of the entry it corrects with the next version. */
            id: string;
            /** @enum {string} */
            kind: "photo";
            photoId: string;
            /** @description Why a correction was made */
            reason?: string;
            /** @description 1 (default) for a new entry; n + 1 corrects version n (shown to parents as corrected) */
            version?: number;
        };
        CareEntryList: {
            childId: string;
            date: string;
            events: components["schemas"]["CareEntry"][];
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
        CareRatio: {
            carers: number;
            childrenPerCarer: number;
            needed: number;
            ok: boolean;
            present: number;
        };
        CareResult: {
            address: string;
            /** @description 普惠性: public or affordable (price under the cap) */
            affordable: boolean;
            bands: ("infant" | "toddler_small" | "toddler_large" | "mixed")[];
            divisionId: string;
            facilityId: string;
            feeAfterSubsidy: number | null;
            /** @description Free full-day/half-day places for the age band of birthDate from startDate (all bands without a birth date) */
            freePlaces: number;
            hourlyPrice: {
                /** @enum {string} */
                mode: "temporary" | "hourly";
                price: number;
                /** @enum {string} */
                unit: "month" | "day" | "half_day" | "hour";
            } | null;
            location: {
                lat: number;
                lng: number;
            };
            medicalPartner: string | null;
            meters: number;
            /** @description Walking minutes over the street network */
            minutes: number;
            modes: ("full_day" | "half_day" | "hourly" | "temporary")[];
            /** @description Monthly fee of the mode (full-day unless mode=half_day) for the child’s class */
            monthlyFee: number | null;
            name: string;
            openingHours: {
                close: string;
                days: number[];
                open: string;
            } | null;
            /** @enum {string} */
            ownership: "public" | "affordable" | "market";
            staff: {
                carers: number;
                qualifications: {
                    count: number;
                    qualification: string;
                }[];
                trainingHoursAvg: number | null;
            };
            /** @enum {string} */
            tier: "municipal_centre" | "county_centre" | "community" | "family_point" | "kindergarten_class" | "employer" | "private";
        };
        CareSearch: {
            ageMonths: number | null;
            bands: ("infant" | "toddler_small" | "toddler_large" | "mixed")[] | null;
            params: {
                birthDate: string | null;
                lat: number;
                lng: number;
                minutes: number;
                /** @enum {string|null} */
                mode: "full_day" | "half_day" | "hourly" | "temporary" | null;
                speedKmh: number;
                startDate: string;
            };
            results: components["schemas"]["CareResult"][];
        };
        CareSettings: {
            absenceDeadline: string;
            facilityId: string;
            policies: string[];
            policyId: string;
            publishAt: string;
            /** @enum {string} */
            publishMealsNaps: "live" | "end_of_day";
        };
        CareSettingsPatch: {
            absenceDeadline?: string;
            policyId?: string;
            publishAt?: string;
            /** @enum {string} */
            publishMealsNaps?: "live" | "end_of_day";
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
        ChildGrowth: {
            child: {
                birthDate: string;
                givenName: string;
                id: string;
                /** @enum {string} */
                sex: "M" | "F";
            };
            reading: components["schemas"]["GrowthReading"][];
            visits: {
                checkId: string;
                date: string;
                headCm: number | null;
                lengthCm: number | null;
                /** @enum {string|null} */
                position: "l" | "h" | null;
                scores: components["schemas"]["GrowthScores"];
                weightKg: number | null;
            }[];
        };
        ChildPage: {
            items: components["schemas"]["Child"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ChildPatch: {
            /** @example 2026-12-15 */
            birthDate?: string;
            familyName?: string;
            givenName?: string;
            homeLat?: number;
            homeLng?: number;
            /** @enum {string} */
            sex?: "M" | "F";
        };
        ChildRecordExport: {
            accessLog: {
                action: string;
                at: string;
                entity: string;
                purpose: string | null;
                role: string;
            }[];
            applications: {
                appliedOn: string;
                choices: {
                    facilityName: string;
                    rank: number;
                    status: string;
                }[];
                id: string;
                mode: string;
                startDate: string;
                status: string;
            }[];
            /** @description Days attended, by month and facility (daily care) */
            attendance: {
                days: number;
                facilityName: string;
                month: string;
            }[];
            bookings: {
                charged: number;
                day: string;
                end: string;
                facilityName: string;
                id: string;
                price: number;
                start: string;
                status: string;
            }[];
            child: {
                birthDate: string;
                createdAt: string;
                familyName: string;
                givenName: string;
                homeLat: number | null;
                homeLng: number | null;
                id: string;
                sex: string;
            };
            consents: components["schemas"]["Consent"][];
            entryExams: {
                examinedOn: string;
                note: string | null;
                passed: boolean;
            }[];
            generatedAt: string;
            guardians: {
                displayName: string;
                relationship: string;
            }[];
            offers: {
                className: string;
                expiresAt: string;
                facilityName: string;
                id: string;
                monthlyFee: number;
                startDate: string;
                status: string;
            }[];
            placements: {
                className: string;
                facilityName: string;
                from: string;
                id: string;
                mode: string;
                monthlyFee: number | null;
                until: string | null;
            }[];
            statements: {
                amountDue: number;
                facilityName: string;
                id: string;
                month: string;
                paid: boolean;
            }[];
            /** @description The operating-subsidy months the child counted for at their facility (the bureaus’ claims), in fen */
            subsidyMonths: {
                amountFen: number;
                attendedDays: number;
                eligible: boolean;
                facilityName: string;
                month: string;
                reasons: string[];
            }[];
        };
        ChildServices: {
            childId: string;
            counts: {
                attended: number;
                /** @enum {string} */
                kind: "tcm_massage" | "development_guidance" | "parent_class";
                registered: number;
            }[];
            upcoming: {
                facilityName: string;
                /** @enum {string} */
                kind: "tcm_massage" | "development_guidance" | "parent_class";
                registrationId: string;
                sessionId: string;
                startsAt: string;
                title: string;
            }[];
        };
        ChildUpdated: {
            id: string;
        };
        ClassDay: {
            alerts: components["schemas"]["CareAlert"][];
            carers: {
                mine: boolean;
                shiftId: string;
                since: string;
                staffId: string;
                title: string;
            }[];
            children: {
                absence: {
                    id: string;
                    /** @enum {string} */
                    reason: "sick" | "leave";
                    symptoms: string[];
                } | null;
                birthDate: string;
                checkInAt: string | null;
                checkOutAt: string | null;
                collectedBy: string | null;
                droppedBy: string | null;
                entriesToday: number;
                familyName: string;
                givenName: string;
                id: string;
                lastTemperatureC: number | null;
                medicine: boolean;
                mode: string;
                morningCheck: {
                    card: string;
                    temperatureC: number | null;
                } | null;
                noonCheck: boolean;
                recheckDueAt: string | null;
                sentHome: boolean;
                source: string;
            }[];
            class: {
                /** @enum {string} */
                band: "infant" | "toddler_small" | "toddler_large" | "mixed";
                capacity: number;
                facilityId: string;
                facilityName: string;
                id: string;
                name: string;
            };
            closes: string | null;
            date: string;
            me: {
                shiftClassId: string | null;
                shiftId: string | null;
                staffId: string | null;
            };
            openingDay: boolean;
            opens: string | null;
            ratio: components["schemas"]["CareRatio"];
            today: boolean;
        };
        ClassFee: {
            classId: string;
            from: string;
            mode: string;
            monthlyFee: number;
        };
        ClassFeeInput: {
            /** @example 2026-12-15 */
            from: string;
            /** @enum {string} */
            mode: "full_day" | "half_day";
            monthlyFee: number;
        };
        CloseAlertInput: {
            resolution: string;
            /** @enum {string} */
            status: "done" | "dismissed";
        };
        CodeSent: {
            /** @description Demo mode only: the code itself (a real deployment sends it by SMS and never answers it) */
            demoCode?: string;
            expiresInSeconds: number;
            resendAfterSeconds: number;
        };
        CompoundList: {
            items: {
                communityName: string | null;
                divisionId: string;
                divisionName: string;
                id: string;
                kind: string;
                lat: number;
                lng: number;
                name: string;
            }[];
        };
        Consent: {
            givenAt: string;
            guardianId: string;
            id: string;
            /** @enum {string} */
            purpose: "child_record";
            withdrawnAt: string | null;
            wordingVersion: string;
        };
        ConsentList: {
            items: components["schemas"]["Consent"][];
        };
        ConsentWithdrawn: {
            applicationsWithdrawn: number;
            bookingsCancelled: number;
            consent: components["schemas"]["Consent"];
        };
        ConsentWording: {
            effectiveFrom: string;
            en: string;
            /** @enum {string} */
            purpose: "child_record";
            version: string;
            zh: string;
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
        CreatedChild: {
            consent: components["schemas"]["Consent"];
            id: string;
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
        DoctorVisit: {
            activities: ("health_check" | "growth_assessment" | "development_guidance" | "tcm_massage" | "parent_class" | "hygiene_inspection" | "staff_training" | "consultation")[];
            childrenSeen: number;
            doctorName: string;
            facility: {
                id: string;
                name: string;
            };
            id: string;
            institution: {
                id: string;
                name: string;
            };
            minutes: number | null;
            notes: string | null;
            visitedOn: string;
        };
        DoctorVisitInput: {
            /** @default [] */
            activities: ("health_check" | "growth_assessment" | "development_guidance" | "tcm_massage" | "parent_class" | "hygiene_inspection" | "staff_training" | "consultation")[];
            /** @default 0 */
            childrenSeen: number;
            facilityId: string;
            minutes?: number | null;
            notes?: string | null;
            /** Format: date */
            visitedOn: string;
        };
        DoctorVisitPage: {
            items: components["schemas"]["DoctorVisit"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Done: {
            ok: boolean;
        };
        EndPlacement: {
            /** @example 2026-12-15 */
            lastDay: string;
            /** @enum {string} */
            reason?: "family_notice" | "facility" | "age" | "other";
        };
        EntryExam: {
            childId: string;
            examinedOn: string;
            id: string;
            note: string | null;
            passed: boolean;
            recordedAt: string;
            validUntil: string;
        };
        EntryExamList: {
            items: components["schemas"]["EntryExam"][];
        };
        ErasureReport: {
            deleted: {
                count: number;
                record: string;
            }[];
            erased: boolean;
            kept: {
                count: number;
                reason: string;
                record: string;
            }[];
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
        FacilityStaffTraining: {
            asOf: string;
            compliance: components["schemas"]["TrainingCompliance"];
            facilityId: string;
            staff: {
                certificates: {
                    certificateNo: string | null;
                    expired: boolean;
                    heldOn: string;
                    /** @enum {string} */
                    kind: "pre_service" | "in_service" | "safety";
                    title: string;
                    trainingId: string;
                    validTo: string | null;
                }[];
                familyName: string;
                givenName: string;
                healthCertValidTo: string | null;
                /** @description training hours by kind, computed from the training records */
                hours: {
                    in_service: number;
                    pre_service: number;
                    safety: number;
                };
                id: string;
                issues: ("director_hours_short" | "health_cert_missing" | "health_cert_expired" | "health_cert_expiring")[];
                qualification: string;
                /** @enum {string} */
                role: "director" | "carer" | "health";
            }[];
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
        FeeStatement: {
            amountDue: number;
            attendedDays: number;
            childId: string;
            childName: string;
            facilityId: string;
            facilityName: string;
            fee: number;
            hourlyCare: number;
            id: string;
            issuedAt: string;
            /** @enum {string|null} */
            mode: "full_day" | "half_day" | null;
            month: string;
            monthlyFee: number;
            paid: boolean;
            paidAt: string | null;
            placedDays: number;
            policyId: string;
            subsidy: number;
            workingDays: number;
        };
        /** @description What the fever rule decided for a temperature (≥ 37.3 °C: recheck in 5 min; > 37.5 °C confirmed: send home) */
        FeverAssessment: {
            /** @enum {string} */
            action: "none" | "recheck" | "observe" | "send_home" | "resolved";
            fever: boolean;
            policyId: string;
            /** @description This reading answered a pending recheck */
            recheck: boolean;
            recheckDueAt: string | null;
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
        FollowUpDone: {
            outcome: string;
        };
        GiveConsent: {
            wordingVersion?: string;
        };
        GrowthCurves: {
            /** @enum {string} */
            indicator: "wfa" | "lhfa" | "wfl" | "wfh" | "bfa" | "hcfa";
            lines: {
                centile: number | null;
                /** @example sd-2 */
                key: string;
                values: number[];
                z: number;
            }[];
            measureUnit: string;
            /** @enum {string} */
            sex: "M" | "F";
            source: string;
            x: number[];
            /** @enum {string} */
            xUnit: "days" | "cm";
        };
        GrowthReading: {
            /** @enum {string} */
            band: "well_below" | "below" | "typical" | "above" | "well_above";
            centile: number;
            date: string;
            /** @enum {string} */
            indicator: "wfa" | "lhfa" | "wflh" | "bfa" | "hcfa";
            /** @enum {string|null} */
            trend: "rising" | "falling" | "steady" | null;
            z: number;
        };
        GrowthScoreRequest: {
            /** @description age in days at the measurement, or give birthDate and date */
            ageDays?: number | string | null;
            birthDate?: string;
            /** @description date of the measurement (YYYY-MM-DD) */
            date?: string;
            headCm?: number | string | null;
            /** @description length (lying) or height (standing) as measured */
            lengthCm?: number | string | null;
            oedema?: boolean | string;
            /** @description l (lying) or h (standing) */
            position?: string | null;
            /** @description 1/M (boy) or 2/F (girl); anything else is scored as unknown (each score says so) */
            sex?: string | number;
            weightKg?: number | string | null;
        };
        GrowthScores: {
            ageDays: number | null;
            bfa: components["schemas"]["Score"];
            bmi: number | null;
            c9moFlag: boolean;
            hcfa: components["schemas"]["Score"];
            /** @description length/height after the ±0.7 cm position correction */
            lengthCm: number | null;
            lhfa: components["schemas"]["Score"];
            /** @enum {string|null} */
            position: "l" | "h" | null;
            wfa: components["schemas"]["Score"];
            wflh: components["schemas"]["Score"];
            /** @enum {string|null} */
            wflhTable: "wfl" | "wfh" | null;
        };
        Health: {
            /** @enum {string} */
            db: "up" | "down";
            ok: boolean;
            /** @example 0.1.0 */
            version: string;
        };
        HealthCheck: {
            ageDays: number;
            cariesTeeth: number | null;
            childId: string;
            conclusion: string | null;
            /** @enum {string|null} */
            development: "normal" | "suspect" | "abnormal" | null;
            examinedOn: string;
            facilityId: string | null;
            flags: components["schemas"]["HealthFlag"][];
            haemoglobinGL: number | null;
            headCm: number | null;
            /** @enum {string|null} */
            hearing: "pass" | "refer" | null;
            id: string;
            /** @description scores WHO flags as implausible: measure again */
            implausible: ("wfa" | "lhfa" | "wflh" | "bfa" | "hcfa")[];
            institution: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            kind: "entry" | "periodic" | "child_health_visit";
            lengthCm: number | null;
            /** @enum {string|null} */
            oral: "healthy" | "caries" | "other" | null;
            passed: boolean | null;
            /** @enum {string|null} */
            position: "l" | "h" | null;
            recordedAt: string;
            scores: components["schemas"]["GrowthScores"];
            validUntil: string | null;
            /** @enum {string|null} */
            vision: "normal" | "abnormal" | null;
            weightKg: number | null;
        };
        HealthCheckInput: {
            cariesTeeth?: number | null;
            /** @description the doctor's conclusion */
            conclusion?: string | null;
            /**
             * @description development screening (发育筛查)
             * @enum {string|null}
             */
            development?: "normal" | "suspect" | "abnormal" | null;
            /** Format: date */
            examinedOn: string;
            /** @description haemoglobin in g/L */
            haemoglobinGL?: number | null;
            headCm?: number | null;
            /** @enum {string|null} */
            hearing?: "pass" | "refer" | null;
            /** @description made by the client (a repeat with the same id answers the stored check, 200) */
            id: string;
            /**
             * @description entry: the entry exam (入托体检); periodic: the twice-yearly check of 1–3-year-olds; child_health_visit: a 0–6 child-health visit
             * @enum {string}
             */
            kind: "entry" | "periodic" | "child_health_visit";
            /** @description as measured, with its position */
            lengthCm?: number | null;
            /** @enum {string|null} */
            oral?: "healthy" | "caries" | "other" | null;
            /** @description entry exam only: fit for admission */
            passed?: boolean | null;
            /**
             * @description l lying (卧位), h standing (立位)
             * @enum {string|null}
             */
            position?: "l" | "h" | null;
            /**
             * Format: date
             * @description entry exam only (default: three months)
             */
            validUntil?: string | null;
            /** @enum {string|null} */
            vision?: "normal" | "abnormal" | null;
            weightKg?: number | null;
        };
        HealthCheckList: {
            items: components["schemas"]["HealthCheck"][];
        };
        HealthDeskItem: {
            child: {
                birthDate: string;
                className: string;
                facilityId: string;
                facilityName: string;
                familyName: string;
                givenName: string;
                id: string;
                /** @enum {string} */
                sex: "M" | "F";
            };
            entryExam: {
                examinedOn: string;
                passed: boolean;
                validUntil: string | null;
            } | null;
            lastCheckOn: string | null;
            openFlags: number;
            visit: {
                dueOn: string;
                months: number;
                /** @enum {string} */
                status: "due" | "overdue" | "upcoming";
            } | null;
        };
        HealthDeskPage: {
            counts: {
                due: number;
                overdue: number;
                upcoming: number;
            };
            items: components["schemas"]["HealthDeskItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        HealthFlag: {
            checkId: string;
            childId: string;
            doneAt: string | null;
            /** @description the follow-up is due by */
            dueOn: string;
            id: string;
            /** @enum {string} */
            kind: "underweight" | "stunting" | "wasting" | "overweight" | "anaemia";
            outcome: string | null;
            /** @enum {string} */
            severity: "mild" | "moderate" | "severe";
            /** @description the z-score, or haemoglobin in g/L (anaemia) */
            value: number;
        };
        HealthFlagItem: {
            checkId: string;
            child: {
                birthDate: string;
                familyName: string;
                givenName: string;
                id: string;
                /** @enum {string} */
                sex: "M" | "F";
            };
            doneAt: string | null;
            dueOn: string;
            examinedOn: string;
            facility: {
                className: string;
                id: string;
                name: string;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "underweight" | "stunting" | "wasting" | "overweight" | "anaemia";
            outcome: string | null;
            overdue: boolean;
            /** @enum {string} */
            severity: "mild" | "moderate" | "severe";
            value: number;
        };
        HealthFlagPage: {
            items: components["schemas"]["HealthFlagItem"][];
            page: number;
            pageSize: number;
            total: number;
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
         * @description Machine code of a field issue; UIs translate by it. `required`: a value is required; `invalid_type`: the value has the wrong type (expected); `invalid_choice`: the value is not one of the allowed options (options); `invalid_format`: the value is not in the expected format (format); `unknown_field`: the field is not part of this request; `too_short`: the text is too short (minimum); `too_long`: the text is too long (maximum); `too_small`: the number is too small (minimum); `too_big`: the number is too large (maximum); `too_few`: the list has too few entries (minimum); `too_many`: the list has too many entries (maximum); `not_integer`: the number must be a whole number; `not_multiple_of`: the number must be a multiple of (divisor); `invalid_date`: the date must be a real calendar date, YYYY-MM-DD; `time_hhmm`: the time must be HH:MM (24-hour); `minutes_list`: walking minutes must be numbers separated by commas, e.g. 5,10,15; `minutes_range`: each walking time must be more than 0 and at most this many minutes (maximum); `invalid_phone`: the phone number must be digits, e.g. 0355-1234567 or 13800000000; `invalid_mobile`: the mobile number must be 11 digits starting with 1; `invalid_uuid`: the id must be a UUID; `malformed_json`: the body is not valid JSON; `control_character`: the text contains a control character (index); `lone_surrogate`: the text contains a broken character (a lone UTF-16 surrogate) (index); `over_cap`: the class capacity exceeds the policy cap for its band (cap, band, policy); `family_point_over_cap`: a family point takes at most this many children in all (cap, total); `filing_number_required`: a filed facility needs its filing number; `duplicate_mode`: this service mode is listed twice (mode); `duplicate_class_name`: this class name is used twice (name); `close_before_open`: closing time must be after opening time; `below_enrolled`: the capacity is below the children enrolled (capacity, enrolled); `class_has_children`: the class still has children enrolled (enrolled); `unknown_division`: no such division (id); `not_a_county`: the division must be a county-level division (区/县) (id, level); `unknown_supervisor`: no such supervising centre (id); `wrong_supervisor_tier`: the supervising centre has the wrong tier (expected, actual); `supervisor_other_division`: the supervising county centre must be in the facility's own division (division); `no_supervisor_allowed`: the municipal centre has no supervising centre; `unknown_institution`: no such medical institution (id); `not_your_class`: the class does not belong to this facility (id); `stale_version`: the record was changed by someone else; reload (current, yours); `archived`: the record is archived; `set_by_bureau`: this field is set by the health bureau, not by the facility; `outside_your_division`: you may not write records in this division (division); `unknown_site`: the site is neither a candidate nor an existing facility of this plan (id); `not_open`: the site is not open in the base of the what-if (id); `already_open`: the site is already open (id); `unknown_candidate`: no such candidate site in your scope (id); `no_demand`: there are no children 0–3 in compounds in this scope to plan for; `no_candidates`: there are no candidate sites in this scope (upload some as GeoJSON points); `more_than_candidates`: more new sites asked for than there are candidate sites (p, candidates); `infeasible`: no plan can meet this target, or this p, with these sites; `duplicate`: the value is already used; `unknown_reference`: the referenced record does not exist; `rule_violated`: the value breaks a rule of the record (rule); `overlaps`: the period overlaps an existing one; `unknown_column`: the header names a column the registry does not have (column); `duplicate_column`: the same column appears twice in the header; `missing_column`: a required column is missing from the header; `unheaded_value`: a value stands in a column without a header (column); `spreadsheet_error`: the cell holds a spreadsheet error (#REF!, #N/A …) instead of a value; `nul_character`: the text contains a NUL character (index); `noncharacter`: the text contains a character a spreadsheet cannot hold (U+FFFE/U+FFFF) (index); `not_a_number`: the cell is not a number; `thousands_separator`: write numbers without thousands separators; `out_of_range`: the value is outside the allowed range (minimum, maximum); `unknown_value`: no such option (options); `bad_format`: the cell is not written the way the column takes it; `not_whole`: the number must be a whole number; `not_uuid`: the id must be a UUID; `incomplete_hours`: opening hours need days, open and close together; `duplicate_id`: the id is used by another row too (row); `rule`: the row breaks a childcare rule (class caps, filing number …); `not_a_feature`: each element of features must be a GeoJSON Feature; `geometry`: each facility is a Point with [lng, lat] coordinates; `unknown_property`: the feature has a property the registry does not have; `property_from_geometry`: lng and lat come from the geometry, not from properties; `duplicate_property`: the property is given twice (in two languages); `property_type`: a property must be a string or a number (flat columns, as in the CSV); `file_empty`: the file is empty; `file_too_large`: the file is too large (maximum); `too_many_rows`: the file has too many rows (maximum); `unsupported_format`: the file format is not supported (format); `bad_file`: the file cannot be read (reason); `wrong_credentials`: wrong username or password; `rate_limited`: too many attempts; try again later (retryAfterSeconds); `totp_required`: a one-time code from the authenticator app is required; `wrong_code`: the code is wrong or has expired; `weak_password`: the password is too weak (minimum); `role_binding`: this role must be bound to a facility, division or institution (role, needs); `phone_taken`: an account with this mobile number already exists; `username_taken`: this username is already used; `csrf`: the request lacks the CSRF token of the session; `invalid_username`: the username must be 3–64 characters: a–z, 0–9, and _ . @ -; `unknown_facility`: no such facility (id); `binding_not_allowed`: this role is not bound to this kind of place (role); `own_account`: you cannot do this to your own account (use your account settings); `wrong_password`: the current password is wrong; `same_password`: the new password must differ from the current one; `password_change_required`: the password was set by someone else: choose your own password first; `temporary_password_expired`: the temporary password has expired; ask for a new reset; `code_expired`: the code has expired or was replaced by a newer one; ask for a new code; `code_used_up`: the code was tried too many times; ask for a new code; `code_sent_recently`: a code was sent moments ago; wait before asking again (retryAfterSeconds); `totp_not_started`: start the authenticator set-up first; `totp_already_enabled`: the second factor is already on; `totp_not_enabled`: the second factor is not on; `consent_version_unknown`: no consent wording has this version (version); `consent_version_outdated`: the wording agreed to is not the one in force; read and agree to the current one (current); `consent_required`: the guardian's consent for this child is withdrawn; give it again first; `no_home`: the child has no home location on record; `mode_not_offered`: the facility does not offer this service mode (mode); `duplicate_choice`: the same facility is chosen twice (facilityId); `no_class_for_age`: no class of the facility takes a child of this age at the start date (ageMonths); `outside_class_band`: the child's age at the start date is outside the class's band (band, ageMonths, from, to); `start_too_late`: the start date is further ahead than the policy allows (latest); `application_closed`: the application is no longer open (status); `not_a_choice`: the application does not name this facility; `offer_pending`: the application already has an open offer; `offer_closed`: the offer is no longer open (status); `offer_expired`: the offer's acceptance deadline has passed (expiresAt); `fee_over_cap`: an affordable (普惠) facility charges at most the cap for this class band (cap, band, fee, policy); `facility_closed`: the facility is closed on that day (weekday); `outside_opening_hours`: the time is outside the bookable opening hours (open, close); `not_on_the_hour`: bookings start and end on the whole hour counted from opening (open); `end_before_start`: the end must be after the start; `too_far_ahead`: the date is further ahead than the policy allows (maxDays, policy); `too_soon`: booked too close to its start (minHours, policy); `booking_started`: the booking has started (or ended) and can no longer be cancelled; `booking_cancelled`: the booking is already cancelled; `placement_active`: the child holds a current or future placement; end it first; `placement_ended`: the placement has already ended (lastDay); `statement_paid`: the statement is paid and is not recomputed; `site_required`: the measurement site is required with a temperature; `medicine_required`: a red card needs the medication form (name, dose, times); `not_placed`: the child is not placed in a class on that day (day); `not_in_class`: the child is not in this class on that day (day); `nobody_present`: no child of the class is present now; `already_checked_in`: the child is already checked in today; `already_checked_out`: the child is already checked out today; `not_checked_in`: the child was not checked in (check-out before check-in); `check_out_before_check_in`: the check-out time is before the check-in time; `check_out_first`: withdraw the check-out before the check-in; `unknown_pickup_person`: the person is not on the child’s pickup list; `unauthorized_pickup`: the person is not authorized to collect the child; the director and the guardians were told; `kind_changed`: a correction keeps the kind of the entry (kind); `in_future`: the date or time is later than now; `too_old`: the time is too long ago (days); `no_staff_profile`: your account has no staff profile at this facility; `already_clocked_in`: you are already clocked in (classId); `alert_closed`: the alert is already closed; `service_already_covered`: another agreement of the facility already covers this service in the period (service, institution, from, to); `shorten_only`: an agreement can only be ended earlier, not extended; sign a new one (validTo); `agreement_ended`: the agreement has already ended; `no_agreement_on_date`: the institution had no agreement with the facility on that day (date); `examined_before_birth`: the date is before the child was born (birthDate); `position_required`: a length or height needs its position: l (lying) or h (standing); `entry_exam_result`: an entry exam needs its result (passed); other checks have none; `not_a_pdf_or_image`: the document must be a PDF, PNG or JPEG file; `already_done`: this follow-up is already done; `age_outside_session`: the child is outside the ages of this session (age, from, to); `session_started`: the session has already started; `session_cancelled`: the session was cancelled; `already_registered`: the child is already registered for this session; `not_attending_facility`: the child does not attend the facility the session is for; `course_ended`: the course has already ended; `not_completed_yet`: the course has not ended yet; `provider_required`: a course is run by exactly one provider: a facility or a medical institution; `filing_transition`: this filing (备案) step is not possible from the current status (from, action); `filing_note_required`: returning or revoking a filing needs the reason; `unknown_veto`: no such veto item in the assessment standard (key); `unknown_standard`: no such assessment standard (id); `assessment_incomplete`: every item must be scored before the assessment is final (missing); `assessment_final`: a final assessment cannot be changed; start a new one; `draft_exists`: the facility already has an assessment in progress (id); `date_in_future`: the date is after today; `claim_transition`: the subsidy claim is in another state now; this step is not possible from it (from, action); `invalid`: the value is not valid; `not_found`: not found; `forbidden`: not allowed; `full`: no free place left; `in_past`: the date is in the past.
         * @enum {string}
         */
        IssueCode: "required" | "invalid_type" | "invalid_choice" | "invalid_format" | "unknown_field" | "too_short" | "too_long" | "too_small" | "too_big" | "too_few" | "too_many" | "not_integer" | "not_multiple_of" | "invalid_date" | "time_hhmm" | "minutes_list" | "minutes_range" | "invalid_phone" | "invalid_mobile" | "invalid_uuid" | "malformed_json" | "control_character" | "lone_surrogate" | "over_cap" | "family_point_over_cap" | "filing_number_required" | "duplicate_mode" | "duplicate_class_name" | "close_before_open" | "below_enrolled" | "class_has_children" | "unknown_division" | "not_a_county" | "unknown_supervisor" | "wrong_supervisor_tier" | "supervisor_other_division" | "no_supervisor_allowed" | "unknown_institution" | "not_your_class" | "stale_version" | "archived" | "set_by_bureau" | "outside_your_division" | "unknown_site" | "not_open" | "already_open" | "unknown_candidate" | "no_demand" | "no_candidates" | "more_than_candidates" | "infeasible" | "duplicate" | "unknown_reference" | "rule_violated" | "overlaps" | "unknown_column" | "duplicate_column" | "missing_column" | "unheaded_value" | "spreadsheet_error" | "nul_character" | "noncharacter" | "not_a_number" | "thousands_separator" | "out_of_range" | "unknown_value" | "bad_format" | "not_whole" | "not_uuid" | "incomplete_hours" | "duplicate_id" | "rule" | "not_a_feature" | "geometry" | "unknown_property" | "property_from_geometry" | "duplicate_property" | "property_type" | "file_empty" | "file_too_large" | "too_many_rows" | "unsupported_format" | "bad_file" | "wrong_credentials" | "rate_limited" | "totp_required" | "wrong_code" | "weak_password" | "role_binding" | "phone_taken" | "username_taken" | "csrf" | "invalid_username" | "unknown_facility" | "binding_not_allowed" | "own_account" | "wrong_password" | "same_password" | "password_change_required" | "temporary_password_expired" | "code_expired" | "code_used_up" | "code_sent_recently" | "totp_not_started" | "totp_already_enabled" | "totp_not_enabled" | "consent_version_unknown" | "consent_version_outdated" | "consent_required" | "no_home" | "mode_not_offered" | "duplicate_choice" | "no_class_for_age" | "outside_class_band" | "start_too_late" | "application_closed" | "not_a_choice" | "offer_pending" | "offer_closed" | "offer_expired" | "fee_over_cap" | "facility_closed" | "outside_opening_hours" | "not_on_the_hour" | "end_before_start" | "too_far_ahead" | "too_soon" | "booking_started" | "booking_cancelled" | "placement_active" | "placement_ended" | "statement_paid" | "site_required" | "medicine_required" | "not_placed" | "not_in_class" | "nobody_present" | "already_checked_in" | "already_checked_out" | "not_checked_in" | "check_out_before_check_in" | "check_out_first" | "unknown_pickup_person" | "unauthorized_pickup" | "kind_changed" | "in_future" | "too_old" | "no_staff_profile" | "already_clocked_in" | "alert_closed" | "service_already_covered" | "shorten_only" | "agreement_ended" | "no_agreement_on_date" | "examined_before_birth" | "position_required" | "entry_exam_result" | "not_a_pdf_or_image" | "already_done" | "age_outside_session" | "session_started" | "session_cancelled" | "already_registered" | "not_attending_facility" | "course_ended" | "not_completed_yet" | "provider_required" | "filing_transition" | "filing_note_required" | "unknown_veto" | "unknown_standard" | "assessment_incomplete" | "assessment_final" | "draft_exists" | "date_in_future" | "claim_transition" | "invalid" | "not_found" | "forbidden" | "full" | "in_past";
        IssueStatements: {
            /** @example 2026-11 */
            month: string;
        };
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
        MedicalAgreement: {
            daysLeft: number | null;
            document: {
                bytes: number;
                contentType: string;
                fileName: string;
                uploadedAt: string;
            } | null;
            endedReason: string | null;
            facility: {
                divisionId: string;
                id: string;
                name: string;
            };
            id: string;
            institution: {
                id: string;
                kind: string;
                name: string;
            };
            note: string | null;
            services: ("health_check" | "growth_assessment" | "development_guidance" | "tcm_massage" | "parent_class" | "visiting_doctor" | "staff_training")[];
            signedOn: string | null;
            /** @enum {string} */
            status: "current" | "future" | "ended";
            validFrom: string;
            /** @description last valid day (null: open-ended) */
            validTo: string | null;
        };
        MedicalAgreementInput: {
            facilityId: string;
            institutionId: string;
            note?: string | null;
            services: ("health_check" | "growth_assessment" | "development_guidance" | "tcm_massage" | "parent_class" | "visiting_doctor" | "staff_training")[];
            /** Format: date */
            signedOn?: string | null;
            /** Format: date */
            validFrom: string;
            /**
             * Format: date
             * @description last valid day (null: open-ended)
             * @default null
             */
            validTo: string | null;
        };
        MedicalAgreementPage: {
            items: components["schemas"]["MedicalAgreement"][];
            page: number;
            pageSize: number;
            total: number;
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
        NewApplication: {
            childId: string;
            /** @description Facility ids, first choice first (at most 3 by the admission policy) */
            choices: string[];
            dualWorking?: boolean;
            /** @enum {string} */
            mode: "full_day" | "half_day";
            singleParent?: boolean;
            /** @example 2026-12-15 */
            startDate: string;
        };
        NewBooking: {
            childId: string;
            /** @example 2026-12-15 */
            date: string;
            /** @example 09:30 */
            end: string;
            facilityId: string;
            /** @enum {string} */
            mode?: "temporary" | "hourly";
            /** @example 09:30 */
            start: string;
        };
        NewChild: {
            /** @example 2026-12-15 */
            birthDate: string;
            /** @description The consent wording the guardian agreed to (GET /api/consent/wording). Omitted: the request itself is the guardian’s consent to the wording in force, which the UI shows before sending. */
            consentVersion?: string;
            familyName: string;
            givenName: string;
            homeLat: number;
            homeLng: number;
            /** @enum {string} */
            relationship?: "mother" | "father" | "grandparent" | "other";
            /** @enum {string} */
            sex: "M" | "F";
        };
        NewEntryExam: {
            /** @example 2026-12-15 */
            examinedOn: string;
            note?: string | null;
            passed: boolean;
        };
        NewOffer: {
            classId: string;
            monthlyFee?: number;
            /** @example 2026-12-15 */
            startDate?: string;
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
        NotScored: {
            message: string;
            /** @enum {boolean} */
            ok: false;
            /**
             * @description why the value is empty
             * @enum {string}
             */
            reason: "sex_unknown" | "age_missing" | "age_invalid" | "age_out_of_range" | "weight_missing" | "weight_invalid" | "length_missing" | "length_invalid" | "position_invalid" | "head_missing" | "head_invalid" | "length_out_of_range" | "oedema";
        };
        Offer: {
            applicationId: string;
            automatic: boolean;
            band: string;
            childId: string;
            childName: string;
            classId: string;
            className: string;
            createdAt: string;
            expiresAt: string;
            facilityId: string;
            facilityName: string;
            id: string;
            /** @enum {string} */
            mode: "full_day" | "half_day";
            monthlyFee: number;
            placementId: string | null;
            startDate: string;
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "expired" | "withdrawn";
        };
        OfferAccepted: {
            offer: components["schemas"]["Offer"];
            placementId: string;
        };
        OutbreakList: {
            outbreaks: components["schemas"]["OutbreakReport"][];
        };
        OutbreakReport: {
            cases: number;
            className: string;
            divisionId: string;
            dueAt: string | null;
            facilityId: string;
            facilityName: string;
            from: string;
            id: string;
            openedAt: string;
            overdue: boolean;
            reportedAt: string | null;
            rule: string;
            status: string;
            syndrome: string;
            synthetic: boolean;
            to: string;
        };
        OutbreakReportedInput: {
            note: string;
        };
        Photo: {
            bytes: number;
            height: number | null;
            id: string;
            mime: string;
            sha256: string;
            width: number | null;
        };
        PickupList: {
            pickups: components["schemas"]["PickupPerson"][];
        };
        PickupPerson: {
            addedAt: string;
            childId: string;
            displayName: string;
            guardian: boolean;
            id: string;
            phoneTail: string | null;
            photoId: string | null;
            relationship: string;
        };
        PickupPersonInput: {
            /** @example 李奶奶 */
            displayName: string;
            /** @description Last four digits of the phone number, to confirm by phone */
            phoneTail?: string;
            photoId?: string;
            /** @enum {string} */
            relationship: "mother" | "father" | "grandmother" | "grandfather" | "relative" | "nanny" | "other";
        };
        Placement: {
            admission: {
                cleared: boolean;
                examinedOn: string | null;
                passed: boolean | null;
                /** @enum {string|null} */
                reason: "entry_exam_missing" | "entry_exam_failed" | "entry_exam_expired" | null;
            };
            band: string;
            childId: string;
            childName: string;
            classId: string;
            className: string;
            endedReason: string | null;
            facilityId: string;
            facilityName: string;
            from: string;
            id: string;
            /** @enum {string} */
            mode: "full_day" | "half_day";
            monthlyFee: number | null;
            /** @enum {string} */
            state: "upcoming" | "current" | "ended";
            until: string | null;
        };
        PlacementEnded: {
            cancelled: boolean;
            id: string;
            placement: components["schemas"]["Placement"] | null;
        };
        PlacementList: {
            items: components["schemas"]["Placement"][];
        };
        PlanCandidate: {
            divisionId: string;
            id: string;
            kind: components["schemas"]["PlanCandidateKind"];
            lat: number;
            lng: number;
            name: string;
            /** @description places (托位) if opened */
            places: number;
            /** @description provenance: derived:residential_compounds, upload:<file name>, … */
            source: string;
            synthetic: boolean;
        };
        /**
         * @description community_room = vacant community service room (社区用房), kindergarten = kindergarten with spare rooms, uploaded = uploaded point, other
         * @enum {string}
         */
        PlanCandidateKind: "community_room" | "kindergarten" | "uploaded" | "other";
        PlanCandidatePage: {
            items: components["schemas"]["PlanCandidate"][];
            page: number;
            pageSize: number;
            total: number;
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
        PlanCandidateUploadResult: {
            items: components["schemas"]["PlanCandidate"][];
        };
        PlanClosedSite: {
            divisionId: string;
            id: string;
            lat: number;
            lng: number;
            name: string;
            places: number;
        };
        PlanCoverageFigure: {
            children: number;
            covered: number;
            /** @description covered ÷ children */
            share: number;
        };
        PlanDivisionRow: {
            children: number;
            coveredAfter: number;
            coveredBefore: number;
            divisionId: string;
            name: string;
            nameEn: string | null;
            per1000After: number | null;
            /** @description places per 1,000 residents */
            per1000Before: number | null;
            placesAfter: number;
            placesBefore: number;
            population: number;
            shareAfter: number;
            shareBefore: number;
        };
        PlanExportClosedSite: {
            divisionId: string;
            id: string;
            name: string;
            places: number;
            /** @enum {string} */
            role: "closed";
        };
        PlanExportNewlyCovered: {
            children: number;
            id: string;
            name: string;
            /** @enum {string} */
            role: "newly_covered";
            site: string;
            siteName: string | null;
        };
        PlanExportNewSite: {
            divisionId: string;
            id: string;
            kind: string;
            name: string;
            newlyCovered: number;
            places: number;
            /** @enum {string} */
            role: "new";
        };
        PlanNewlyCovered: {
            children: number;
            id: string;
            lat: number;
            lng: number;
            name: string;
            siteId: string;
        };
        /**
         * @description coverage = MCLP, setcover = LSCP, median = p-median, center = p-center, capacitated = capacitated coverage
         * @enum {string}
         */
        PlanObjective: "coverage" | "setcover" | "median" | "center" | "capacitated";
        PlanProposedSite: {
            divisionId: string;
            id: string;
            kind: components["schemas"]["PlanCandidateKind"];
            lat: number;
            lng: number;
            name: string;
            /** @description children 0–3 within the limit of this site and of no site before the plan */
            newlyCovered: number;
            newlyCoveredCompounds: number;
            places: number;
        };
        PlanScenario: {
            createdAt: string;
            /** @description the plan’s division; null = the whole city */
            divisionId: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            ownerId: string;
            ownerName: string;
            request: components["schemas"]["PlanSolvedRequest"];
            result: components["schemas"]["PlanSolveResponse"];
        };
        PlanScenarioGeoJson: {
            features: {
                geometry: components["schemas"]["PointGeometry"];
                id: string;
                properties: components["schemas"]["PlanExportNewSite"] | components["schemas"]["PlanExportClosedSite"] | components["schemas"]["PlanExportNewlyCovered"];
                /** @enum {string} */
                type: "Feature";
            }[];
            name: string;
            properties: {
                coverage: {
                    after: components["schemas"]["PlanCoverageFigure"];
                    before: components["schemas"]["PlanCoverageFigure"];
                };
                request: components["schemas"]["PlanSolvedRequest"];
                scenario: string;
                solve: components["schemas"]["PlanSolveSummary"];
            };
            /** @enum {string} */
            type: "FeatureCollection";
        };
        PlanScenarioInput: {
            name: string;
            /** Format: uuid */
            runId: string;
        };
        PlanScenarioPage: {
            items: components["schemas"]["PlanScenarioSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PlanScenarioRename: {
            name: string;
        };
        PlanScenarioSummary: {
            coveredAfter: number | null;
            coveredBefore: number | null;
            createdAt: string;
            /** @description the plan’s division; null = the whole city */
            divisionId: string | null;
            /** Format: uuid */
            id: string;
            minutes: number | null;
            name: string;
            objective: components["schemas"]["PlanObjective"] | null;
            ownerId: string;
            ownerName: string;
            p: number | null;
        };
        PlanSolvedRequest: {
            candidates?: {
                ids?: string[];
                kinds?: components["schemas"]["PlanCandidateKind"][];
            };
            divisionId?: string;
            maxClosures: number;
            minutes: number;
            objective: components["schemas"]["PlanObjective"];
            p?: number;
            speedKmh: number;
            targetShare?: number;
            timeLimitSeconds: number;
        };
        PlanSolveRequest: {
            candidates?: {
                ids?: string[];
                kinds?: components["schemas"]["PlanCandidateKind"][];
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
            objective?: components["schemas"]["PlanObjective"];
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
            closed: components["schemas"]["PlanClosedSite"][];
            counts: {
                candidates: number;
                demandPoints: number;
                existing: number;
                /** @description size of the stored what-if state */
                stateBytes: number;
                unreachableChildren: number;
            };
            coverage: {
                after: components["schemas"]["PlanCoverageFigure"];
                before: components["schemas"]["PlanCoverageFigure"];
                divisions: components["schemas"]["PlanDivisionRow"][];
            };
            /**
             * @description when the run is deleted (ISO 8601, UTC)
             * @example 2026-12-02T08:00:00Z
             */
            expiresAt: string;
            newlyCovered: components["schemas"]["PlanNewlyCovered"][];
            /** @description every open site of the plan (existing kept open and new) */
            openSites: string[];
            places: {
                after: number;
                before: number;
                per1000After: number | null;
                per1000Before: number | null;
                population: number;
            };
            request: components["schemas"]["PlanSolvedRequest"];
            /**
             * Format: uuid
             * @description the run, kept until expiresAt: what-ifs and saving as a scenario name it
             */
            runId: string;
            sites: components["schemas"]["PlanProposedSite"][];
            solve: components["schemas"]["PlanSolveSummary"];
            timings: components["schemas"]["PlanTimings"];
        };
        PlanSolveSummary: {
            /** @description best proven bound on the optimum (upper for max, lower for min) */
            bound: number | null;
            boundSource: string | null;
            gap: number | null;
            message: string;
            /** @description the plan’s value: children covered, sites, total or worst walking minutes, children served */
            objective: number;
            objectiveName: components["schemas"]["PlanObjective"];
            optimal: boolean;
            seconds: number;
            /** @enum {string} */
            sense: "max" | "min";
            /** @enum {string} */
            solver: "highs" | "heuristic";
            /** @enum {string} */
            status: "optimal" | "time_limit" | "heuristic";
            timeLimitHit: boolean;
        };
        PlanTimings: {
            /** @description walking-minutes matrix */
            buildMs: number;
            /** @description reading demand, supply and candidates */
            loadMs: number;
            /** @description waiting for a solver worker */
            queueMs: number;
            /** @description the report and the what-if state */
            reportMs: number;
            solveMs: number;
            totalMs: number;
        };
        PlanWhatIfFigure: {
            covered: number;
            openSites: number;
            places: number;
            /** @description children served under an equal split of places (a feasible allocation) */
            served: number;
            share: number;
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
            after: components["schemas"]["PlanWhatIfFigure"];
            before: components["schemas"]["PlanWhatIfFigure"];
            delta: {
                covered: number;
                places: number;
                served: number;
                share: number;
            };
            /** @description time of the change on the counters */
            ms: number;
            /** @description the state had to be rebuilt from live data first (scenarios saved before states were kept) */
            rebuilt: boolean;
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
        RetractInput: {
            reason: string;
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
        Score: components["schemas"]["Scored"] | components["schemas"]["NotScored"];
        Scored: {
            /** @description WHO's implausible-value flag (e.g. weight-for-age < −6 or > 5) */
            flagged: boolean;
            /** @enum {boolean} */
            ok: true;
            percentile: number;
            /**
             * @description the WHO table used (wfl below 731 days, wfh from 731)
             * @enum {string}
             */
            table: "wfa" | "lhfa" | "wfl" | "wfh" | "bfa" | "hcfa";
            /** @description unrounded z-score */
            z: number;
            /** @description rounded to 2 decimals, as WHO anthro reports and flags it */
            zRounded: number;
        };
        ServiceAttendance: {
            attended: boolean;
        };
        ServiceRegistration: {
            attended: boolean | null;
            cancelled: boolean;
            child: {
                birthDate: string;
                familyName: string;
                givenName: string;
                id: string;
            };
            id: string;
            registeredAt: string;
            sessionId: string;
        };
        ServiceRegistrationInput: {
            childId: string;
        };
        ServiceReport: {
            from: string;
            rows: {
                byKind: {
                    attendances: number;
                    children: number;
                    /** @enum {string} */
                    kind: "tcm_massage" | "development_guidance" | "parent_class";
                    sessions: number;
                }[];
                childrenPlaced: number;
                divisionId: string;
                name: string;
            }[];
            to: string;
        };
        ServiceRoster: {
            items: components["schemas"]["ServiceRegistration"][];
        };
        ServiceSession: {
            ageFromMonths: number | null;
            ageToMonths: number | null;
            cancelled: boolean;
            capacity: number;
            description: string | null;
            endsAt: string;
            facility: {
                id: string;
                name: string;
            };
            free: number;
            id: string;
            institution: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            kind: "tcm_massage" | "development_guidance" | "parent_class";
            location: string | null;
            /** @description guardians: their children's registrations */
            mine: {
                childId: string;
                registrationId: string;
            }[];
            registered: number;
            startsAt: string;
            /** @description massage: the techniques taught at these ages (摩腹, 捏脊, …) */
            techniques: string[];
            title: string;
        };
        ServiceSessionInput: {
            ageFromMonths?: number | null;
            ageToMonths?: number | null;
            capacity: number;
            description?: string | null;
            /** Format: date-time */
            endsAt: string;
            facilityId: string;
            /** @enum {string} */
            kind: "tcm_massage" | "development_guidance" | "parent_class";
            location?: string | null;
            /** Format: date-time */
            startsAt: string;
            title: string;
        };
        ServiceSessionPage: {
            items: components["schemas"]["ServiceSession"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Session: {
            capabilities: components["schemas"]["Capabilities"];
            csrfToken: string;
            user: components["schemas"]["User"];
        };
        ShiftList: {
            shifts: components["schemas"]["StaffShift"][];
        };
        SigningReport: {
            rows: {
                divisionId: string;
                expiring: number;
                facilities: number;
                name: string;
                rate: number;
                signed: number;
            }[];
            /** @description the target signing rate (1 = 100%) */
            target: number;
        };
        StaffShift: {
            classId: string;
            id: string;
            since: string;
            staffId: string;
            until: string | null;
        };
        StatementList: {
            items: components["schemas"]["FeeStatement"][];
        };
        StatementPaid: {
            paid: boolean;
        };
        StatementsIssued: {
            issued: number;
            paidUnchanged: number;
            updated: number;
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
        TeacherList: {
            teachers: components["schemas"]["TeacherProfile"][];
        };
        TeacherProfile: {
            healthCertValid: boolean;
            healthCertValidTo: string | null;
            lead: boolean;
            photoId: string | null;
            qualification: string;
            /** @enum {string} */
            role: "director" | "carer" | "health";
            staffId: string;
            /** @description Family name and role (王老师) — never the full name or a phone number */
            title: string;
            trainingHours: {
                inService: number;
                preService: number;
                safety: number;
                total: number;
            };
            yearsOfExperience: number | null;
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
        TrainingCompletion: {
            certificateNo?: string | null;
        };
        TrainingCompliance: {
            compliant: boolean;
            directors: number;
            directorsCompliant: number;
            healthCertsExpiring: number;
            healthCertsValid: number;
            staff: number;
        };
        TrainingCourse: {
            cancelled: boolean;
            capacity: number;
            certificateValidMonths: number | null;
            endsOn: string;
            free: number;
            hours: number;
            id: string;
            /** @enum {string} */
            kind: "pre_service" | "in_service" | "safety";
            location: string | null;
            provider: {
                id: string;
                /** @enum {string} */
                kind: "facility" | "institution";
                name: string;
            };
            registered: number;
            startsOn: string;
            title: string;
        };
        TrainingCourseInput: {
            capacity: number;
            certificateValidMonths?: number | null;
            /** Format: date */
            endsOn: string;
            hours: number;
            /** @enum {string} */
            kind: "pre_service" | "in_service" | "safety";
            location?: string | null;
            /** @description default: a director's own facility */
            providerFacilityId?: string | null;
            /** @description default: a health worker's institution */
            providerInstitutionId?: string | null;
            /** Format: date */
            startsOn: string;
            title: string;
        };
        TrainingCoursePage: {
            items: components["schemas"]["TrainingCourse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TrainingRegistration: {
            completed: {
                certificateNo: string | null;
                certificateValidTo: string | null;
                heldOn: string;
                hours: number;
                trainingId: string;
            } | null;
            courseId: string;
            id: string;
            registeredAt: string;
            staff: {
                facilityId: string;
                facilityName: string;
                familyName: string;
                givenName: string;
                id: string;
                role: string;
            };
        };
        TrainingRegistrationInput: {
            staffId: string;
        };
        TrainingReport: {
            rows: (components["schemas"]["TrainingCompliance"] & {
                divisionId: string;
                facilityId: string;
                name: string;
            })[];
        };
        TrainingRoster: {
            items: components["schemas"]["TrainingRegistration"][];
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
        WaitlistPlacing: {
            /** @enum {string|null} */
            band: "infant" | "toddler_small" | "toddler_large" | "mixed" | null;
            of: number;
            policyId: string;
            position: number;
            reasons: {
                /** @enum {string} */
                criterion: "sibling_placed" | "dual_working_or_single_parent" | "resident" | "walk_minutes" | "applied_on";
                met: boolean;
                value: number | string | null;
            }[];
        } | null;
        WeekMenu: {
            facilityId: string;
            items: {
                allergens: string[];
                date: string;
                dishes: string[];
                /** @enum {string} */
                meal: "breakfast" | "morning_snack" | "lunch" | "afternoon_snack" | "dinner";
            }[];
            weekStart: string;
        };
        WeekMenuInput: {
            items: {
                /** @default [] */
                allergens: string[];
                /**
                 * Format: date
                 * @example 2026-12-02
                 */
                date: string;
                dishes: string[];
                /** @enum {string} */
                meal: "breakfast" | "morning_snack" | "lunch" | "afternoon_snack" | "dinner";
            }[];
            /**
             * Format: date
             * @example 2026-12-02
             */
            weekStart: string;
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
