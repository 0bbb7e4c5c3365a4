// Generated from docs/openapi/mentorships.yaml by `npm run web:client`; do not edit.
export interface paths {
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
    "/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The learning networks opened by granted mentorships (ABB: all; a mentor: its own; a government: those it is invited to or in) */
        get: operations["networks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's page: each member's target, realised value and status on the action, sessions attended, and who caught up */
        get: operations["page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a government into the network (announced as member-invited; the government gets an e-mail) */
        post: operations["invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/invitations/{governmentCode}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The invited government accepts: it becomes a member (network-members-changed) */
        post: operations["accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/invitations/{governmentCode}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The invited government declines the invitation */
        post: operations["decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A network's invited, current and former members with their state (a government: of a network it is invited to or in) */
        get: operations["members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/members/{governmentCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ABB adds a government as a member (no invitation needed; network-members-changed) */
        put: operations["add"];
        post?: never;
        /** A member leaves the network (government) or is removed (ABB) (network-members-changed) */
        delete: operations["leaveOrRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mentor users ABB assigned to the network (each one's token lists it) */
        get: operations["mentors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/mentors/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** ABB assigns a mentor user to the network; the IdP then lists the network in its token (SamenlevenMentor) */
        put: operations["assign"];
        post?: never;
        /** ABB ends a mentor user's assignment to the network */
        delete: operations["unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A network's sessions (a member sees its own registrations and no attendance code) */
        get: operations["sessions"];
        put?: never;
        /** Plan a session; the members get an e-mail with a calendar invitation (.ics) */
        post: operations["plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a session (the whole plan); the members get the updated calendar invitation */
        put: operations["update"];
        post?: never;
        /** Cancel a session; the members get a calendar cancellation */
        delete: operations["cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/sessions/{sessionId}/attendance-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A participant enters the session's attendance code, valid only while the session runs */
        post: operations["attendedByCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/sessions/{sessionId}/attendance/{governmentCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The mentor records a member's attendance (once; the member gets a confirmation) */
        put: operations["attendedByMentor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/sessions/{sessionId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member registers for a session, up to its capacity */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/sessions/{sessionId}/registrations/{governmentCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** A member withdraws its registration for a session that has not started, freeing its place */
        delete: operations["withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose what members see of each other's progress: names-only, names-and-statuses (default) or figures */
        put: operations["sharing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{networkId}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom to invite: governments with targets on the action that year, lagging or at risk first, then the rest */
        get: operations["suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's latest reported progress per indicator and period */
        get: operations["progress"];
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
        AssignMentorDto: {
            /**
             * @description the mentor user's name, for ABB's overview
             * @example An Peeters
             */
            name?: string;
        };
        AttendanceCodeDto: {
            /**
             * @description the code the mentor shows during the session
             * @example K7M2QX
             */
            code: string;
            /**
             * @description the member that attends
             * @example 44021
             */
            governmentCode: string;
        };
        CatchUpResponse: {
            /** @example true */
            caughtUp: boolean;
            /**
             * Format: date-time
             * @example 2023-10-12T09:00:00.000Z
             */
            caughtUpAt: string | null;
            /** @example 44021 */
            governmentCode: string;
            /**
             * @example lagging
             * @enum {string}
             */
            statusAtJoin: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved";
            /**
             * @example on-track
             * @enum {string|null}
             */
            statusNow: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved" | null;
        };
        ChangeSharingDto: {
            /**
             * @description what members see of each other (default names-and-statuses)
             * @example figures
             * @enum {string}
             */
            sharing: "names-only" | "names-and-statuses" | "figures";
        };
        IndicatorProgressResponse: {
            /** @example A22 */
            indicatorCode: string;
            /**
             * @description latest running total of the year
             * @example 4
             */
            realised: number | null;
            /**
             * @example lagging
             * @enum {string|null}
             */
            status: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved" | null;
            /** @example 12 */
            target: number | null;
        };
        InviteMemberDto: {
            /**
             * @description the government to invite (NIS code, VGC, DE-RAND or GROUP-<NAME>)
             * @example 44021
             */
            governmentCode: string;
        };
        LearningNetworkResponse: {
            /** @example 5 */
            actionNumber: number;
            /**
             * @description the mentorship stimulus, EUR 10,000
             * @example 1000000
             */
            amountCents: number;
            /**
             * @description the application whose decision granted it
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            applicationId: string;
            /**
             * @description network-<mentor>-A<action>-PJ<project year>
             * @example network-44021-A05-PJ1
             */
            id: string;
            /**
             * @description the mentor government, which runs the network
             * @example 44021
             */
            mentorCode: string;
            /** Format: date-time */
            openedAt: string;
            /** @example 1 */
            projectYear: number;
            /**
             * @description what members see of each other
             * @example names-and-statuses
             * @enum {string}
             */
            sharing: "names-only" | "names-and-statuses" | "figures";
        };
        MemberProgressResponse: {
            /** @example 44021 */
            governmentCode: string;
            indicators?: components["schemas"]["IndicatorProgressResponse"][];
            /**
             * Format: date-time
             * @example 2023-01-24T14:00:00.000Z
             */
            joinedAt: string | null;
            /** @example 2 */
            sessionsAttended?: number;
            /**
             * @description on the network's action
             * @example lagging
             * @enum {string|null}
             */
            status?: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved" | null;
            /**
             * @description what this viewer may see of the member
             * @example figures
             * @enum {string}
             */
            visibility: "name" | "status" | "figures";
        };
        MembershipResponse: {
            /**
             * Format: date-time
             * @description joined lagging or at risk, on course since
             * @example null
             */
            caughtUpAt: string | null;
            /**
             * Format: date-time
             * @description declined, left or removed at
             * @example null
             */
            endedAt: string | null;
            /** @example 44021 */
            governmentCode: string;
            /**
             * Format: date-time
             * @example 2023-01-20T09:00:00.000Z
             */
            invitedAt: string | null;
            /**
             * Format: date-time
             * @example 2023-01-24T14:00:00.000Z
             */
            joinedAt: string | null;
            /** @example network-12025-A22-PJ1 */
            networkId: string;
            /**
             * @example member
             * @enum {string}
             */
            state: "invited" | "member" | "declined" | "left" | "removed";
            /**
             * @description its status on the network's action when it joined
             * @example lagging
             * @enum {string|null}
             */
            statusAtJoin: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved" | null;
        };
        MentorAssignmentResponse: {
            /**
             * Format: date-time
             * @example 2023-01-17T09:00:00.000Z
             */
            assignedAt: string;
            /** @example An Peeters */
            name: string | null;
            /** @example network-12025-A22-PJ1 */
            networkId: string;
            /**
             * @description the user's subject at the IdP
             * @example mentor-mechelen-1
             */
            subject: string;
        };
        NetworkPageResponse: {
            /** @description members that joined lagging or at risk */
            catchUp: components["schemas"]["CatchUpResponse"][];
            members: components["schemas"]["MemberProgressResponse"][];
            network: components["schemas"]["LearningNetworkResponse"];
        };
        PlanSessionDto: {
            /** @example Welkom, rondgang op het plein, uitwisseling */
            agenda?: string;
            /**
             * @description places; not below the registrations already made
             * @example 20
             */
            capacity: number;
            /**
             * Format: date-time
             * @description after startsAt
             * @example 2023-03-02T16:00:00.000Z
             */
            endsAt: string;
            /**
             * @example [
             *       "https://example.org/pleinmakers/presentatie.pdf"
             *     ]
             */
            materials?: string[];
            /** @example https://meet.example.org/pleinmakers */
            onlineLink?: string | null;
            /**
             * @description or onlineLink, or both
             * @example Stadhuis Mechelen, Grote Markt 21
             */
            place?: string | null;
            /**
             * Format: date-time
             * @example 2023-03-02T13:00:00.000Z
             */
            startsAt: string;
            /** @example publieke ruimte */
            theme?: string;
            /** @example Pleinen die verbinden */
            title: string;
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
        ProgressResponse: {
            /**
             * @description null: a deliberate nil report
             * @example 600
             */
            achieved: number | null;
            /** @example 44021 */
            governmentCode: string;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description For now the network of the indicator's action
             * @example network-A05
             */
            networkId: string;
            /** @example PJ1-INTERIM */
            periodCode: string;
            /** @example 1 */
            projectYear: number;
            /** Format: date-time */
            recordedAt: string;
            /** @example 1 */
            reportVersion: number;
        };
        RegistrationDto: {
            /**
             * @description the member that registers
             * @example 44021
             */
            governmentCode: string;
        };
        RegistrationResponse: {
            /**
             * @example code
             * @enum {string|null}
             */
            attendanceRecordedBy: "mentor" | "code" | null;
            /**
             * Format: date-time
             * @example 2023-03-02T13:20:00.000Z
             */
            attendedAt: string | null;
            /** @example 44021 */
            governmentCode: string;
            /**
             * Format: date-time
             * @description null: walked in
             * @example 2023-02-10T11:00:00.000Z
             */
            registeredAt: string | null;
        };
        SessionResponse: {
            /** @example Welkom, rondgang op het plein, uitwisseling */
            agenda: string;
            /**
             * @description the mentor and ABB only
             * @example K7M2QX
             */
            attendanceCode?: string;
            /** @example 20 */
            capacity: number;
            /**
             * Format: date-time
             * @example 2023-03-02T16:00:00.000Z
             */
            endsAt: string;
            /** @example 5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d */
            id: string;
            /**
             * @example [
             *       "https://example.org/pleinmakers/presentatie.pdf"
             *     ]
             */
            materials: string[];
            /** @example network-12025-A22-PJ1 */
            networkId: string;
            /** @example null */
            onlineLink: string | null;
            /** @example Stadhuis Mechelen, Grote Markt 21 */
            place: string | null;
            /**
             * @description places taken
             * @example 12
             */
            registered: number;
            /** @description the mentor and ABB: all; a member: its own */
            registrations: components["schemas"]["RegistrationResponse"][];
            /**
             * @description iCalendar SEQUENCE, one more with every change
             * @example 0
             */
            sequence: number;
            /**
             * Format: date-time
             * @example 2023-03-02T13:00:00.000Z
             */
            startsAt: string;
            /**
             * @example planned
             * @enum {string}
             */
            state: "planned" | "cancelled";
            /** @example publieke ruimte */
            theme: string;
            /** @example Pleinen die verbinden */
            title: string;
        };
        SharingResponse: {
            /** @example network-12025-A22-PJ1 */
            networkId: string;
            /**
             * @example figures
             * @enum {string}
             */
            sharing: "names-only" | "names-and-statuses" | "figures";
        };
        SuggestionResponse: {
            /** @example 44021 */
            governmentCode: string;
            /**
             * @description lagging or at risk: listed first
             * @example true
             */
            priority: boolean;
            /**
             * @description status on the network's action (worst indicator)
             * @example lagging
             * @enum {string|null}
             */
            status: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved" | null;
        };
        WithdrawalResponse: {
            /** @example 20 */
            capacity: number;
            /** @example 44021 */
            governmentCode: string;
            /** @example network-12025-A22-PJ1 */
            networkId: string;
            /**
             * @description places taken after the withdrawal
             * @example 11
             */
            registered: number;
            /**
             * Format: date-time
             * @description when it had registered
             * @example 2023-02-10T11:00:00.000Z
             */
            registeredAt: string;
            /** @example 5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d */
            sessionId: string;
            /**
             * Format: date-time
             * @description programme time
             * @example 2023-02-20T16:45:00.000Z
             */
            withdrawnAt: string;
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
    networks: {
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
                    "application/json": components["schemas"]["LearningNetworkResponse"][];
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
    page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
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
                    "application/json": components["schemas"]["NetworkPageResponse"];
                };
            };
            /** @description a mentor of another network, or a government not invited to or in this one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description network-<mentor>-A<action>-PJ<project year> */
                networkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipResponse"];
                };
            };
            /** @description governmentCode malformed, or the mentor itself */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the government is already invited or a member */
            409: {
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
    accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                /** @description network-<mentor>-A<action>-PJ<project year> */
                networkId: string;
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
                    "application/json": components["schemas"]["MembershipResponse"];
                };
            };
            /** @description a token for another government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id, or no open invitation for the government */
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
    decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                /** @description network-<mentor>-A<action>-PJ<project year> */
                networkId: string;
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
                    "application/json": components["schemas"]["MembershipResponse"];
                };
            };
            /** @description a token for another government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id, or no open invitation for the government */
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
    members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description network-<mentor>-A<action>-PJ<project year> */
                networkId: string;
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
                    "application/json": components["schemas"]["MembershipResponse"][];
                };
            };
            /** @description a mentor of another network, or a government not invited to or in this one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                /** @description network-<mentor>-A<action>-PJ<project year> */
                networkId: string;
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
                    "application/json": components["schemas"]["MembershipResponse"];
                };
            };
            /** @description the mentor itself */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already a member */
            409: {
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
    leaveOrRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                /** @description network-<mentor>-A<action>-PJ<project year> */
                networkId: string;
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
                    "application/json": components["schemas"]["MembershipResponse"];
                };
            };
            /** @description a token for another government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id, or the government is not a member */
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
    mentors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
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
                    "application/json": components["schemas"]["MentorAssignmentResponse"][];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
                subject: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignMentorDto"];
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
                    "application/json": components["schemas"]["MentorAssignmentResponse"];
                };
            };
            /** @description a subject with other characters than letters, digits and . _ @ : - */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
                subject: string;
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
            /** @description the assignment ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a malformed subject */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id, or the user is not assigned to it */
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
    sessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
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
                    "application/json": components["schemas"]["SessionResponse"][];
                };
            };
            /** @description a mentor of another network, or a government not invited to or in this one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanSessionDto"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description endsAt not after startsAt, neither place nor onlineLink, capacity below 1, a material that is not a link */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanSessionDto"];
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
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description as for planning, and a capacity below the registrations already made */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such network, or no such session in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the session is cancelled */
            409: {
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
    cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such network, or no such session in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the session is cancelled already */
            409: {
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
    attendedByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceCodeDto"];
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
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description a wrong code, a code outside the session, or a government that is not a member */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a token for another government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such session in the network */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the session is cancelled */
            409: {
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
    attendedByMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                networkId: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description the government is not a member, or the session has not started */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such network, or no such session in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the session is cancelled */
            409: {
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
    register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationDto"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponse"];
                };
            };
            /** @description the session is full or over, the government is not a member or registered already */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a token for another government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such session in the network */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the session is cancelled */
            409: {
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
    withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                networkId: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["WithdrawalResponse"];
                };
            };
            /** @description the session has started (or is over) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a token for another government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such session in the network, or the government is not registered for it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the session is cancelled */
            409: {
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
    sharing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                networkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSharingDto"];
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
                    "application/json": components["schemas"]["SharingResponse"];
                };
            };
            /** @description sharing is not one of the three settings */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    suggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description network-<mentor>-A<action>-PJ<project year> */
                networkId: string;
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
                    "application/json": components["schemas"]["SuggestionResponse"][];
                };
            };
            /** @description a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no learning network of that id */
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
    progress: {
        parameters: {
            query: {
                governmentCode: string;
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
                    "application/json": components["schemas"]["ProgressResponse"][];
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
