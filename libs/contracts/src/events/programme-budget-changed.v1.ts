import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';

export class ProgrammeBudgetChangedV1 {
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsInt() @Min(0) previousCents: number;
  @IsInt() @Min(0) budgetCents: number;
  @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

export const programmeBudgetChangedV1 = defineEvent({
  type: 'budgeting.programme-budget-changed',
  version: 1,
  topic: TOPICS.budgeting,
  keyField: 'projectYear',
  producer: 'budgeting',
  description: 'ABB changed the programme budget of a project year (never below what the year has committed).',
  payloadClass: ProgrammeBudgetChangedV1,
  example: { projectYear: 2, previousCents: 1690778000, budgetCents: 1700000000, reason: 'Bijkomende middelen na begrotingsaanpassing' },
});
