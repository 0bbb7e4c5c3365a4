import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who to write to for a government, learned from applications' government-registered events. */
@Entity({ name: 'government_contact' })
export class GovernmentContactEntity {
  @PrimaryColumn({ name: 'government_code', type: 'varchar', length: 40 }) governmentCode: string;
  @Column({ name: 'government_name', type: 'varchar', length: 200 }) governmentName: string;
  @Column({ name: 'contacts', type: 'jsonb' }) contacts: { name: string; email: string; role: string }[];
}
