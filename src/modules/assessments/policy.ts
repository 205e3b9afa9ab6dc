import type { TActor } from '../../platform/http/actor';
import { isMemberOf, isStaff } from '../../platform/http/authorize';
import { definePolicy, unverifiedMayWrite } from '../../platform/http/policy';

/** The facts an organisation's assessment rules decide on. */
interface TOrgFacts {
  organisationId: string;
}

const view = (a: TActor | null, f: TOrgFacts) => isStaff(a) || isMemberOf(a, f.organisationId);
const fill = (a: TActor | null, f: TOrgFacts) => isStaff(a) || isMemberOf(a, f.organisationId);
const setStage = (a: TActor | null) => isStaff(a);

/** Who may do what with digital maturity assessments. Routes bind these rules; they run before any command. */
export const assessmentPolicy = definePolicy('assessments', {
  /** The public self-check: anyone, nothing stored (an unverified account may use it too). */
  score: unverifiedMayWrite((_a: TActor | null) => true),
  /** An organisation's assessments and results: its members and hub staff. */
  view,
  /** Start, save, submit or discard a draft: the organisation's members, or staff on its behalf. */
  fill,
  /** Submit a draft: who may fill it; choosing the stage (T0/T1/T2) instead of the next one needs staff. */
  submit: (a: TActor | null, f: TOrgFacts & { stage?: string }) => fill(a, f) && (!f.stage || setStage(a)),
  /** Choose the stage (T0/T1/T2) instead of the next one: staff. */
  setStage,
  /** Correct a submitted assessment (audited, old answers kept): staff. */
  correct: (a: TActor | null) => isStaff(a),
  /** Every assessment of every customer, the Commission files: staff. */
  listAll: (a: TActor | null) => isStaff(a),
  exportFiles: (a: TActor | null) => isStaff(a),
  importFiles: (a: TActor | null) => isStaff(a),
});

export interface TAssessmentAbilities {
  edit: boolean;
  submit: boolean;
  setStage: boolean;
  correct: boolean;
  delete: boolean;
  report: boolean;
}

/** The abilities sent with an assessment so the web app shows only what the actor may do. */
export function assessmentAbilities(a: TActor | null, organisationId: string, status: string): TAssessmentAbilities {
  const draft = status === 'draft';
  const canFill = assessmentPolicy.fill(a, { organisationId });
  return {
    edit: draft && canFill,
    submit: draft && canFill,
    setStage: assessmentPolicy.setStage(a),
    correct: !draft && assessmentPolicy.correct(a),
    delete: draft && canFill,
    report: !draft && assessmentPolicy.view(a, { organisationId }),
  };
}
