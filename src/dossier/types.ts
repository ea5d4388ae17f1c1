/**
 * TypeScript view of dossier format v1. The types are generated from `schemas/dossier.schema.json` (the source of
 * truth) into `generated/dossier-types.ts` by `npm run generate`; rules only ever see data that passed the schema,
 * so these types describe validated dossiers. This module gives the rules stable names for them.
 */
import type { Component, Dossier, DossierDocument, Resettlement } from './generated/dossier-types.js';

export type {
  Agreement,
  Component,
  Dossier,
  DossierDocument,
  Entity,
  FundSupervision,
  IsoDate,
  Loan,
  Project,
  Quality,
  Resettlement,
  Rural,
} from './generated/dossier-types.js';

export type ProjectCategory = Dossier['project']['category'];
export type ResettlementMode = Resettlement['modes'][number];
export type ComponentKind = Component['kind'];
export type ApprovalSlot = keyof NonNullable<Component['approvals']>;
export type DocumentKind = DossierDocument['kind'];

/** The key whose presence at the top level marks a YAML file as a dossier. */
export const FORMAT_KEY = 'dossierFormat' satisfies keyof Dossier;
export const SUPPORTED_FORMATS: readonly number[] = [1] satisfies Dossier['dossierFormat'][];
