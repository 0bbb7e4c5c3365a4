import type { FieldProblem } from '#domain';

/**
 * One line of a draft as the officer typed it: the text of the total (not yet a figure, it may be half typed), the
 * nil choice and the motivation. A draft is never checked against the report's rules; submitting it is.
 */
export interface DraftLine {
  indicatorCode: string;
  value: string;
  nil: boolean;
  motivation: string;
}

/** A draft names each indicator once; its other limits are the DTO's. */
export const draftProblems = (lines: readonly DraftLine[]): FieldProblem[] => {
  const seen = new Set<string>();
  return lines.flatMap((line, index) => {
    if (seen.has(line.indicatorCode))
      return [{ field: `lines[${index}].indicatorCode`, problem: `${line.indicatorCode} komt meer dan eens voor` }];
    seen.add(line.indicatorCode);
    return [];
  });
};
