import register from './data/flemish-municipalities-2019-2024.json' with { type: 'json' };
import type { GovernmentKind, LocalGovernment } from '../domain/local-government.js';

/** Where the shipped register comes from, for the audit trail and the logs. */
export const SHIPPED_REGISTER_SOURCE = register.source;

/**
 * The register shipped in the repository: the 300 Flemish municipalities of 2019-2024 (Statbel NIS codes,
 * names, arrondissements, provinces, inhabitants) and the two governments that are not municipalities,
 * VGC and vzw de Rand. KBO numbers and inhabitants of non-EU origin are null: see the file's addedHere.
 * No contacts: ABB imports them.
 */
export const shippedRegister = (): LocalGovernment[] => [
  ...register.municipalities.map((municipality): LocalGovernment => ({
    code: municipality.nisCode,
    kind: 'municipality',
    kboNumber: municipality.kboNumber,
    name: municipality.name,
    province: municipality.province,
    arrondissement: municipality.arrondissement,
    inhabitants: municipality.inhabitants,
    nonEuOriginInhabitants: municipality.nonEuOriginInhabitants,
    contacts: [],
  })),
  ...register.otherGovernments.map((government): LocalGovernment => ({
    code: government.code,
    kind: government.kind as GovernmentKind,
    kboNumber: government.kboNumber,
    name: government.name,
    province: government.province,
    arrondissement: government.arrondissement,
    inhabitants: government.inhabitants,
    nonEuOriginInhabitants: government.nonEuOriginInhabitants,
    contacts: [],
  })),
];
