import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Contact } from '../domain/local-government.js';

@Entity({ name: 'local_government' })
export class LocalGovernmentEntity {
  @PrimaryColumn({ name: 'code', type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'kbo_number', type: 'char', length: 10, unique: true })
  kboNumber: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'province', type: 'varchar', length: 40 })
  province: string;

  @Column({ name: 'contacts', type: 'jsonb' })
  contacts: Contact[];

  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;
}
