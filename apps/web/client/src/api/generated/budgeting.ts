// Generated from docs/openapi/budgeting.yaml by `npm run web:client`; do not edit.
export interface paths {
    "/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme budget of a project year, what is committed and what is available, with the ledger totals */
        get: operations["budget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets/{projectYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a project year's programme budget, with a reason (kept in its history and the audit log)
         * @description Never below what the year has committed; the same amount again changes nothing (changed: false).
         */
        put: operations["changeYearBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets/{projectYear}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The history of a project year's programme budget: every change, who made it and why, oldest first */
        get: operations["budgetChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Committed subsidy per decided application of a project year: the revision in force, its lines and stimuli
         * @description A government officer sees only its own commitments and must pass its governmentCode.
         */
        get: operations["commitments"];
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
    "/proposals/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The allocation proposal of a closed call: every line funded fully, partly or not, and why */
        get: operations["proposal"];
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
        AllocationProposalResponse: {
            applications: components["schemas"]["ProposedApplicationView"][];
            /**
             * @description Budget minus what the year had committed: what the proposal may spend
             * @example 1413635900
             */
            availableCents: number;
            /** @example 1413635900 */
            budgetCents: number;
            /**
             * Format: uuid
             * @example 7d444840-9dc0-11d1-b245-5ffdce74fad2
             */
            callId: string;
            /** @example 9000000 */
            linesCents: number;
            /** @example 1 */
            projectYear: number;
            /**
             * Format: uuid
             * @example 9b2e7c1a-4d3f-4e5a-9b6c-1d2e3f4a5b6c
             */
            proposalId: string;
            /**
             * Format: date-time
             * @example 2022-07-16T08:00:00.000Z
             */
            proposedAt: string;
            /**
             * @description What the lines asked for (stimuli not included)
             * @example 9000000
             */
            requestedCents: number;
            /**
             * @description The documented allocation rule (README)
             * @example priority-rounds-v1
             */
            rule: string;
            /** @example 1000000 */
            stimuliCents: number;
        };
        BudgetChangeResponse: {
            /** @example 1700000000 */
            budgetCents: number;
            /**
             * Format: date-time
             * @example 2023-02-01T09:00:00.000Z
             */
            changedAt: string;
            /**
             * @description The ABB user who made the change
             * @example abb-officer-1
             */
            changedBy: string;
            /** @example 1690778000 */
            previousCents: number;
            /** @example 2 */
            projectYear: number;
            /** @example Bijkomende middelen na begrotingsaanpassing */
            reason: string;
        };
        BudgetResponse: {
            /** @example 1403635900 */
            availableCents: number;
            /**
             * @description The programme budget of the year in euro cents
             * @example 1413635900
             */
            budgetCents: number;
            /**
             * @description What decisions committed: never above the budget
             * @example 10000000
             */
            committedCents: number;
            ledger: components["schemas"]["LedgerTotalsView"];
            /** @example 1 */
            projectYear: number;
            /**
             * @description the catalogue's figure, or as ABB changed it
             * @example catalogue
             * @enum {string}
             */
            source: "catalogue" | "abb";
        };
        ChangeBudgetDto: {
            /**
             * @description The new budget of the year, in euro cents; never below what it has committed
             * @example 1700000000
             */
            budgetCents: number;
            /** @example Bijkomende middelen na begrotingsaanpassing */
            reason: string;
        };
        ChangedBudgetResponse: {
            /** @example 1403635900 */
            availableCents: number;
            /**
             * @description The programme budget of the year in euro cents
             * @example 1413635900
             */
            budgetCents: number;
            /**
             * @description false when the budget already was this amount: nothing was recorded
             * @example true
             */
            changed: boolean;
            /**
             * @description What decisions committed: never above the budget
             * @example 10000000
             */
            committedCents: number;
            ledger: components["schemas"]["LedgerTotalsView"];
            /** @example 1 */
            projectYear: number;
            /**
             * @description the catalogue's figure, or as ABB changed it
             * @example catalogue
             * @enum {string}
             */
            source: "catalogue" | "abb";
        };
        CommitmentResponse: {
            /**
             * Format: uuid
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            applicationId: string;
            /**
             * Format: uuid
             * @example 7d444840-9dc0-11d1-b245-5ffdce74fad2
             */
            callId: string;
            /** @example sha256-3f1c2a9b7d10 */
            catalogueVersion: string;
            /**
             * Format: date-time
             * @example 2022-09-15T09:00:01.000Z
             */
            committedAt: string;
            /** @example 10000000 */
            committedCents: number;
            /**
             * Format: uuid
             * @description The decision revision in force
             * @example 3c1f5e2a-8b7d-4c6e-9f0a-1b2c3d4e5f60
             */
            decisionId: string;
            /** @example 44021 */
            governmentCode: string;
            /** @example BE68539007547034 */
            iban: string;
            lines: components["schemas"]["CommittedLineView"][];
            /** @example 9000000 */
            linesCents: number;
            /** @example 1 */
            projectYear: number;
            /**
             * @description 1 for the decision, higher for an accepted amendment
             * @example 1
             */
            revision: number;
            stimuli: components["schemas"]["CommittedStimulusView"][];
            /** @example 1000000 */
            stimuliCents: number;
        };
        CommittedLineView: {
            /**
             * @description approved KPI x rate, or the lower amount ABB awarded
             * @example 9000000
             */
            amountCents: number;
            /** @example 1500 */
            approvedAdditionalReach: number;
            /**
             * @description The rate of the application's catalogue version
             * @example 60
             */
            eurPerKpi: number;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description current reach + approved additional reach
             * @example 2000
             */
            target: number;
        };
        CommittedStimulusView: {
            /** @example 5 */
            actionNumber: number | null;
            /** @example 1000000 */
            amountCents: number;
            /**
             * @example mentorship
             * @enum {string}
             */
            kind: "mentorship" | "cooperation";
            /** @example null */
            partnerCode: string | null;
        };
        LedgerTotalsView: {
            /** @example true */
            balanced: boolean;
            /** @example 10000000 */
            creditCents: number;
            /** @example 10000000 */
            debitCents: number;
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
        ProposedApplicationView: {
            /**
             * Format: uuid
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            applicationId: string;
            /** @example 44021 */
            governmentCode: string;
            lines: components["schemas"]["ProposedLineView"][];
            /** @example 9000000 */
            linesCents: number;
            stimuli: components["schemas"]["ProposedStimulusView"][];
            /** @example 1000000 */
            stimuliCents: number;
        };
        ProposedLineView: {
            /** @example 60 */
            eurPerKpi: number;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @example full
             * @enum {string}
             */
            outcome: "full" | "partial" | "none";
            /** @example 1 */
            priority: number | null;
            /**
             * @description Whole KPIs the budget allows
             * @example 1500
             */
            proposedAdditionalReach: number;
            /** @example 9000000 */
            proposedCents: number;
            /** @example Volledig gefinancierd in ronde 1 (prioriteit 1). */
            reason: string;
            /** @example 1500 */
            requestedAdditionalReach: number;
        };
        ProposedStimulusView: {
            /** @example 5 */
            actionNumber: number | null;
            /**
             * @example mentorship
             * @enum {string}
             */
            kind: "mentorship" | "cooperation";
            /**
             * @example full
             * @enum {string}
             */
            outcome: "full" | "partial" | "none";
            /** @example null */
            partnerCode: string | null;
            /** @example 1000000 */
            proposedCents: number;
            /** @example Stimulus: vast bedrag van EUR 10.000,00. */
            reason: string;
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
    budget: {
        parameters: {
            query: {
                projectYear: number;
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
                    "application/json": components["schemas"]["BudgetResponse"];
                };
            };
            /** @description projectYear is not 1, 2 or 3 */
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
    changeYearBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project year 1, 2 or 3 */
                projectYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeBudgetDto"];
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
                    "application/json": components["schemas"]["ChangedBudgetResponse"];
                };
            };
            /** @description projectYear, budgetCents (not a whole number of cents, or below the commitments) or reason is invalid */
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
    budgetChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project year 1, 2 or 3 */
                projectYear: number;
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
                    "application/json": components["schemas"]["BudgetChangeResponse"][];
                };
            };
            /** @description projectYear is not 1, 2 or 3 */
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
    commitments: {
        parameters: {
            query: {
                /** @description Only this government; required for a government officer */
                governmentCode?: string;
                projectYear: number;
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
                    "application/json": components["schemas"]["CommitmentResponse"][];
                };
            };
            /** @description projectYear or governmentCode is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer asked for every government or for another one */
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
    proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
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
                    "application/json": components["schemas"]["AllocationProposalResponse"];
                };
            };
            /** @description no such call, not closed yet, or not every submitted application has arrived yet */
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
