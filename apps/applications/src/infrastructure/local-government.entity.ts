import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Contact, GovernmentKind } from '../domain/local-government.js';

@Entity({ name: 'local_government' })
export class LocalGovernmentEntity {
  @PrimaryColumn({ name: 'code', type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'kind', type: 'varchar', length: 20 })
  kind: GovernmentKind;

  /** Null where no public source gave it (the shipped register says so); unique when known. */
  @Column({ name: 'kbo_number', type: 'char', length: 10, unique: true, nullable: true })
  kboNumber: string | null;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'province', type: 'varchar', length: 40 })
  province: string;

  @Column({ name: 'arrondissement', type: 'varchar', length: 60, nullable: true })
  arrondissement: string | null;

  @Column({ name: 'inhabitants', type: 'integer', nullable: true })
  inhabitants: number | null;

  /** Null when unknown: eligibility then cannot be established until ABB records it. */
  @Column({ name: 'non_eu_origin_inhabitants', type: 'integer', nullable: true })
  nonEuOriginInhabitants: number | null;

  @Column({ name: 'contacts', type: 'jsonb' })
  contacts: Contact[];

  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;
}
