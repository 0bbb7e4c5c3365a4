import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Instalment } from '../domain/payment-schedule.js';

/** The payment schedule ABB set for a project year; without a row the default applies. */
@Entity({ name: 'payment_schedule' })
export class PaymentScheduleEntity {
  @PrimaryColumn({ name: 'project_year', type: 'smallint' }) projectYear: number;
  @Column({ name: 'instalments', type: 'jsonb' }) instalments: Instalment[];
  @Column({ name: 'changed_by', type: 'varchar', length: 200 }) changedBy: string;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
