// Generated from docs/openapi/notifications.yaml by `npm run web:client`; do not edit.
export interface paths {
    "/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery records, newest first (at most 200): by government, kind and the date a message was queued */
        get: operations["deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: every dependency (database, Kafka) answers */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's in-app inbox, newest first (at most 200): a government's, or ABB's own */
        get: operations["inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a message of the caller's own inbox read (again: no change) */
        post: operations["read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many messages of the caller's inbox are unread */
        get: operations["unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this service instance */
        get: operations["scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which kinds of message go over e-mail and the inbox, for a government or for ABB staff */
        get: operations["list"];
        /** Switch kinds of message on or off per channel; lagging, at-risk and overdue cannot be switched off */
        put: operations["change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The templates in force for every kind of message, with the variables each can use */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The templates in force for one kind of message */
        get: operations["getTemplate"];
        /** Change one kind's texts; in force at once (on other instances within seconds), every revision kept */
        put: operations["changeTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{kind}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message the templates in force give, filled with the example of its kind */
        get: operations["previewTemplateInForce"];
        put?: never;
        /** The message these templates would give, filled with the example of its kind; nothing is kept */
        post: operations["previewTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{kind}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return one kind to the shipped texts (kept as a revision too) */
        post: operations["resetTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{kind}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change ABB made to one kind's templates, newest first */
        get: operations["listTemplateRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ChangePreferencesDto: {
            /**
             * @description The government whose preferences to change; left out, ABB's own
             * @example 44021
             */
            governmentCode?: string;
            /**
             * @example [
             *       {
             *         "kind": "reminder",
             *         "channel": "email",
             *         "enabled": false
             *       }
             *     ]
             */
            preferences: components["schemas"]["PreferenceDto"][];
        };
        ChangeTemplateDto: {
            /**
             * @description the HTML of the e-mail; {{...}} escapes what it inserts
             * @example <p>Beste collega van {{governmentName}},</p>
             *     <p>Bij de {{periodName}} blijft uw resultaat achter.</p>
             */
            html: string;
            /**
             * @description why the text changes, kept with it
             * @example Toon de vervaldatum vooraan, op vraag van de gemeenten
             */
            reason: string;
            /**
             * @description the subject line (one line once filled)
             * @example Plan Samenleven: {{subjectIndicators}} {{#if severalIndicators}}blijven{{else}}blijft{{/if}} achter op schema
             */
            subject: string;
            /**
             * @description the plain text of the e-mail and the inbox
             * @example Beste collega van {{governmentName}},
             *
             *     Bij de {{periodName}} blijft uw resultaat achter.
             */
            text: string;
        };
        DeliveryResponse: {
            /** @example 1 */
            attempts: number;
            /**
             * Format: uuid
             * @description the event that caused the message
             * @example 9b2f6c1e-3f57-4e0e-9a5c-4f1c3b9d2a11
             */
            causeEventId: string;
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "inbox";
            /**
             * Format: date-time
             * @example 2026-12-03T09:30:00.800Z
             */
            createdAt: string;
            /**
             * @description why the last try failed; null before any failure and once sent
             * @example null
             */
            failureReason: string | null;
            /**
             * @description null for ABB's daily digest
             * @example 44021
             */
            governmentCode: string | null;
            /**
             * Format: uuid
             * @example 1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8
             */
            id: string;
            /**
             * @example lagging
             * @enum {string}
             */
            kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            /** @example samenleven@gent.example */
            recipient: string;
            /**
             * Format: date-time
             * @example 2026-12-03T09:30:01.020Z
             */
            sentAt: string | null;
            /**
             * @example sent
             * @enum {string}
             */
            status: "queued" | "sending" | "sent" | "failed";
            /** @example Plan Samenleven: A05 blijft achter op schema */
            subject: string;
        };
        InboxItemResponse: {
            /** @example Beste collega van Stad Gent, ... */
            body: string;
            /**
             * Format: date-time
             * @example 2026-12-03T09:30:00.800Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8
             */
            id: string;
            /**
             * @example lagging
             * @enum {string}
             */
            kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            /**
             * Format: date-time
             * @description null while unread
             * @example null
             */
            readAt: string | null;
            /** @example Plan Samenleven: A05 blijft achter op schema */
            subject: string;
        };
        PreferenceDto: {
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "inbox";
            /** @example false */
            enabled: boolean;
            /**
             * @example reminder
             * @enum {string}
             */
            kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
        };
        PreferenceResponse: {
            /**
             * @example email
             * @enum {string}
             */
            channel: "email" | "inbox";
            /**
             * @description lagging, at-risk and overdue are always sent
             * @example false
             */
            critical: boolean;
            /** @example true */
            enabled: boolean;
            /**
             * @example reminder
             * @enum {string}
             */
            kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
        };
        /** @description RFC 9457 problem details; `message` repeats `detail` for clients of the earlier format. */
        Problem: {
            /** @example results[0].achieved: achieved must not be less than 0 */
            detail: string;
            /** @example results[0].achieved: achieved must not be less than 0 */
            message?: string;
            /** @description each invalid field, named as in the request (400 only) */
            problems?: {
                /** @example results[0].achieved */
                field: string;
                problem: string;
            }[];
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example about:blank */
            type: string;
        };
        RenderedNoticeResponse: {
            /**
             * @example <p>Beste collega van Stad Gent,</p>
             *     <p>Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat achter.</p>
             */
            html: string;
            /** @example Plan Samenleven: A05 blijft achter op schema */
            subject: string;
            /**
             * @example Beste collega van Stad Gent,
             *
             *     Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat achter.
             */
            text: string;
        };
        ResetTemplateDto: {
            /**
             * @description why the kind returns to the shipped text
             * @example Terug naar de standaardtekst
             */
            reason: string;
        };
        TemplateChangedResponse: {
            /** @description the message filled with the example of its kind */
            preview: components["schemas"]["RenderedNoticeResponse"];
            template: components["schemas"]["TemplateResponse"];
        };
        TemplatePartsDto: {
            /**
             * @description the HTML of the e-mail; {{...}} escapes what it inserts
             * @example <p>Beste collega van {{governmentName}},</p>
             *     <p>Bij de {{periodName}} blijft uw resultaat achter.</p>
             */
            html: string;
            /**
             * @description the subject line (one line once filled)
             * @example Plan Samenleven: {{subjectIndicators}} {{#if severalIndicators}}blijven{{else}}blijft{{/if}} achter op schema
             */
            subject: string;
            /**
             * @description the plain text of the e-mail and the inbox
             * @example Beste collega van {{governmentName}},
             *
             *     Bij de {{periodName}} blijft uw resultaat achter.
             */
            text: string;
        };
        TemplateResponse: {
            /**
             * @example government
             * @enum {string}
             */
            audience: "government" | "abb";
            /**
             * @description false: the shipped files are in force
             * @example true
             */
            edited: boolean;
            /**
             * @example <p>Beste collega van {{governmentName}},</p>
             *     <p>Bij de {{periodName}} blijft uw resultaat achter.</p>
             */
            html: string;
            /**
             * @example lagging
             * @enum {string}
             */
            kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            /**
             * @description ABB's latest revision of this kind (0: never changed)
             * @example 2
             */
            revision: number;
            /** @example Plan Samenleven: {{subjectIndicators}} {{#if severalIndicators}}blijven{{else}}blijft{{/if}} achter op schema */
            subject: string;
            /**
             * @example Beste collega van {{governmentName}},
             *
             *     Bij de {{periodName}} blijft uw resultaat achter.
             */
            text: string;
            /**
             * @example [
             *       "governmentName",
             *       "lagging",
             *       "periodName",
             *       "subjectIndicators"
             *     ]
             */
            variables: string[];
        };
        TemplateRevisionResponse: {
            /** @example 2023-04-12T08:30:00.000Z */
            changedAt: string;
            /** @example abb-user-17 */
            changedBy: string;
            /**
             * @example lagging
             * @enum {string}
             */
            kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            /** @example Toon de vervaldatum vooraan, op vraag van de gemeenten */
            reason: string;
            /** @example 2 */
            revision: number;
            /** @description null: returned to the shipped files */
            templates: components["schemas"]["TemplatePartsDto"] | null;
        };
        UnreadCountResponse: {
            /** @example 2 */
            unread: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    deliveries: {
        parameters: {
            query?: {
                /** @description queued at or after (a date is its midnight UTC) */
                from?: string;
                governmentCode?: string;
                kind?: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
                /** @description queued before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"][];
                };
            };
            /** @description a malformed governmentCode, an unknown kind, or a date that is not ISO 8601 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description { "status": "ok" } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description { "status": "ready", "checks": { "<name>": { "ok": true } } } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a problem document with { "status": 503, "checks": { "<name>": { "ok": false, "error": "..." } } } */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inbox: {
        parameters: {
            query?: {
                /** @description The government whose inbox to read (one the caller acts for); left out, ABB reads ABB's own inbox */
                governmentCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemResponse"][];
                };
            };
            /** @description a malformed governmentCode, or ABB naming a government */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government the caller does not act for, or none named by a government officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    read: {
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
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemResponse"];
                };
            };
            /** @description an id that is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such message in the caller's inbox (a message of another inbox is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unreadCount: {
        parameters: {
            query?: {
                /** @description The government whose inbox to read (one the caller acts for); left out, ABB reads ABB's own inbox */
                governmentCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountResponse"];
                };
            };
            /** @description a malformed governmentCode, or ABB naming a government */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government the caller does not act for, or none named by a government officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list: {
        parameters: {
            query?: {
                /** @description The government whose preferences to read; left out, ABB's own */
                governmentCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceResponse"][];
                };
            };
            /** @description a malformed governmentCode */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government the caller does not act for, or none named by a government officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePreferencesDto"];
            };
        };
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceResponse"][];
                };
            };
            /** @description a critical kind switched off, a kind the recipient does not receive, the same kind and channel twice, ABB naming a government */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government the caller does not act for, or none named by a government officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateResponse"][];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateResponse"];
                };
            };
            /** @description no such kind of message */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeTemplateDto"];
            };
        };
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateChangedResponse"];
                };
            };
            /** @description a template that does not compile, names a variable its kind does not have, or inserts unescaped HTML */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such kind of message */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewTemplateInForce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedNoticeResponse"];
                };
            };
            /** @description no such kind of message */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplatePartsDto"];
            };
        };
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedNoticeResponse"];
                };
            };
            /** @description a template that does not compile, names a variable its kind does not have, or inserts unescaped HTML */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such kind of message */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetTemplateDto"];
            };
        };
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateChangedResponse"];
                };
            };
            /** @description no reason given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such kind of message */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTemplateRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "lagging" | "at-risk" | "reminder" | "overdue" | "report-accepted" | "report-changes-requested" | "abb-digest" | "subsidy-awarded" | "payment-released" | "cofinancing-shortfall" | "recovery-proposed" | "recovery-confirmed" | "network-invitation" | "session-planned" | "session-changed" | "session-cancelled" | "attendance-confirmed" | "network-behind";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description refused: 400 names each invalid field (also JSON nested over 32 levels, field names of Object.prototype members, strings that are not well-formed Unicode), 413 a body over 102400 bytes, 401/403 the token */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an unexpected error; it is logged, and the problem document reveals nothing internal */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRevisionResponse"][];
                };
            };
            /** @description no such kind of message */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database cannot be reached right now; nothing was changed */
            503: {
                headers: {
                    /** @description seconds to wait, 5 */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
