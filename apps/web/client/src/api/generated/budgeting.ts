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
    "/cofinancing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Co-financing of a project year per committed government: obligation, declaration in force, shortfall
         * @description shortfallOnly=true lists shortfalls and governments that declared nothing yet. A government sees only its own.
         */
        get: operations["cofinancing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cofinancing/{governmentCode}/{projectYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A government declares its co-financing of a project year (amount in cents and source); below the obligation is a shortfall
         * @description Only the government itself declares (ABB reads). A later declaration replaces the earlier one; a shortfall is announced (cofinancing-shortfall-flagged) for ABB.
         */
        put: operations["declareCofinancing"];
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
    "/money/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per action of a project year: committed subsidy, stimuli, governments (each once), planned reach, recoveries */
        get: operations["actions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/money/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Any money overview as a spreadsheet: xlsx, or CSV (UTF-8, ";" between cells, euro amounts with a decimal comma)
         * @description level year, action and indicator are for ABB; government and ledger a government officer may export for itself (ledger needs governmentCode).
         */
        get: operations["export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/money/governments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per government of a project year: committed, paid, due, to be paid, to be recovered, recovered and co-financing
         * @description A government officer sees only its own and must pass its governmentCode.
         */
        get: operations["governments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/money/governments/{governmentCode}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A government's figures of a project year with every ledger booking on its accounts, oldest first */
        get: operations["ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/money/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per indicator of a project year: committed subsidy, governments, planned and approved reach, recoveries */
        get: operations["indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/money/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The money of a project year: budget, proposed, committed, paid, to be recovered, recovered and available */
        get: operations["year"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-schedules/{projectYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project year's payment schedule as it applies to the next decision: ABB's, or the default 50/50 */
        get: operations["schedule"];
        /**
         * Set a project year's payment schedule: instalments as whole-percent shares of the commitment, each with its condition
         * @description Applies to the schedules created from decisions after the change; decided governments keep theirs. Audited.
         */
        put: operations["changeSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The instalments of a project year: scheduled, due or released, per government and application
         * @description A government officer sees only its own and must pass its governmentCode.
         */
        get: operations["payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release one due payment to the application's IBAN (booked in the ledger), once
         * @description A second release of the same payment, also at the same moment by another ABB user, is a 409 and books nothing.
         */
        post: operations["release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/release-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release every due payment of a project year (of one government when named) in one action
         * @description All or nothing: when one cannot be released, none is. An empty list when nothing was due.
         */
        post: operations["releaseDue"];
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
    "/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recovery proposals of a project year (terugvordering) and ABB's decisions on them, per government and indicator
         * @description A government officer sees only its own and must pass its governmentCode.
         */
        get: operations["recoveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recoveries/{recoveryId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a proposed recovery, fully or a lower amount with a reason: charged to the government and booked in the ledger */
        post: operations["confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recoveries/{recoveryId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive a proposed recovery, with a reason: nothing is charged */
        post: operations["waive"];
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
        ActionOverviewResponse: {
            /** @example Nederlands oefenen */
            actionName: string;
            /** @example 5 */
            actionNumber: number | null;
            /**
             * @description Subsidy for the action's indicators
             * @example 338956600
             */
            committedCents: number;
            /**
             * @description Governments with money on it, each counted once
             * @example 92
             */
            governments: number;
            /**
             * @description Sum of the targets
             * @example 68429
             */
            plannedReach: number;
            /** @example 1 */
            projectYear: number;
            /** @example 0 */
            recoveredCents: number;
            /**
             * @description Mentorships on the action
             * @example 5000000
             */
            stimuliCents: number;
            /** @example 0 */
            toBeRecoveredCents: number;
        };
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
        CofinancingResponse: {
            /**
             * Format: date-time
             * @example 2022-10-01T09:00:00.000Z
             */
            declaredAt: string | null;
            /** @example gent-financien */
            declaredBy: string | null;
            /**
             * @description null while nothing is declared
             * @example 6000000
             */
            declaredCents: number | null;
            /** @example 44021 */
            governmentCode: string;
            /**
             * @description The subsidy for actions committed that year (stimuli need no co-financing)
             * @example 9000000
             */
            obligationCents: number;
            /** @example 1 */
            projectYear: number;
            /**
             * @description obligation - declared, at least 0; the whole obligation while nothing is declared
             * @example 3000000
             */
            shortfallCents: number;
            /** @example Eigen middelen, budget Samenleven 2022 */
            source: string | null;
            /**
             * @example shortfall
             * @enum {string}
             */
            status: "covered" | "shortfall" | "not-declared";
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
        ConfirmRecoveryDto: {
            /**
             * @description A lower amount than proposed, in cents (then a reason is required)
             * @example 3000000
             */
            amountCents?: number;
            /** @example Een deel van de uitval is te wijten aan de verbouwing. */
            reason?: string;
        };
        DeclareCofinancingDto: {
            /**
             * @description What the government invests itself in the project year, in euro cents
             * @example 9000000
             */
            declaredCents: number;
            /**
             * @description Where the money comes from
             * @example Eigen middelen, budget Samenleven 2022
             */
            source: string;
        };
        DeclaredCofinancingResponse: {
            /**
             * Format: uuid
             * @example 5b1d0c7e-2f4a-4b8e-9a6d-3c2b1a0f9e8d
             */
            declarationId: string;
            /**
             * Format: date-time
             * @example 2022-10-01T09:00:00.000Z
             */
            declaredAt: string;
            /** @example 6000000 */
            declaredCents: number;
            /** @example 44021 */
            governmentCode: string;
            /** @example 9000000 */
            obligationCents: number;
            /** @example 1 */
            projectYear: number;
            /** @example 3000000 */
            shortfallCents: number;
            /** @example Eigen middelen, budget Samenleven 2022 */
            source: string;
            /**
             * @example shortfall
             * @enum {string}
             */
            status: "covered" | "shortfall";
        };
        GovernmentLedgerResponse: {
            /** @example 44021 */
            governmentCode: string;
            overview: components["schemas"]["GovernmentOverviewResponse"] | null;
            /** @example 1 */
            projectYear: number;
            transactions: components["schemas"]["LedgerTransactionResponse"][];
        };
        GovernmentOverviewResponse: {
            /** @example 6000000 */
            cofinancingDeclaredCents: number | null;
            /** @example 9000000 */
            cofinancingObligationCents: number;
            /**
             * @example shortfall
             * @enum {string}
             */
            cofinancingStatus: "covered" | "shortfall" | "not-declared";
            /** @example 10000000 */
            committedCents: number;
            /** @example 0 */
            dueCents: number;
            /** @example 44021 */
            governmentCode: string;
            /**
             * @description Subsidy for actions
             * @example 9000000
             */
            linesCents: number;
            /** @example 5000000 */
            paidCents: number;
            /** @example 1 */
            projectYear: number;
            /** @example 0 */
            recoveredCents: number;
            /**
             * @description Stimuli (no co-financing)
             * @example 1000000
             */
            stimuliCents: number;
            /**
             * @description committed - paid
             * @example 5000000
             */
            toBePaidCents: number;
            /** @example 0 */
            toBeRecoveredCents: number;
        };
        IndicatorOverviewResponse: {
            /** @example 5 */
            actionNumber: number | null;
            /** @example 56493 */
            approvedAdditionalReach: number;
            /** @example 338956600 */
            committedCents: number;
            /** @example 92 */
            governments: number;
            /** @example A05 */
            indicatorCode: string;
            /** @example 68429 */
            plannedReach: number;
            /** @example 1 */
            projectYear: number;
            /** @example 0 */
            recoveredCents: number;
            /** @example 0 */
            toBeRecoveredCents: number;
            /** @example volwassen anderstalige die deelneemt aan een oefenkans */
            unit: string;
        };
        InstalmentDto: {
            /**
             * @description When it becomes due
             * @example decision
             * @enum {string}
             */
            condition: "decision" | "annual-report-accepted";
            /** @example voorschot */
            label: string;
            /**
             * @description Whole percent of the commitment; the shares add up to 100
             * @example 50
             */
            sharePercent: number;
        };
        InstalmentView: {
            /**
             * @example decision
             * @enum {string}
             */
            condition: "decision" | "annual-report-accepted";
            /** @example voorschot */
            label: string;
            /** @example 50 */
            sharePercent: number;
        };
        LedgerEntryView: {
            /** @example commitments:44021 */
            account: string;
            /** @example 0 */
            creditCents: number;
            /** @example 5000000 */
            debitCents: number;
        };
        LedgerTotalsView: {
            /** @example true */
            balanced: boolean;
            /** @example 10000000 */
            creditCents: number;
            /** @example 10000000 */
            debitCents: number;
        };
        LedgerTransactionResponse: {
            /**
             * Format: date-time
             * @example 2022-09-20T10:00:00.000Z
             */
            bookedAt: string;
            /** @example instalment 1 (voorschot) of application 0f8fad5b-... of 44021, project year 1, to BE68539007547034 */
            description: string;
            /**
             * @example [
             *       {
             *         "account": "commitments:44021",
             *         "debitCents": 5000000,
             *         "creditCents": 0
             *       },
             *       {
             *         "account": "payments-to:BE68539007547034",
             *         "debitCents": 0,
             *         "creditCents": 5000000
             *       }
             *     ]
             */
            entries: components["schemas"]["LedgerEntryView"][];
            /**
             * @example payment
             * @enum {string}
             */
            kind: "commitment" | "commitment-reduction" | "payment" | "recovery";
            /**
             * Format: uuid
             * @example 4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b
             */
            transactionId: string;
        };
        PaymentResponse: {
            /** @example 5000000 */
            amountCents: number;
            /**
             * Format: uuid
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            applicationId: string;
            /**
             * @example decision
             * @enum {string}
             */
            condition: "decision" | "annual-report-accepted";
            /**
             * Format: date-time
             * @example 2022-09-15T09:00:01.000Z
             */
            dueAt: string | null;
            /** @example 44021 */
            governmentCode: string;
            /**
             * @description The IBAN it was paid to, once released
             * @example null
             */
            iban: string | null;
            /** @example 1 */
            instalment: number;
            /** @example voorschot */
            label: string;
            /**
             * Format: uuid
             * @example 2a7c4e1b-9d3f-4a6b-8c5e-1f0a9b8c7d6e
             */
            paymentId: string;
            /** @example 1 */
            projectYear: number;
            /**
             * Format: date-time
             * @example null
             */
            releasedAt: string | null;
            /** @example null */
            releasedBy: string | null;
            /**
             * @description 0 for a top-up after an amendment raised a commitment paid in full
             * @example 50
             */
            sharePercent: number;
            /**
             * @example due
             * @enum {string}
             */
            status: "scheduled" | "due" | "released";
        };
        PaymentScheduleResponse: {
            /**
             * @example [
             *       {
             *         "label": "voorschot",
             *         "sharePercent": 50,
             *         "condition": "decision"
             *       },
             *       {
             *         "label": "saldo",
             *         "sharePercent": 50,
             *         "condition": "annual-report-accepted"
             *       }
             *     ]
             */
            instalments: components["schemas"]["InstalmentView"][];
            /** @example 1 */
            projectYear: number;
            /**
             * @description the default until ABB sets a schedule
             * @example default
             * @enum {string}
             */
            source: "default" | "abb";
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
        RecoveryResponse: {
            /**
             * @description realised - current reach, at least 0
             * @example 900
             */
            achievedAdditionalReach: number;
            /** @example 1500 */
            approvedAdditionalReach: number;
            /**
             * Format: date-time
             * @example 2024-02-01T09:00:00.000Z
             */
            decidedAt: string | null;
            /** @example abb-officer-1 */
            decidedBy: string | null;
            /**
             * @description The government that received the money (the lead of a group)
             * @example 44021
             */
            governmentCode: string;
            /** @example A05 */
            indicatorCode: string;
            /** @example 1 */
            projectYear: number;
            /**
             * Format: date-time
             * @example 2024-01-20T10:00:01.000Z
             */
            proposedAt: string;
            /**
             * @description ruleCents, at most what is left to recover of what was paid or due
             * @example 3600000
             */
            proposedCents: number;
            /** @example 1400 */
            realised: number;
            /** @example Een deel van de uitval is te wijten aan de verbouwing. */
            reason: string | null;
            /**
             * @description null while proposed; 0 when waived
             * @example 3000000
             */
            recoveredCents: number | null;
            /**
             * Format: uuid
             * @example 8d3e2f1a-6b5c-4d7e-9f8a-0b1c2d3e4f5a
             */
            recoveryId: string;
            /**
             * Format: uuid
             * @description The accepted annual report
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            reportId: string;
            /**
             * @description subsidy x (1 - achieved / approved additional reach), floored
             * @example 3600000
             */
            ruleCents: number;
            /**
             * @example confirmed
             * @enum {string}
             */
            status: "proposed" | "confirmed" | "waived";
            /**
             * @description The line's committed subsidy
             * @example 9000000
             */
            subsidyCents: number;
            /** @example 2000 */
            target: number;
        };
        ReleasedPaymentResponse: {
            /** @example 5000000 */
            amountCents: number;
            /**
             * Format: uuid
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            applicationId: string;
            /** @example 44021 */
            governmentCode: string;
            /** @example BE68539007547034 */
            iban: string;
            /** @example 1 */
            instalment: number;
            /** @example voorschot */
            label: string;
            /**
             * Format: uuid
             * @description Its booking in the ledger
             * @example 4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b
             */
            ledgerTransactionId: string;
            /**
             * Format: uuid
             * @example 2a7c4e1b-9d3f-4a6b-8c5e-1f0a9b8c7d6e
             */
            paymentId: string;
            /** @example 1 */
            projectYear: number;
            /**
             * Format: date-time
             * @example 2022-09-20T10:00:00.000Z
             */
            releasedAt: string;
        };
        ReleaseDueDto: {
            /**
             * @description Only the due payments of this government
             * @example 44021
             */
            governmentCode?: string;
            /** @example 1 */
            projectYear: number;
        };
        SetPaymentScheduleDto: {
            /**
             * @example [
             *       {
             *         "label": "voorschot",
             *         "sharePercent": 60,
             *         "condition": "decision"
             *       },
             *       {
             *         "label": "saldo",
             *         "sharePercent": 40,
             *         "condition": "annual-report-accepted"
             *       }
             *     ]
             */
            instalments: components["schemas"]["InstalmentDto"][];
        };
        WaiveRecoveryDto: {
            /** @example Overmacht: het ontmoetingscentrum brandde af. */
            reason: string;
        };
        YearOverviewResponse: {
            /**
             * @description budget - committed
             * @example 0
             */
            availableCents: number;
            /** @example 1413635900 */
            budgetCents: number;
            /** @example 1413635900 */
            committedCents: number;
            /**
             * @description Due instalments not yet released
             * @example 0
             */
            dueCents: number;
            /**
             * @description Governments with a commitment
             * @example 106
             */
            governments: number;
            ledger: components["schemas"]["LedgerTotalsView"];
            /** @example 706817950 */
            paidCents: number;
            /** @example 1 */
            projectYear: number;
            /**
             * @description What the allocation proposals of the year's calls proposed
             * @example 1413635900
             */
            proposedCents: number;
            /**
             * @description Confirmed recoveries
             * @example 3000000
             */
            recoveredCents: number;
            /**
             * @description Recovery proposals ABB has not decided yet
             * @example 3600000
             */
            toBeRecoveredCents: number;
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
    cofinancing: {
        parameters: {
            query: {
                /** @description Only this government; required for a government officer */
                governmentCode?: string;
                projectYear: number;
                /** @description Only shortfalls and governments that declared nothing yet */
                shortfallOnly?: "true" | "false";
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
                    "application/json": components["schemas"]["CofinancingResponse"][];
                };
            };
            /** @description projectYear, governmentCode or shortfallOnly is invalid */
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
    declareCofinancing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                /** @description Project year 1, 2 or 3 */
                projectYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareCofinancingDto"];
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
                    "application/json": components["schemas"]["DeclaredCofinancingResponse"];
                };
            };
            /** @description governmentCode, projectYear, declaredCents (not whole, non-negative cents) or source is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the token is not for this government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no subsidy is committed to the government in that project year */
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
    actions: {
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
                    "application/json": components["schemas"]["ActionOverviewResponse"][];
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
            /** @description not ABB */
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
    export: {
        parameters: {
            query: {
                format: "xlsx" | "csv";
                /** @description Only this government; required for a government officer */
                governmentCode?: string;
                /** @description year, government, action, indicator, or ledger (of governmentCode) */
                level: "year" | "government" | "action" | "indicator" | "ledger";
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
            /** @description The file, with Content-Disposition: attachment; filename="financien-pj1-action.csv" */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example Actie;Naam;Vastgelegd (acties);Stimulansen;Besturen;Gepland (som van de doelen);Terug te vorderen;Teruggevorderd
                     *     5;Nederlands oefenen;3389566,00;0,00;92;68429;0,00;0,00
                     */
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description projectYear, level, format or governmentCode is invalid (ledger needs governmentCode) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer asked for a programme-wide level or for another government */
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
    governments: {
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
                    "application/json": components["schemas"]["GovernmentOverviewResponse"][];
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
    ledger: {
        parameters: {
            query: {
                projectYear: number;
            };
            header?: never;
            path: {
                governmentCode: string;
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
                    "application/json": components["schemas"]["GovernmentLedgerResponse"];
                };
            };
            /** @description governmentCode or projectYear is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer asked for another government */
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
    indicators: {
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
                    "application/json": components["schemas"]["IndicatorOverviewResponse"][];
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
            /** @description not ABB */
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
    year: {
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
                    "application/json": components["schemas"]["YearOverviewResponse"];
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
            /** @description not ABB */
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
    schedule: {
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
                    "application/json": components["schemas"]["PaymentScheduleResponse"];
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
    changeSchedule: {
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
                "application/json": components["schemas"]["SetPaymentScheduleDto"];
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
                    "application/json": components["schemas"]["PaymentScheduleResponse"];
                };
            };
            /** @description projectYear, or instalments (shares not adding up to 100, a label twice, an unknown condition) is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not ABB */
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
    payments: {
        parameters: {
            query: {
                /** @description Only this government; required for a government officer */
                governmentCode?: string;
                projectYear: number;
                status?: "scheduled" | "due" | "released";
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
                    "application/json": components["schemas"]["PaymentResponse"][];
                };
            };
            /** @description projectYear, governmentCode or status is invalid */
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
    release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
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
                    "application/json": components["schemas"]["ReleasedPaymentResponse"][];
                };
            };
            /** @description paymentId is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not ABB */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such payment */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the payment is not due yet, was released already, or would pay more than was committed */
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
    releaseDue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseDueDto"];
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
                    "application/json": components["schemas"]["ReleasedPaymentResponse"][];
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
            /** @description not ABB */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a payment would pay more than was committed */
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
    recoveries: {
        parameters: {
            query: {
                /** @description Only this government; required for a government officer */
                governmentCode?: string;
                projectYear: number;
                status?: "proposed" | "confirmed" | "waived";
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
                    "application/json": components["schemas"]["RecoveryResponse"][];
                };
            };
            /** @description projectYear, governmentCode or status is invalid */
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
    confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recoveryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmRecoveryDto"];
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
                    "application/json": components["schemas"]["RecoveryResponse"];
                };
            };
            /** @description recoveryId, amountCents (not whole cents, above the proposal) or reason (missing for a lower amount) is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not ABB */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such recovery */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description decided already, or more than the government was paid (release the due balance first) */
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
    waive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recoveryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaiveRecoveryDto"];
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
                    "application/json": components["schemas"]["RecoveryResponse"];
                };
            };
            /** @description recoveryId or reason is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not ABB */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such recovery */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description decided already */
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
}
