import type { Dossier } from '../../dossier/types.js';

/**
 * The loan conditions of N-4.4 are conditions of disbursement (贷款发放条件): they must hold when money is first paid
 * out, not when the application is filed. The first disbursement is the one with the earliest date, whatever the
 * order the dossier lists them in.
 */
export interface FirstDisbursement {
  date: string;
  /** Index in `loan.disbursements`, for pointing at it. */
  index: number;
}

export function firstDisbursement(dossier: Dossier): FirstDisbursement | undefined {
  let first: FirstDisbursement | undefined;
  dossier.loan.disbursements?.forEach((disbursement, index) => {
    if (!first || disbursement.date < first.date) first = { date: disbursement.date, index };
  });
  return first;
}
