import type { TActor } from '../../platform/http/actor';
import { isMemberOf, isStaff } from '../../platform/http/authorize';
import { definePolicy } from '../../platform/http/policy';
import {
  allowedActions,
  isTerminal,
  type TRequestAction,
  type TRequestActor,
  type TRequestState,
} from '../../domain/services/request-state-machine';

/** What the rules need to know about a request: whose it is and who works on it. */
export interface TRequestFacts {
  organisationId: string;
  status: TRequestState;
  expertId: string | null;
  partnerId: string | null;
  hasFeedback: boolean;
}

const isAssignedExpert = (a: TActor | null, r: Pick<TRequestFacts, 'expertId'>) =>
  !!a && !!r.expertId && r.expertId === a.userId;
/** Experts of the partner the request is assigned to follow it (a colleague may stand in for the expert). */
const isPartnerExpert = (a: TActor | null, r: Pick<TRequestFacts, 'partnerId'>) =>
  a?.role === 'expert' && !!r.partnerId && isMemberOf(a, r.partnerId);
const isDone = (r: TRequestFacts) => r.status === 'delivered' || r.status === 'closed';
const canView = (a: TActor | null, r: TRequestFacts) =>
  isStaff(a) || isMemberOf(a, r.organisationId) || isAssignedExpert(a, r) || isPartnerExpert(a, r);

/** Who may do what with service requests. One line per rule; routes call these before any command. */
export const requestPolicy = definePolicy('requests', {
  list: (a: TActor | null) => !!a,
  /** The whole list and the board are for hub staff; others see only the requests they are part of. */
  listAll: (a: TActor | null) => isStaff(a),
  board: (a: TActor | null) => isStaff(a),
  /** Members ask for their own organisation; staff on any customer's behalf. */
  create: (a: TActor | null, organisationId: string) => isStaff(a) || isMemberOf(a, organisationId),
  view: (a: TActor | null, r: TRequestFacts) => canView(a, r),
  /** Passing the door: the state machine then decides the action itself (403 forbidden, 409 invalid_transition). */
  transition: (a: TActor | null, r: TRequestFacts) => canView(a, r),
  comment: (a: TActor | null, r: TRequestFacts) => canView(a, r),
  attach: (a: TActor | null, r: TRequestFacts) => canView(a, r),
  readAttachment: (a: TActor | null, r: TRequestFacts) => canView(a, r),
  /** Choosing who delivers is hub staff's job. */
  listExperts: (a: TActor | null) => isStaff(a),
  /** The Commission's delivery record is kept by hub staff, once the service has been given. */
  recordDelivery: (a: TActor | null) => isStaff(a),
  recordDeliveryNow: (a: TActor | null, r: TRequestFacts) => isStaff(a) && isDone(r),
  /** Only the customer rates the service, once, after delivery. */
  giveFeedback: (a: TActor | null, r: TRequestFacts) => isMemberOf(a, r.organisationId),
  giveFeedbackNow: (a: TActor | null, r: TRequestFacts) =>
    isMemberOf(a, r.organisationId) && isDone(r) && !r.hasFeedback,
  journey: (a: TActor | null, organisationId: string) => isStaff(a) || isMemberOf(a, organisationId),
});

/** The actor as the state machine sees it. */
export function requestActor(a: TActor, r: Pick<TRequestFacts, 'organisationId' | 'expertId'>): TRequestActor {
  return {
    role: a.role,
    isRequesterOrgMember: isMemberOf(a, r.organisationId),
    isAssignedExpert: isAssignedExpert(a, r),
  };
}

export interface TRequestAbilities {
  comment: boolean;
  attach: boolean;
  recordDelivery: boolean;
  giveFeedback: boolean;
}

/** The actions and abilities sent with a request so the web app shows only what the actor may do. */
export function requestAbilities(
  a: TActor,
  r: TRequestFacts,
): { allowedActions: TRequestAction[]; abilities: TRequestAbilities } {
  return {
    allowedActions: allowedActions(r.status, requestActor(a, r)),
    abilities: {
      // A finished request (closed, rejected, cancelled) is read-only: the commands refuse with 409 request_closed.
      comment: requestPolicy.comment(a, r) && !isTerminal(r.status),
      attach: requestPolicy.attach(a, r) && !isTerminal(r.status),
      recordDelivery: requestPolicy.recordDeliveryNow(a, r),
      giveFeedback: requestPolicy.giveFeedbackNow(a, r),
    },
  };
}
