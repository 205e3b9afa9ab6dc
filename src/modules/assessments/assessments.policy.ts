import type { TActor } from '../../platform/http/actor';
import { isMemberOf, isStaff } from '../../platform/http/authorize';

/** Who may do what with digital maturity assessments. Routes call these before any command. */
export const assessmentPolicy = {
  /** The public self-check: anyone, nothing stored. */
  score: (_a: TActor | null) => true,
  /** An organisation's assessments and results: its members and hub staff. */
  view: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  /** Start, save, submit or discard a draft: the organisation's members, or staff on its behalf. */
  fill: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  /** Choose the stage (T0/T1/T2) instead of the next one: staff. */
  setStage: (a: TActor | null) => isStaff(a),
  /** Correct a submitted assessment (audited, old answers kept): staff. */
  correct: (a: TActor | null) => isStaff(a),
  /** Every assessment of every customer, the Commission files: staff. */
  listAll: (a: TActor | null) => isStaff(a),
  exportFiles: (a: TActor | null) => isStaff(a),
  importFiles: (a: TActor | null) => isStaff(a),
};

export interface TAssessmentAbilities {
  edit: boolean;
  submit: boolean;
  setStage: boolean;
  correct: boolean;
  delete: boolean;
  report: boolean;
}

/** The abilities sent with an assessment so the web app shows only what the actor may do. */
export function assessmentAbilities(a: TActor | null, orgId: string, status: string): TAssessmentAbilities {
  const draft = status === 'draft';
  const fill = assessmentPolicy.fill(a, orgId);
  return {
    edit: draft && fill,
    submit: draft && fill,
    setStage: assessmentPolicy.setStage(a),
    correct: !draft && assessmentPolicy.correct(a),
    delete: draft && fill,
    report: !draft && assessmentPolicy.view(a, orgId),
  };
}
