import type { PaymentStatus } from '../../infrastructure/payment.entity.js';

export interface ListPaymentsQuery {
  projectYear: number;
  governmentCode?: string;
  status?: PaymentStatus;
}
