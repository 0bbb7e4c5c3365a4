// Generated from docs/openapi/applications.yaml by `npm run web:client`; do not edit.
export interface paths {
    "/amendments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an amendment: the decision's next revision goes to budgeting; the targets change once it is committed */
        post: operations["accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/amendments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an amendment, saying why; the decision stays as it is */
        post: operations["reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications (of a call): ABB sees all, a government officer its own and its group’s */
        get: operations["listApplications"];
        put?: never;
        /** Start the draft application of a government (or of a group, by its lead) for a call */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its requested amounts (a government sees only its own, or its group’s) */
        get: operations["getApplication"];
        /** Save the whole draft, complete or not; answers it with the requested amounts in euro cents */
        put: operations["saveApplication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application's amendments, oldest first */
        get: operations["amendmentsOf"];
        put?: never;
        /** A government asks to change the approved reach of lines of its decided application, with a reason */
        post: operations["request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision in force on an application: status, revision, lines, stimuli, totals, refusal reason */
        get: operations["decision"];
        put?: never;
        /**
         * Decide a submitted application of a closed call, line by line and stimulus by stimulus
         * @description Per line: approve the requested (or proposed) KPI, fewer, or 0 (reject); optionally a lower amountCents than KPI x rate, with a reason. Every requested mentorship and cooperation is granted or not. Budgeting then commits the decision or refuses it.
         */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft: every rule is checked, and every problem answered at once (the draft stays as it was) */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every call, open or closed */
        get: operations["listCalls"];
        put?: never;
        /** Open a call for a project year, priced under that year's current catalogue version */
        post: operations["openCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/{callId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a call now: no more submissions; call-closed lists every submitted application */
        post: operations["closeCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/{callId}/decide-as-proposed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide every submitted, undecided application of a closed call exactly as the allocation proposal says, in one action
         * @description Each decision then waits for budgeting to commit it. Applications decided already, or not in the proposal, are skipped.
         */
        post: operations["decideCallAsProposed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/{callId}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgeting's allocation proposal for a closed call, line by line with outcome and reason */
        get: operations["proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project year's objectives, actions and indicators under the catalogue version in force for it */
        get: operations["catalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogue/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every catalogue version: the base version of the data file, then each one ABB published */
        get: operations["versions"];
        put?: never;
        /** Publish new rates or caps from a project year on (409 when that year or a later one already has a call) */
        post: operations["publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/governments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register, in code order; contact persons only for ABB and the government itself */
        get: operations["searchRegister"];
        put?: never;
        /** Register a government the shipped register lacks (announced as government-registered v2) */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/governments/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One register entry; contact persons only for ABB and the government itself */
        get: operations["get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a register entry: KBO number, counts, contact persons, name (announced as government-updated v1) */
        patch: operations["update"];
        trace?: never;
    };
    "/governments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import governments and contact persons from a CSV file, all or nothing and idempotent
         * @description UTF-8 (with or without BOM), `;` between cells, a header naming the columns (code required; see the README). One row per contact person. Any invalid row refuses the whole file with every problem (`row 7, kboNumber: ...`). New governments are announced as government-registered v2, changed ones as government-updated v1; the same file twice answers created 0, updated 0 the second time. At most 1048576 bytes. With ?dryRun=true the file is only checked: the same answer (or the same problems), and nothing imported.
         */
        post: operations["import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups (of a project year), with their count of inhabitants of non-EU origin and eligibility */
        get: operations["listGroups"];
        put?: never;
        /** Form a group of municipalities for a project year; its lead applies under the group code */
        post: operations["formGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupCode}": {
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
        /** Change a group's name, reference region, lead or members (the group code stays) */
        patch: operations["changeGroup"];
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
    "/programme-clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme time now, and whether the clock may be moved */
        get: operations["show"];
        put?: never;
        /** Move the programme clock forward for every service (development mode only; audited) */
        post: operations["move"];
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
        AcceptedAmendmentResponse: {
            /** Format: uuid */
            amendmentId: string;
            /** Format: uuid */
            decisionId: string;
            /** @example 2 */
            revision: number;
            /** @enum {string} */
            status: "accepted";
            /** @example 7000000 */
            totalCents: number;
        };
        AllocationProposalResponse: {
            applications: components["schemas"]["ProposedApplicationView"][];
            /** @example 1413635900 */
            availableCents: number;
            /** @example 1413635900 */
            budgetCents: number;
            /** Format: uuid */
            callId: string;
            /** @example 9000000 */
            linesCents: number;
            /** @example 1 */
            projectYear: number;
            /** Format: uuid */
            proposalId: string;
            /** Format: date-time */
            proposedAt: string;
            /** Format: date-time */
            receivedAt: string;
            /** @example 9000000 */
            requestedCents: number;
            /** @example priority-rounds-v1 */
            rule: string;
            /** @example 1000000 */
            stimuliCents: number;
        };
        AmendedLineDto: {
            /**
             * @description The new approved additional reach, 0..cap per applicant
             * @example 1000
             */
            approvedAdditionalReach: number;
            /** @example A05 */
            indicatorCode: string;
        };
        AmendedLineView: {
            /** @example 1000 */
            approvedAdditionalReach: number;
            /** @example A05 */
            indicatorCode: string;
        };
        AmendmentResponse: {
            /** Format: uuid */
            applicationId: string;
            comment?: string | null;
            /** Format: uuid */
            decisionId?: string | null;
            /** Format: uuid */
            id: string;
            lines: components["schemas"]["AmendedLineView"][];
            /** @example De lessen starten pas in het najaar; minder deelnemers haalbaar. */
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            reviewedAt?: string | null;
            /**
             * @example requested
             * @enum {string}
             */
            status: "requested" | "accepted" | "rejected" | "committed" | "refused-by-budget";
        };
        ApplicationContactDto: {
            /** @example samenleven@gent.example */
            email: string;
            /** @example Dienst Samenleven Gent */
            name: string;
            /** @example +32 9 266 00 00 */
            phone?: string | null;
            /** @example primary */
            role: string;
        };
        ApplicationLineDto: {
            /**
             * @description Planned additional reach (KPI): 0..cap, whole
             * @example 1500
             */
            additionalReach?: number | null;
            /**
             * @description Reached today
             * @example 500
             */
            currentReach?: number | null;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description Distinct 1..n over the lines with additional reach > 0
             * @example 1
             */
            priority?: number | null;
        };
        ApplicationResponse: {
            /**
             * Format: uuid
             * @example 7d444840-9dc0-11d1-b245-5ffdce74fad2
             */
            callId: string;
            /** @example sha256-3f1c2a9b7d10 */
            catalogueVersion: string;
            contacts: components["schemas"]["ApplicationContactDto"][];
            /** Format: date-time */
            createdAt: string;
            /** @example 44021 */
            governmentCode: string;
            /** @example null */
            groupCode: string | null;
            /** @example BE68539007547034 */
            iban: string | null;
            /**
             * Format: uuid
             * @example 0f8fad5b-d9cb-469f-a165-70867728950e
             */
            id: string;
            lines: components["schemas"]["ApplicationLineDto"][];
            /**
             * @example [
             *       "44021"
             *     ]
             */
            memberCodes: string[];
            /** @example 1 */
            projectYear: number;
            requested: components["schemas"]["RequestedResponse"];
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft" | "submitted" | "decision-pending" | "decided" | "refused-by-budget";
            stimuli: components["schemas"]["StimuliDto"];
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        CallResponse: {
            /**
             * @description Every application of the call is priced under it
             * @example sha256-3f1c2a9b7d10
             */
            catalogueVersion: string;
            /**
             * Format: date-time
             * @example null
             */
            closedAt: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            closedBy: "abb" | "closing-date" | null;
            /**
             * Format: date-time
             * @example 2022-07-15T22:00:00.000Z
             */
            closesAt: string;
            /**
             * Format: uuid
             * @example 7d444840-9dc0-11d1-b245-5ffdce74fad2
             */
            id: string;
            /**
             * @description Year 3: only governments that submitted in an earlier project year may apply
             * @example false
             */
            onlyEarlierParticipants: boolean;
            /**
             * Format: date-time
             * @example 2022-06-01T00:00:00.000Z
             */
            opensAt: string;
            /** @example 1 */
            projectYear: number;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "closed";
            /** @example Oproep Plan Samenleven projectjaar 1 */
            title: string;
        };
        CatalogueActionResponse: {
            indicators: components["schemas"]["CatalogueIndicatorResponse"][];
            /** @example Oefenkansen Nederlands */
            name: string;
            /** @example 5 */
            number: number;
            /**
             * @example confirmed
             * @enum {string}
             */
            provenance: "confirmed" | "inferred";
            /**
             * @description can be funded in this project year
             * @example true
             */
            subsidised: boolean;
            /**
             * @description null: never subsidised here (actions 1, 3, 4, 12)
             * @example 1
             */
            subsidisedFromYear: number | null;
        };
        CatalogueIndicatorResponse: {
            /** @example A05 */
            code: string;
            /** @example 60 */
            eurPerKpi: number;
            /** @example 2250 */
            maxPerApplicant: number;
            /** @example volwassen anderstalige die deelneemt aan een oefenkans */
            unit: string;
        };
        CatalogueObjectiveResponse: {
            actions: components["schemas"]["CatalogueActionResponse"][];
            /** @example Nederlands */
            name: string;
            /** @example 2 */
            number: number;
        };
        CatalogueResponse: {
            /** @example Reference catalogue of Plan Samenleven ... */
            about: string;
            /** @example sha256-3f1c2a9b7d10 */
            catalogueVersion: string;
            /** @example 2023-09-30 */
            end: string;
            objectives: components["schemas"]["CatalogueObjectiveResponse"][];
            /** @example 1 */
            projectYear: number;
            reportingPeriods: components["schemas"]["ReportingPeriodResponse"][];
            /**
             * @example [
             *       "vlaanderen.be/plan-samenleven/doelstellingen-en-acties"
             *     ]
             */
            sources: string[];
            /** @example 2022-10-01 */
            start: string;
            /** @example 1 */
            versionFromProjectYear: number;
        };
        CatalogueVersionResponse: {
            /** @example sha256-9a0b1c2d3e4f */
            catalogueVersion: string;
            changes: components["schemas"]["IndicatorRateResponse"][];
            /** @example 2 */
            fromProjectYear: number;
            /** @example Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2 */
            note: string;
            /**
             * @description null for the base version
             * @example sha256-3f1c2a9b7d10
             */
            previousVersion: string | null;
            /**
             * Format: date-time
             * @description null for the base version (the data file)
             */
            publishedAt: string | null;
        };
        ChangeGroupDto: {
            /** @example 41011 */
            leadCode?: string;
            /**
             * @example [
             *       "41002",
             *       "41011"
             *     ]
             */
            memberCodes?: string[];
            /**
             * @description The group code stays as it was
             * @example Samenwerking Denderstreek
             */
            name?: string;
            /** @example Dender */
            referenceRegion?: string;
        };
        ContactDto: {
            /** @example samenleven@gent.example */
            email: string;
            /** @example Dienst Samenleven */
            name: string;
            /**
             * @description null or left out when unknown
             * @example +32 9 210 10 10
             */
            phone?: string | null;
            /**
             * @description e.g. primary, finance, reporting
             * @example primary
             */
            role: string;
        };
        ContactView: {
            /** @example samenleven@gent.example */
            email: string;
            /** @example Dienst Samenleven Gent */
            name: string;
            /** @example +32 9 210 10 10 */
            phone: string | null;
            /** @example primary */
            role: string;
        };
        CooperationDto: {
            /** @example Samen met een kleinere buurgemeente. */
            motivation: string;
            /**
             * @description The smaller government cooperated with
             * @example 44083
             */
            partnerCode: string;
        };
        CreateApplicationDto: {
            /**
             * Format: uuid
             * @example 7d444840-9dc0-11d1-b245-5ffdce74fad2
             */
            callId: string;
            /**
             * @description The applicant: the officer's own government (the default), or the lead of the group in groupCode; ABB must name it
             * @example 44021
             */
            governmentCode?: string;
            /**
             * @description The group its lead applies for
             * @example GROUP-SAMENWERKING-DENDERSTREEK
             */
            groupCode?: string;
        };
        DecidedAsProposedResponse: {
            decided: string[];
            skipped: components["schemas"]["SkippedApplicationView"][];
        };
        DecidedLineView: {
            /** @example 7200000 */
            amountCents: number;
            /** @example 1200 */
            approvedAdditionalReach: number;
            /** @example 500 */
            currentReach: number;
            /** @example 60 */
            eurPerKpi: number;
            /** @example A05 */
            indicatorCode: string;
            /** @example Budget actie 5 volstaat niet voor meer. */
            reason: string | null;
            /** @example 1500 */
            requestedAdditionalReach: number;
            /**
             * @description current + approved additional reach
             * @example 1700
             */
            target: number;
        };
        DecidedStimulusView: {
            /** @example 5 */
            actionNumber: number | null;
            /** @example 1000000 */
            amountCents: number;
            /** @example true */
            granted: boolean;
            /** @enum {string} */
            kind: "mentorship" | "cooperation";
            /** @example null */
            partnerCode: string | null;
        };
        DecisionAttemptResponse: {
            /** Format: uuid */
            amendmentId: string | null;
            /** Format: date-time */
            decidedAt: string;
            /** Format: uuid */
            decisionId: string;
            refusalReason: string | null;
            /** @example 1 */
            revision: number;
            /** @enum {string} */
            status: "decision-pending" | "decided" | "refused-by-budget";
            /** @example 8200000 */
            totalCents: number;
        };
        DecisionDto: {
            /** @description Every requested line, once */
            lines: components["schemas"]["DecisionLineDto"][];
            /** @description Every requested mentorship and cooperation, once; default none */
            stimuli?: components["schemas"]["StimulusDecisionDto"][];
        };
        DecisionLineDto: {
            /**
             * @description A lower award than approved x euro per KPI, in euro cents (needs a reason); leave out to pay approved x rate
             * @example 7000000
             */
            amountCents?: number;
            /**
             * @description Approved additional reach (KPI): at most what was requested; 0 rejects the line
             * @example 1200
             */
            approvedAdditionalReach: number;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description Why fewer KPI, a rejection or a lower award (Dutch)
             * @example Budget actie 5 volstaat niet voor meer.
             */
            reason?: string;
        };
        DecisionResponse: {
            /** Format: uuid */
            amendmentId: string | null;
            /** Format: uuid */
            applicationId: string;
            /** @description Every attempt, oldest first */
            attempts: components["schemas"]["DecisionAttemptResponse"][];
            /** @example sha256-3f1c2a9b7d10 */
            catalogueVersion: string;
            /** Format: date-time */
            decidedAt: string;
            /** Format: uuid */
            decisionId: string;
            lines: components["schemas"]["DecidedLineView"][];
            /** @example 7200000 */
            linesCents: number;
            /** @example null */
            refusalReason: string | null;
            /** @example 1 */
            revision: number;
            /**
             * @example decided
             * @enum {string}
             */
            status: "decision-pending" | "decided" | "refused-by-budget";
            stimuli: components["schemas"]["DecidedStimulusView"][];
            /** @example 1000000 */
            stimuliCents: number;
            /** @example 8200000 */
            totalCents: number;
        };
        EmptyBodyDto: Record<string, never>;
        FormGroupDto: {
            /**
             * @description The member that applies, receives the money and reports
             * @example 41002
             */
            leadCode: string;
            /**
             * @example [
             *       "41002",
             *       "41011",
             *       "41018"
             *     ]
             */
            memberCodes: string[];
            /**
             * @description Gives the group code: GROUP-SAMENWERKING-DENDERSTREEK
             * @example Samenwerking Denderstreek
             */
            name: string;
            /** @example 1 */
            projectYear: number;
            /** @example Dender */
            referenceRegion: string;
        };
        GovernmentViewDto: {
            /** @example Gent */
            arrondissement: string | null;
            /**
             * @description 5-digit NIS code, VGC or DE-RAND
             * @example 44021
             */
            code: string;
            /** @description only for ABB and for an officer of this government; left out otherwise */
            contacts?: components["schemas"]["ContactView"][];
            /** @example 263927 */
            inhabitants: number | null;
            /**
             * @description null where no public source gave it
             * @example null
             */
            kboNumber: string | null;
            /**
             * @example municipality
             * @enum {string}
             */
            kind: "municipality" | "vgc" | "de-rand";
            /** @example Gent */
            name: string;
            /**
             * @description null when unknown
             * @example null
             */
            nonEuOriginInhabitants: number | null;
            /**
             * @example Oost-Vlaanderen
             * @enum {string}
             */
            province: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "Vlaams-Brabant" | "West-Vlaanderen" | "Brussel";
        };
        GroupResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example null */
            eligibilityReason: string | null;
            /** @example true */
            eligible: boolean;
            /** @example GROUP-SAMENWERKING-DENDERSTREEK */
            groupCode: string;
            /**
             * Format: uuid
             * @example 5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6
             */
            id: string;
            /** @example 41002 */
            leadCode: string;
            /**
             * @example [
             *       "41002",
             *       "41011",
             *       "41018"
             *     ]
             */
            memberCodes: string[];
            /** @example Samenwerking Denderstreek */
            name: string;
            /**
             * @description The members together; null while a count is unknown
             * @example 8100
             */
            nonEuOriginInhabitants: number | null;
            /** @example 1 */
            projectYear: number;
            /** @example Dender */
            referenceRegion: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ImportResultDto: {
            /**
             * @description governments new to the register
             * @example 2
             */
            created: number;
            /**
             * @description governments in the file that the register already held exactly so
             * @example 0
             */
            unchanged: number;
            /**
             * @description governments of which a field changed
             * @example 3
             */
            updated: number;
        };
        IndicatorRateResponse: {
            /** @example 65 */
            eurPerKpi: number;
            /** @example A05 */
            indicatorCode: string;
            /** @example 2250 */
            maxPerApplicant: number;
        };
        MentorshipDto: {
            /**
             * @description An action the application applies for
             * @example 5
             */
            actionNumber: number;
            /** @example Gent begeleidt al tien jaar oefenkansen Nederlands. */
            motivation: string;
        };
        MoveProgrammeClockDto: {
            /**
             * @description Or: how far to move forward, in minutes, hours, days or weeks (90m, 12h, 30d, 2w)
             * @example 30d
             */
            forwardBy?: string;
            /**
             * @description The programme date (its start, 00:00 UTC) or date-time to move to
             * @example 2023-04-16
             */
            to?: string;
        };
        OpenCallDto: {
            /**
             * Format: date-time
             * @description After opensAt; the call closes by itself then
             * @example 2022-07-15T22:00:00.000Z
             */
            closesAt: string;
            /**
             * Format: date-time
             * @description On the programme clock
             * @example 2022-06-01T00:00:00.000Z
             */
            opensAt: string;
            /** @example 1 */
            projectYear: number;
            /** @example Oproep Plan Samenleven projectjaar 1 */
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
        ProgrammeClockMovedResponse: {
            /**
             * Format: date-time
             * @example 2022-06-15T09:12:00.000Z
             */
            movedFrom: string;
            /**
             * Format: date-time
             * @example 2023-04-16T00:00:00.000Z
             */
            movedTo: string;
        };
        ProgrammeClockResponse: {
            /**
             * @example development
             * @enum {string}
             */
            mode: "production" | "development";
            /**
             * @description Whether ABB may move the clock forward (development mode only)
             * @example true
             */
            movable: boolean;
            /**
             * Format: date-time
             * @description The programme time now
             * @example 2022-06-15T09:12:00.000Z
             */
            now: string;
        };
        ProposedApplicationView: {
            /** Format: uuid */
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
            /** @enum {string} */
            outcome: "full" | "partial" | "none";
            /** @example 1 */
            priority: number | null;
            /** @example 1500 */
            proposedAdditionalReach: number;
            /** @example 9000000 */
            proposedCents: number;
            /** @example Volledig gefinancierd: alle aanvragen passen binnen het budget. */
            reason: string;
            /** @example 1500 */
            requestedAdditionalReach: number;
        };
        ProposedStimulusView: {
            /** @example 5 */
            actionNumber: number | null;
            /** @enum {string} */
            kind: "mentorship" | "cooperation";
            /** @enum {string} */
            outcome: "full" | "partial" | "none";
            /** @example null */
            partnerCode: string | null;
            /** @example 1000000 */
            proposedCents: number;
            /** @example Mentorschap: vast bedrag. */
            reason: string;
        };
        PublishCatalogueVersionDto: {
            changes: components["schemas"]["RateChangeDto"][];
            /**
             * @description the version applies to this project year and the later ones until the next version
             * @example 2
             */
            fromProjectYear: number;
            /** @example Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2 */
            note: string;
        };
        RateChangeDto: {
            /**
             * @description the new euro per KPI; left out: unchanged
             * @example 65
             */
            eurPerKpi?: number;
            /**
             * @example A05
             * @enum {string}
             */
            indicatorCode: "A02" | "A05" | "A06" | "A07" | "A08" | "A09-NIEUWKOMERS" | "A09-HANDICAP" | "A09-55PLUS" | "A10-NIEUWKOMERS" | "A10-VROUWEN" | "A10-HANDICAP" | "A11" | "A13-HERKOMST" | "A13-HANDICAP" | "A14" | "A15" | "A16" | "A17-PROFESSIONALS" | "A17-BURGERS" | "A18" | "A19" | "A20" | "A21-HERKOMST" | "A21-HANDICAP" | "A22" | "A23" | "A24-HERKOMST" | "A24-HANDICAP";
            /**
             * @description the new maximum KPI count per applicant; left out: unchanged
             * @example 2250
             */
            maxPerApplicant?: number;
        };
        RecordedDecisionResponse: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            decisionId: string;
            /** @example 1 */
            revision: number;
            /**
             * @example decision-pending
             * @enum {string}
             */
            status: "decision-pending";
            /** @example 8200000 */
            totalCents: number;
        };
        RegisterGovernmentDto: {
            /** @example Gent */
            arrondissement?: string | null;
            /**
             * @description 5-digit NIS code of the municipality, or VGC / DE-RAND
             * @example 44021
             */
            code: string;
            contacts: components["schemas"]["ContactDto"][];
            /** @example 263927 */
            inhabitants?: number | null;
            /**
             * @description KBO enterprise number, 10 digits (check digits verified)
             * @example 0207451227
             */
            kboNumber?: string | null;
            /** @example Gent */
            name: string;
            /**
             * @description null when unknown
             * @example 61000
             */
            nonEuOriginInhabitants?: number | null;
            /**
             * @example Oost-Vlaanderen
             * @enum {string}
             */
            province: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "Vlaams-Brabant" | "West-Vlaanderen" | "Brussel";
        };
        RejectAmendmentDto: {
            /** @example De gevraagde verhoging past niet in het budget van dit jaar. */
            comment: string;
        };
        ReportingPeriodResponse: {
            /** @example PJ1-INTERIM */
            code: string;
            /**
             * @example [
             *       "2022-10-01",
             *       "2023-03-31"
             *     ]
             */
            covers: string[];
            /** @example 2023-04-15 */
            due: string;
        };
        RequestAmendmentDto: {
            /** @description Only the lines that change */
            lines: components["schemas"]["AmendedLineDto"][];
            /** @example De lessen starten pas in het najaar; minder deelnemers haalbaar. */
            reason: string;
        };
        RequestedLineResponse: {
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description additionalReach x eurPerKpi x 100, never above cap x eurPerKpi x 100
             * @example 9000000
             */
            requestedCents: number;
        };
        RequestedResponse: {
            lines: components["schemas"]["RequestedLineResponse"][];
            /** @example 9000000 */
            linesCents: number;
            /**
             * @description EUR 10,000 per mentorship and per cooperation, counted separately
             * @example 1000000
             */
            stimuliCents: number;
        };
        SaveApplicationDto: {
            contacts: components["schemas"]["ApplicationContactDto"][];
            /**
             * @description Checked when submitting
             * @example BE68 5390 0754 7034
             */
            iban?: string | null;
            lines: components["schemas"]["ApplicationLineDto"][];
            stimuli: components["schemas"]["StimuliDto"];
        };
        SkippedApplicationView: {
            /** Format: uuid */
            applicationId: string;
            /** @example already decided (status decision-pending) */
            reason: string;
        };
        SocialImpactBondDto: {
            /** @example false */
            intended: boolean;
            /** @example  */
            text: string;
        };
        StimuliDto: {
            cooperation?: components["schemas"]["CooperationDto"] | null;
            mentorships: components["schemas"]["MentorshipDto"][];
            socialImpactBond?: components["schemas"]["SocialImpactBondDto"] | null;
        };
        StimulusDecisionDto: {
            /**
             * @description The action of a mentorship
             * @example 5
             */
            actionNumber?: number;
            /** @example true */
            granted: boolean;
            /**
             * @example mentorship
             * @enum {string}
             */
            kind: "mentorship" | "cooperation";
            /**
             * @description The partner of a cooperation (NIS code)
             * @example 44083
             */
            partnerCode?: string;
        };
        UpdateGovernmentDto: {
            /** @description replaces every contact person of the government */
            contacts?: components["schemas"]["ContactDto"][];
            /** @example 263927 */
            inhabitants?: number | null;
            /**
             * @description null clears it
             * @example 0207451227
             */
            kboNumber?: string | null;
            /** @example Gent */
            name?: string;
            /**
             * @description null when unknown
             * @example 61000
             */
            nonEuOriginInhabitants?: number | null;
            /**
             * @example Oost-Vlaanderen
             * @enum {string}
             */
            province?: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "Vlaams-Brabant" | "West-Vlaanderen" | "Brussel";
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
    accept: {
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
                "application/json": components["schemas"]["EmptyBodyDto"];
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedAmendmentResponse"];
                };
            };
            /** @description the body is not empty */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description no such amendment */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description the amendment was reviewed already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
    reject: {
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
                "application/json": components["schemas"]["RejectAmendmentDto"];
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
                    "application/json": components["schemas"]["AmendmentResponse"];
                };
            };
            /** @description no comment */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description no such amendment */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description the amendment was reviewed already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
    listApplications: {
        parameters: {
            query?: {
                callId?: string;
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
                    "application/json": components["schemas"]["ApplicationResponse"][];
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
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
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
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description not eligible (with the numbers), a group member applying alone, not the group lead, the call closed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer naming another government */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the applicant already has an application for the call */
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
    getApplication: {
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
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description no such application, or not the caller’s */
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
    saveApplication: {
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
                "application/json": components["schemas"]["SaveApplicationDto"];
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
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description a field of the wrong type, or one that is not the caller’s to set (status, amounts, applicant) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such application, or not the caller’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the application is no longer a draft */
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
    amendmentsOf: {
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
                    "application/json": components["schemas"]["AmendmentResponse"][];
                };
            };
            /** @description no such application, or another government's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
    request: {
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
                "application/json": components["schemas"]["RequestAmendmentDto"];
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
                    "application/json": components["schemas"]["AmendmentResponse"];
                };
            };
            /** @description every problem at once: indicators not in the decision, reach outside 0..cap, no reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description no such application, or another government's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description the application is not decided, or has an open amendment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
    decision: {
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
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
            /** @description no such application (or another government's), or no decision yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
    decideApplication: {
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
                "application/json": components["schemas"]["DecisionDto"];
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedDecisionResponse"];
                };
            };
            /** @description every problem of the decision at once, each naming its line and field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description no such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description not a submitted application of a closed call, or decided already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
    submitApplication: {
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
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
            /** @description every problem, each naming its field, e.g. lines[2].additionalReach */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such application, or not the caller’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already submitted */
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
    listCalls: {
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
                    "application/json": components["schemas"]["CallResponse"][];
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
    openCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCallDto"];
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
                    "application/json": components["schemas"]["CallResponse"];
                };
            };
            /** @description a project year outside 1..3, or a closing date not after the opening date */
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
    getCall: {
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
                    "application/json": components["schemas"]["CallResponse"];
                };
            };
            /** @description no such call */
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
    closeCall: {
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
                    "application/json": components["schemas"]["CallResponse"];
                };
            };
            /** @description no such call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the call is already closed */
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
    decideCallAsProposed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyBodyDto"];
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecidedAsProposedResponse"];
                };
            };
            /** @description the body is not empty */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description no such call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description the call is open, or has no allocation proposal yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
            /** @description no proposal (yet) for this call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
    catalogue: {
        parameters: {
            query: {
                /** @description read the year under this version (e.g. the one an application was priced under); left out: the version in force */
                catalogueVersion?: string;
                /** @description project year 1, 2 or 3 */
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
                    "application/json": components["schemas"]["CatalogueResponse"];
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
    versions: {
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
                    "application/json": components["schemas"]["CatalogueVersionResponse"][];
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
    publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishCatalogueVersionDto"];
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
                    "application/json": components["schemas"]["CatalogueVersionResponse"];
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
    searchRegister: {
        parameters: {
            query?: {
                kind?: "municipality" | "vgc" | "de-rand";
                province?: "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "Vlaams-Brabant" | "West-Vlaanderen" | "Brussel";
                /** @description part of the name or the code, in any case */
                q?: string;
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
                    "application/json": components["schemas"]["GovernmentViewDto"][];
                };
            };
            /** @description an unknown province or kind */
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
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterGovernmentDto"];
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
                    "application/json": components["schemas"]["GovernmentViewDto"];
                };
            };
            /** @description a field is invalid, e.g. the KBO check digits */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the code or the KBO number is already registered */
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
    get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["GovernmentViewDto"];
                };
            };
            /** @description no government with this code */
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
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGovernmentDto"];
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
                    "application/json": components["schemas"]["GovernmentViewDto"];
                };
            };
            /** @description a field is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no government with this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the KBO number is registered to another government */
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
    import: {
        parameters: {
            query?: {
                /** @description true: check the file and say what it would do, with every problem, without importing anything */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
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
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description every bad row and field, e.g. `row 7, kboNumber: check digits do not match`, or a bad dryRun; nothing was imported */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the file is larger than 1048576 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as text/csv */
            415: {
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
    listGroups: {
        parameters: {
            query?: {
                projectYear?: number;
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
                    "application/json": components["schemas"]["GroupResponse"][];
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
    formGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormGroupDto"];
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
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description a member that is not a registered municipality, a lead that is not a member, fewer than two members */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a member already in another group of the project year, or a group of that code already */
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
    changeGroup: {
        parameters: {
            query: {
                /** @description The project year the group is formed for */
                projectYear: number;
            };
            header?: never;
            path: {
                groupCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeGroupDto"];
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
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description as for forming a group */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no group of that code in the project year */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a member already in another group of the project year */
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
    show: {
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
                    "application/json": components["schemas"]["ProgrammeClockResponse"];
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
    move: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveProgrammeClockDto"];
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
                    "application/json": components["schemas"]["ProgrammeClockMovedResponse"];
                };
            };
            /** @description neither or both of to and forwardBy, or one that cannot be read */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description production mode, or a moment at or before the programme time now (the clock never goes back) */
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
