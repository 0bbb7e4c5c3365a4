import type { Instalment } from '../../domain/payment-schedule.js';

export interface SetPaymentScheduleCommand {
  projectYear: number;
  instalments: Instalment[];
  changedBy: string;
}
