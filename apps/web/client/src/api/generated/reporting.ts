// Generated from docs/openapi/reporting.yaml by `npm run web:client`; do not edit.
export interface paths {
    "/at-risk-flags/{governmentCode}/{projectYear}/{indicatorCode}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ABB accepts the motivation of an indicator the interim review found below 25% of its target: the at-risk flag is cleared */
        post: operations["clear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expected-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The returns (interim and annual reports) each government owes, with covered dates and due date */
        get: operations["expectedReturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Planned, realised, governments and targets reached per indicator, action, objective, year or government
         * @description level indicator (default), action, objective or year: the totals of that level, programme-wide, or of one government with governmentCode; level government: one row per government (its whole year). Realised counts, per government and indicator, the latest period of the year (the annual report once it exists, else the interim; reports are running totals), in its latest version; a nil return counts as reported with nothing realised. Updated in the same transaction as each report.
         */
        get: operations["figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same figures as a spreadsheet: xlsx, or CSV (UTF-8, ";" between cells, decimal comma)
         * @description level indicator (default), action, objective or year: the totals of that level, programme-wide, or of one government with governmentCode; level government: one row per government (its whole year). Realised counts, per government and indicator, the latest period of the year (the annual report once it exists, else the interim; reports are running totals), in its latest version; a nil return counts as reported with nothing realised. Updated in the same transaction as each report. The file has one row per row of GET /figures, with Dutch column headers.
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
    "/networks/{networkId}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A learning network's members' target, realised total and statuses on the indicators of the network's action
         * @description For the network's mentor (a mentor token naming the network) and ABB, in the network's project year, from the member list mentorships last announced (network-members-changed).
         */
        get: operations["networkFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/results/{projectYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's results of a project year per action: planned and realised, from accepted reports only (no sign-in) */
        get: operations["programmeResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/results/{projectYear}/governments/{governmentCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One government's results of a project year per action: planned and realised, from accepted reports only (no sign-in) */
        get: operations["governmentResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report-drafts/{governmentCode}/{periodCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A government's draft report of a period, as its officer typed it (not submitted, counted nowhere) */
        get: operations["draft"];
        /** Save a government's draft report of a period (replacing its earlier draft); nothing is reported by it */
        put: operations["save"];
        post?: never;
        /** Discard a government's draft report of a period (after submitting it, or to start again) */
        delete: operations["discard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A government's report versions with ABB's reviews and comments (ABB: every government's) */
        get: operations["reports"];
        put?: never;
        /** Submit a result report (a new version replaces the previous one in every figure); after the due date it is marked late */
        post: operations["submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report version with ABB's review and comments */
        get: operations["report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ABB accepts the latest version of a report (naming the motivations it does not accept), or requests changes with a comment per indicator */
        post: operations["review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the Excel template of a government and period, prefilled with its approved indicators
         * @description An .xlsx with a sheet `Rapportering` (per approved indicator: unit, target, expected by the end of the period, the latest reported value; yellow input cells for the total, a nil return and a motivation, with cell validation; everything else locked) and a sheet `Instructies` in Dutch. A hidden sheet identifies the template for the upload. When the government already reported for the period, the input cells hold that report, so a correction changes only what changed.
         */
        get: operations["downloadTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a report by uploading a filled Excel template (the same rules as POST /reports)
         * @description The file as the body (`--data-binary @file.xlsx`), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (or application/octet-stream), at most 2097152 bytes. Every wrong cell is named with its sheet and cell in the 400 (`Rapportering!D7: geen geheel getal`), and nothing is stored unless the whole file is right. A new upload for the same period is the next version.
         */
        post: operations["uploadTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A government's status per indicator and period (not-reported, at-risk, lagging, on-track, achieved) with the interim review's at-risk flags */
        get: operations["statuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statuses/behind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every government x indicator x period that is lagging, at-risk (an open at-risk flag wins over lagging) or not reported, with achieved, target, expected and whether the return is overdue */
        get: operations["behind"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The committed targets per government, project year and indicator, as the latest revision set them */
        get: operations["targets"];
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
        AtRiskFlagResponse: {
            /** @example 400 */
            achieved: number | null;
            /**
             * Format: date-time
             * @example null
             */
            clearedAt: string | null;
            /** @example null */
            clearedBy: string | null;
            /** @example null */
            clearReason: string | null;
            /** @example 44021 */
            governmentCode: string;
            /** @example A05 */
            indicatorCode: string;
            /** @example Opstart vertraagd door aanwerving van de coördinator. */
            motivation: string | null;
            /**
             * @description The interim report that raised it
             * @example PJ1-INTERIM
             */
            periodCode: string;
            /** @example 1 */
            projectYear: number;
            /**
             * Format: date-time
             * @example 2023-04-10T09:30:00.000Z
             */
            raisedAt: string;
            /** @example 1 */
            reportVersion: number;
            /**
             * @description open: continuation into project year 3 waits on ABB accepting the motivation
             * @example open
             * @enum {string}
             */
            state: "open" | "cleared";
            /** @example 2000 */
            target: number;
        };
        BehindResponse: {
            /**
             * @description null: a nil return, or not reported
             * @example 600
             */
            achieved: number | null;
            /**
             * Format: date
             * @description The due date of the period's return
             * @example 2023-04-30
             */
            due: string | null;
            /**
             * @description What was expected by the end of the period
             * @example 997
             */
            expected: number;
            /** @example 44021 */
            governmentCode: string;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description Not reported by the due date
             * @example false
             */
            overdue: boolean;
            /** @example PJ1-INTERIM */
            periodCode: string;
            /**
             * @description An open at-risk flag makes a lagging indicator at-risk
             * @example lagging
             * @enum {string}
             */
            status: "lagging" | "at-risk" | "not-reported";
            /** @example 2000 */
            target: number;
        };
        ClearAtRiskFlagDto: {
            /**
             * @description ABB evaluated the government's motivation positively (only that clears the flag)
             * @example true
             */
            motivationAccepted: boolean;
            /** @example Opstart vertraagd door aanwerving; inhaalplan voor het voorjaar is overtuigend. */
            reason: string;
        };
        ClearedAtRiskFlagResponse: {
            /** @description The statuses the check changed (cause motivation-accepted) */
            changes: components["schemas"]["StatusChangeResponse"][];
            flag: components["schemas"]["AtRiskFlagResponse"];
        };
        CommittedTargetResponse: {
            /** @example 0f8fad5b-d9cb-469f-a165-70867728950e */
            applicationId: string;
            /** @example sha256-3f1c2a9b7d10 */
            catalogueVersion: string | null;
            /** @example 44021 */
            governmentCode: string;
            /** @example A05 */
            indicatorCode: string;
            /** @example 1 */
            projectYear: number;
            /**
             * @description 1: the decision; higher: an accepted amendment
             * @example 1
             */
            revision: number | null;
            /**
             * @description current reach + approved additional reach
             * @example 2000
             */
            target: number;
        };
        DraftLineDto: {
            /** @example A05 */
            indicatorCode: string;
            /** @example Tweede lessenreeks gestart in september. */
            motivation: string;
            /**
             * @description The officer chose a nil return (nothing to count yet)
             * @example false
             */
            nil: boolean;
            /**
             * @description The total as typed so far; it may be empty or not yet a number
             * @example 420
             */
            value: string;
        };
        ExpectedReturnResponse: {
            /** @example 0f8fad5b-d9cb-469f-a165-70867728950e */
            applicationId: string;
            /**
             * Format: date
             * @example 2022-10-01
             */
            coversFrom: string;
            /**
             * Format: date
             * @example 2023-03-31
             */
            coversTo: string;
            /**
             * Format: date
             * @example 2023-04-15
             */
            due: string;
            /** @example 44021 */
            governmentCode: string;
            /**
             * @example interim
             * @enum {string}
             */
            kind: "interim" | "annual";
            /** @example PJ1-INTERIM */
            periodCode: string;
            /** @example 1 */
            projectYear: number;
        };
        FieldProblemResponse: {
            /** @example results[0].motivation */
            field: string;
            /** @example A05: 400 ligt onder 25% van de doelstelling 2000; voor de voortzetting in projectjaar 3 is een motivering nodig (die mag volgen in een nieuwe versie vóór de tussentijdse beoordeling) */
            problem: string;
        };
        FigureResponse: {
            /** @example Oefenkansen Nederlands organiseren */
            actionName: string | null;
            /**
             * @description indicator and action levels
             * @example 5
             */
            actionNumber: number | null;
            /**
             * @description null: programme-wide; else the government whose own figures these are
             * @example null
             */
            governmentCode: string | null;
            /**
             * @description Governments with a target here
             * @example 1
             */
            governments: number;
            /**
             * @description ...of which reported on at least one of those targets (a nil return counts)
             * @example 1
             */
            governmentsReported: number;
            /**
             * @description indicator level only
             * @example A05
             */
            indicatorCode: string | null;
            /**
             * @example indicator
             * @enum {string}
             */
            level: "indicator" | "action" | "objective" | "year" | "government";
            /** @example Nederlands */
            objectiveName: string | null;
            /**
             * @description indicator, action and objective levels
             * @example 2
             */
            objectiveNumber: number | null;
            /**
             * @description realised / planned in percent; null when nothing is planned
             * @example 30
             */
            percentReached: number | null;
            /**
             * @description Sum of the committed targets
             * @example 2000
             */
            planned: number;
            /** @example 1 */
            projectYear: number;
            /**
             * @description Sum of each government's latest running total (latest period of the year, latest version); a nil return adds 0
             * @example 600
             */
            realised: number;
            /**
             * @description Government x indicator targets here
             * @example 1
             */
            targets: number;
            /**
             * @description Targets whose counted running total is at or above the target
             * @example 0
             */
            targetsReached: number;
            /**
             * @description targetsReached / targets in percent
             * @example 0
             */
            targetsReachedPercent: number | null;
            /** @example 1 */
            targetsReported: number;
            /** @example volwassen anderstalige die deelneemt aan een oefenkans */
            unit: string | null;
            /**
             * Format: date-time
             * @example 2023-04-10T09:30:00.412Z
             */
            updatedAt: string;
        };
        IndicatorStatusResponse: {
            /**
             * @description null: a deliberate nil return
             * @example 600
             */
            achieved: number | null;
            /** @description The year's at-risk flag of the indicator, if any */
            atRiskFlag: components["schemas"]["AtRiskFlagResponse"] | null;
            /**
             * @description What was expected by the end of the period
             * @example 997
             */
            expected: number;
            /** @example A05 */
            indicatorCode: string;
            /** @example PJ1-INTERIM */
            periodCode: string;
            /**
             * @description null: not reported by the due date
             * @example 1
             */
            reportVersion: number | null;
            /**
             * @example lagging
             * @enum {string}
             */
            status: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved";
            /** @example 2000 */
            target: number;
        };
        MemberIndicatorResponse: {
            /**
             * @description The period whose report counts; null: none yet
             * @example PJ1-INTERIM
             */
            countedPeriodCode: string | null;
            /** @example A22 */
            indicatorCode: string;
            /**
             * @description The running total that counts (latest period of the year, latest version); null: not reported, or a nil return
             * @example 12
             */
            realised: number | null;
            /** @description The status per period that has one, oldest period first */
            statuses: components["schemas"]["PeriodStatusResponse"][];
            /**
             * @description The member's committed target; null: none on this indicator
             * @example 40
             */
            target: number | null;
        };
        NetworkFiguresResponse: {
            /** @example 22 */
            actionNumber: number;
            /**
             * @description The indicators of the network's action (catalogue)
             * @example [
             *       "A22"
             *     ]
             */
            indicatorCodes: string[];
            /** @description Each member once, in code order */
            members: components["schemas"]["NetworkMemberFiguresResponse"][];
            /**
             * @description Mentorships' count of changes to the member list this answer follows
             * @example 3
             */
            membershipVersion: number;
            /** @example 12025 */
            mentorGovernmentCode: string;
            /** @example network-12025-A22-PJ1 */
            networkId: string;
            /** @example 1 */
            projectYear: number;
        };
        NetworkMemberFiguresResponse: {
            /** @example 44021 */
            governmentCode: string;
            indicators: components["schemas"]["MemberIndicatorResponse"][];
        };
        PeriodStatusResponse: {
            /** @example PJ1-INTERIM */
            periodCode: string;
            /**
             * @example lagging
             * @enum {string}
             */
            status: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved";
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
        PublicActionResponse: {
            /** @example Oefenkansen Nederlands organiseren */
            actionName: string | null;
            /** @example 5 */
            actionNumber: number | null;
            indicators: components["schemas"]["PublicIndicatorResponse"][];
            /** @example Nederlands */
            objectiveName: string | null;
            /** @example 2 */
            objectiveNumber: number | null;
        };
        PublicIndicatorResponse: {
            /**
             * @description Governments with a target on the indicator
             * @example 2
             */
            governments: number;
            /**
             * @description Of them, the governments with an accepted report on it
             * @example 1
             */
            governmentsReported: number;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description realised / planned in percent; null when nothing is planned
             * @example 17.5
             */
            percentReached: number | null;
            /**
             * @description Sum of the committed targets
             * @example 2750
             */
            planned: number;
            /**
             * @description Sum of each government's running total in its latest accepted report; reports waiting for review count for nothing
             * @example 480
             */
            realised: number;
            /** @example volwassen anderstalige die deelneemt aan een oefenkans */
            unit: string | null;
        };
        PublicResultsResponse: {
            /** @description Per action, in action order, its indicators */
            actions: components["schemas"]["PublicActionResponse"][];
            /**
             * @description null: the whole programme; else the government's own
             * @example null
             */
            governmentCode: string | null;
            /**
             * @description Governments with a target in the year
             * @example 2
             */
            governments: number;
            /**
             * @description Of them, the governments with an accepted report
             * @example 1
             */
            governmentsReported: number;
            /** @example 1 */
            projectYear: number;
        };
        ReportDraftResponse: {
            /** @example 44021 */
            governmentCode: string;
            lines: components["schemas"]["DraftLineDto"][];
            /** @example PJ1-INTERIM */
            periodCode: string;
            /**
             * Format: date-time
             * @description Programme time
             * @example 2022-10-03T08:15:00.000Z
             */
            savedAt: string;
            /** @example gent-reporter */
            savedBy: string;
        };
        ReportLineDto: {
            /**
             * @description Total achieved so far; null is a deliberate "nil" report, which differs from 0
             * @example 600
             */
            achieved: number | null;
            /** @example A05 */
            indicatorCode: string;
            /**
             * @description Why the result is behind, in the words of the government: required on an annual report below target, asked for (a warning) on an interim report below 25% of the target
             * @example Opstart vertraagd door aanwerving van de coördinator.
             */
            motivation?: string;
        };
        ReportLineResponse: {
            /**
             * @description null: a deliberate nil return
             * @example 400
             */
            achieved: number | null;
            /** @example A05 */
            indicatorCode: string;
            /** @example Opstart vertraagd door aanwerving van de coördinator. */
            motivation?: string;
        };
        ReportResponse: {
            /**
             * Format: date
             * @example 2023-04-15
             */
            due: string;
            /** @example 44021 */
            governmentCode: string;
            /** @example false */
            late: boolean;
            /**
             * @description false: a newer version replaced this one
             * @example true
             */
            latest: boolean;
            /** @example PJ1-INTERIM */
            periodCode: string;
            /** @example 1 */
            projectYear: number;
            /**
             * Format: uuid
             * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
             */
            reportId: string;
            results: components["schemas"]["ReportLineResponse"][];
            /** @description ABB's review of this version; null while it waits for one */
            review: components["schemas"]["ReportReviewResponse"] | null;
            /**
             * Format: date-time
             * @example 2023-04-10T09:30:00.000Z
             */
            submittedAt: string;
            /** @example gent-reporter */
            submittedBy: string;
            /** @example 1 */
            version: number;
        };
        ReportReviewResponse: {
            comments: components["schemas"]["ReviewCommentResponse"][];
            /**
             * @description Accepted versions: the indicators whose motivation ABB did not accept; every other motivation of the version was accepted
             * @example []
             */
            motivationsNotAccepted: string[];
            /**
             * @example changes-requested
             * @enum {string}
             */
            outcome: "accepted" | "changes-requested";
            /**
             * Format: uuid
             * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
             */
            reportId: string;
            /** @example 1 */
            reportVersion: number;
            /**
             * Format: date-time
             * @example 2023-04-20T10:00:00.000Z
             */
            reviewedAt: string;
            /** @example abb-reviewer */
            reviewedBy: string;
        };
        ReviewCommentDto: {
            /** @example Graag de telling per lessenreeks toelichten. */
            comment: string;
            /** @example A05 */
            indicatorCode: string;
        };
        ReviewCommentResponse: {
            /** @example Graag de telling per lessenreeks toelichten. */
            comment: string;
            /** @example A05 */
            indicatorCode: string;
        };
        ReviewReportDto: {
            /** @description Required for changes-requested: what to change, per indicator of the report */
            comments: components["schemas"]["ReviewCommentDto"][];
            /**
             * @description Only with outcome accepted: the indicators (of the reviewed version, carrying a motivation) whose motivation ABB does not accept. Every other motivation of an accepted version counts as accepted; on changes-requested none is judged.
             * @example [
             *       "A05"
             *     ]
             */
            motivationsNotAccepted?: string[];
            /**
             * @example changes-requested
             * @enum {string}
             */
            outcome: "accepted" | "changes-requested";
        };
        SaveReportDraftDto: {
            lines: components["schemas"]["DraftLineDto"][];
        };
        StatusChangeResponse: {
            /** @example A05 */
            indicatorCode: string;
            /** @example PJ1-INTERIM */
            periodCode: string;
            /**
             * @example at-risk
             * @enum {string}
             */
            previousStatus: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved";
            /**
             * @example lagging
             * @enum {string}
             */
            status: "not-reported" | "lagging" | "at-risk" | "on-track" | "achieved";
        };
        SubmitReportDto: {
            /** @example 44021 */
            governmentCode: string;
            /** @example PJ1-INTERIM */
            periodCode: string;
            results: components["schemas"]["ReportLineDto"][];
        };
        SubmittedReportResponse: {
            /**
             * Format: date
             * @description The period's due date
             * @example 2023-04-15
             */
            due: string;
            /** @example 44021 */
            governmentCode: string;
            /**
             * @description Submitted after the due date: accepted, and marked late
             * @example false
             */
            late: boolean;
            /** @example PJ1-INTERIM */
            periodCode: string;
            /** @example 1 */
            projectYear: number;
            /**
             * @description true: the same request came again under its Idempotency-Key (HTTP 200, the same report)
             * @example false
             */
            replayed: boolean;
            /**
             * Format: uuid
             * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
             */
            reportId: string;
            /**
             * Format: date-time
             * @description Programme time
             * @example 2023-04-10T09:30:00.000Z
             */
            submittedAt: string;
            /**
             * @description Each submission for the same period is the next version; the latest counts
             * @example 1
             */
            version: number;
            /** @description What the report should still explain: an interim figure below 25% of its target without a motivation */
            warnings: components["schemas"]["FieldProblemResponse"][];
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
    clear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                indicatorCode: string;
                projectYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearAtRiskFlagDto"];
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
                    "application/json": components["schemas"]["ClearedAtRiskFlagResponse"];
                };
            };
            /** @description the motivation not accepted, or no reason given */
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
            /** @description no at-risk flag for this government, project year and indicator */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the flag was cleared already */
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
    expectedReturns: {
        parameters: {
            query?: {
                /** @description left out: every government (ABB only) */
                governmentCode?: string;
                /** @description left out: every project year */
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
                    "application/json": components["schemas"]["ExpectedReturnResponse"][];
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
    figures: {
        parameters: {
            query: {
                /** @description only this government's own figures; required for a government officer */
                governmentCode?: string;
                /** @description indicator, action, objective or year: one row per indicator, action, objective or the whole year; government: one row per government */
                level?: "indicator" | "action" | "objective" | "year" | "government";
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
                    "application/json": components["schemas"]["FigureResponse"][];
                };
            };
            /** @description projectYear, level or governmentCode is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer asked for the programme-wide figures or for another government */
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
                /** @description only this government's own figures; required for a government officer */
                governmentCode?: string;
                /** @description indicator, action, objective or year: one row per indicator, action, objective or the whole year; government: one row per government */
                level?: "indicator" | "action" | "objective" | "year" | "government";
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
            /** @description The file, with Content-Disposition: attachment; filename="cijfers-pj1-indicator.csv" */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example Projectjaar;Indicator;Eenheid;Actie;Doelstelling;Gepland (som van de doelen);Gerealiseerd;% gerealiseerd;Besturen met een doel;Besturen die rapporteerden;Doelen (bestuur x indicator);Doelen gerapporteerd;Doelen bereikt;% doelen bereikt
                     *     1;A05;volwassen anderstalige die deelneemt aan een oefenkans;5;2;3000;600;20;2;1;2;1;0;0
                     */
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description projectYear, level, governmentCode or format is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer asked for the programme-wide figures or for another government */
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
    networkFigures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The network as mentorships names it (e.g. network-12025-A22-PJ1) and the mentor token lists it */
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
                    "application/json": components["schemas"]["NetworkFiguresResponse"];
                };
            };
            /** @description not ABB, or a mentor of another network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such learning network (or mentorships has not announced its members yet) */
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
    programmeResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["PublicResultsResponse"];
                };
            };
            /** @description a project year other than 1, 2 or 3 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    governmentResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
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
                    "application/json": components["schemas"]["PublicResultsResponse"];
                };
            };
            /** @description a project year other than 1, 2 or 3, or a malformed government code */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                periodCode: string;
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
                    "application/json": components["schemas"]["ReportDraftResponse"];
                };
            };
            /** @description a malformed government or period code */
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
            /** @description the government has no draft for the period */
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
    save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                periodCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveReportDraftDto"];
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
                    "application/json": components["schemas"]["ReportDraftResponse"];
                };
            };
            /** @description a malformed code, a period that is not one of the programme, an indicator given twice, a line too long */
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
    discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                governmentCode: string;
                periodCode: string;
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
            /** @description The draft is gone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a malformed government or period code */
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
            /** @description the government has no draft for the period */
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
    reports: {
        parameters: {
            query?: {
                /** @description left out: every government (ABB only) */
                governmentCode?: string;
                /** @description left out: every period */
                periodCode?: string;
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
                    "application/json": components["schemas"]["ReportResponse"][];
                };
            };
            /** @description a malformed government or period code */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer naming another government, or none */
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
    submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Sent again with the same body: the same report (200); with another body: 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReportDto"];
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
            /** @description The same request again under its Idempotency-Key: the report it made */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedReportResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedReportResponse"];
                };
            };
            /** @description every problem at once: an indicator not approved for the government in the year, a figure not a whole number >= 0, the period not started yet, an annual figure below target without a motivation, a correction leaving out an indicator */
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
            /** @description the government has no approved targets in the year, or the Idempotency-Key was used for another request */
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
    report: {
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
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description no such report, or another government's */
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
    review: {
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
                "application/json": components["schemas"]["ReviewReportDto"];
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
                    "application/json": components["schemas"]["ReportReviewResponse"];
                };
            };
            /** @description changes requested without a comment, a comment on an indicator the report does not report, or motivationsNotAccepted on a request for changes or naming an indicator the version does not motivate */
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
            /** @description no such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a newer version replaced this one, or this version was reviewed already */
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
    downloadTemplate: {
        parameters: {
            query: {
                /** @description The government the template is for (a government token: its own, or its group) */
                governmentCode: string;
                periodCode: string;
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
            /** @description the template, as an attachment `rapportering-<government>-<period>.xlsx` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description governmentCode or periodCode is invalid, or the period is not one of the programme */
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
            /** @description the government has no approved targets in the project year of the period */
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
    uploadTemplate: {
        parameters: {
            query?: {
                /** @description Refuse the file (400) unless it is the template of this period */
                periodCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the filled template */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
                    "application/json": components["schemas"]["SubmittedReportResponse"];
                };
            };
            /** @description every wrong cell, e.g. `Rapportering!D7: geen geheel getal`; or the file is no .xlsx, no template of the programme (metadata missing or changed, an older layout), or not for the government or period asked for; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the template is for a government the token is not for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the government has no approved targets in the project year of the period */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the file is larger than 2097152 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
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
    statuses: {
        parameters: {
            query: {
                governmentCode: string;
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
                    "application/json": components["schemas"]["IndicatorStatusResponse"][];
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
    behind: {
        parameters: {
            query: {
                indicatorCode?: string;
                periodCode?: string;
                projectYear: number;
                /** @description only rows with this status */
                status?: "lagging" | "at-risk" | "not-reported";
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
                    "application/json": components["schemas"]["BehindResponse"][];
                };
            };
            /** @description projectYear missing or not 1 to 3, an unknown status, or a malformed indicatorCode or periodCode */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a government officer or mentor: only ABB sees every government */
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
    targets: {
        parameters: {
            query?: {
                /** @description left out: every government (ABB only) */
                governmentCode?: string;
                /** @description left out: every project year */
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
                    "application/json": components["schemas"]["CommittedTargetResponse"][];
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
