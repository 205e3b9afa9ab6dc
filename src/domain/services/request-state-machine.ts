/**
 * The life of a service request, as a pure state machine: which action moves a request from which state to
 * which, and who may take it. Commands ask `decideTransition` before they write; the UI asks `allowedActions`
 * for its buttons (through the server's computed abilities), so both read the same table.
 *
 * ```
 * submitted ─accept─▶ accepted ─assign─▶ assigned ─start─▶ in_progress ─deliver─▶ delivered ─close─▶ closed
 * submitted ─reject─▶ rejected
 * assigned | in_progress ─reassign─▶ the same state, another expert
 * submitted | accepted | assigned | in_progress ─cancel─▶ cancelled
 * ```
 *
 * Who may do what (✓ allowed; blank = forbidden; a row's action is refused as `invalid_transition` from any
 * state not listed in "from"):
 *
 * | action   | from                               | to          | staff / admin | assigned expert | requester's member       | needs                      |
 * | -------- | ---------------------------------- | ----------- | ------------- | --------------- | ------------------------ | -------------------------- |
 * | accept   | submitted                          | accepted    | ✓             |                 |                          |                            |
 * | reject   | submitted                          | rejected    | ✓             |                 |                          | reason                     |
 * | assign   | accepted                           | assigned    | ✓             |                 |                          | expert of a delivering partner |
 * | reassign | assigned, in_progress              | (unchanged) | ✓             |                 |                          | expert of a delivering partner |
 * | start    | assigned                           | in_progress | ✓             | ✓               |                          |                            |
 * | deliver  | in_progress                        | delivered   | ✓             | ✓               |                          |                            |
 * | close    | delivered                          | closed      | ✓             |                 |                          |                            |
 * | cancel   | submitted, accepted                | cancelled   | ✓             |                 | ✓                        | reason                     |
 * | cancel   | assigned, in_progress              | cancelled   | ✓             |                 |                          | reason                     |
 *
 * Decisions worth knowing:
 * - Rights come from the role for hub staff (`admin`, `staff`) and from the relationship for everyone else:
 *   `isAssignedExpert` (the expert named on the request) and `isRequesterOrgMember` (a member of the
 *   organisation that asked). A user who is neither has no action, whatever their role; an expert who is not
 *   the assigned one is treated like any other outsider.
 * - `reassign` exists because experts fall ill or leave: staff may hand an assigned or started request to
 *   another expert without restarting it, so the state does not change.
 * - Open states (`openStates`) are those where work is still ahead: they can be cancelled. `delivered` is not
 *   open — the service has been given and its aid granted, so it can only be closed — but it is not terminal
 *   either. `rejected`, `closed` and `cancelled` are terminal and refuse every action.
 * - A rejection may only happen before acceptance: acceptance is the day the customer gains the legal right
 *   to the service (the aid's grant date), so afterwards the hub ends a request by cancelling it.
 * - Cancelling stays possible from every open state, also after acceptance (accepted, assigned, in progress):
 *   the customer or the hub may give up a service that has not been delivered. Such a request ends without
 *   delivery, so the right to its aid lapses: `aidLapses` says which end states revoke the grant made at
 *   acceptance (the command revokes it in the same transaction; the revoked grant stays in the ledger for the
 *   record but never counts). A service given in part is delivered and recorded with the value actually given,
 *   not cancelled. `delivered` cannot be cancelled: its aid has been received.
 * - Check order: a transition the state does not allow is `invalid_transition` (409) whoever asks; then the
 *   actor (`forbidden`, 403); then the input (`reason_required`, `expert_required`, `expert_not_of_partner`).
 */

export const REQUEST_STATES = [
  'submitted',
  'accepted',
  'rejected',
  'assigned',
  'in_progress',
  'delivered',
  'closed',
  'cancelled',
] as const;
export type TRequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_ACTIONS = [
  'accept',
  'reject',
  'assign',
  'reassign',
  'start',
  'deliver',
  'close',
  'cancel',
] as const;
export type TRequestAction = (typeof REQUEST_ACTIONS)[number];

export type TActorRole = 'admin' | 'staff' | 'expert' | 'member';

export interface TRequestActor {
  role: TActorRole;
  /** The user is a member (or owner) of the organisation that made the request. */
  isRequesterOrgMember: boolean;
  /** The user is the expert the request is assigned to. */
  isAssignedExpert: boolean;
}

export interface TTransitionInput {
  /** Required for `reject` and `cancel`; blank counts as missing. */
  reason?: string | null;
  /** Required for `assign` and `reassign`. */
  expertId?: string | null;
  /** Whether the chosen expert belongs to one of the service's delivering partners (the caller looks it up). */
  expertIsOfDeliveringPartner?: boolean;
}

export type TTransitionErrorCode =
  'invalid_transition' | 'forbidden' | 'reason_required' | 'expert_required' | 'expert_not_of_partner';

export type TTransitionDecision =
  { ok: true; from: TRequestState; to: TRequestState } | { ok: false; code: TTransitionErrorCode; message: string };

/** Who, besides hub staff, may take an action. */
type TExtraActor = 'assigned_expert' | 'requester_member';

interface TTransitionRule {
  from: readonly TRequestState[];
  /** `null` keeps the state (reassign). */
  to: TRequestState | null;
  /** Others than staff/admin allowed, with the states in which they are (defaults to all of `from`). */
  alsoAllowed?: { actor: TExtraActor; states: readonly TRequestState[] }[];
  needsReason?: boolean;
  needsExpert?: boolean;
}

/** States where work is still ahead; a request in one of them can be cancelled. */
export const openStates: readonly TRequestState[] = ['submitted', 'accepted', 'assigned', 'in_progress'];

/** States that refuse every action. */
export const terminalStates: readonly TRequestState[] = ['rejected', 'closed', 'cancelled'];

/** The transition table; see the file comment for the same table in prose. */
export const REQUEST_TRANSITIONS: Readonly<Record<TRequestAction, TTransitionRule>> = {
  accept: { from: ['submitted'], to: 'accepted' },
  reject: { from: ['submitted'], to: 'rejected', needsReason: true },
  assign: { from: ['accepted'], to: 'assigned', needsExpert: true },
  reassign: { from: ['assigned', 'in_progress'], to: null, needsExpert: true },
  start: { from: ['assigned'], to: 'in_progress', alsoAllowed: [{ actor: 'assigned_expert', states: ['assigned'] }] },
  deliver: {
    from: ['in_progress'],
    to: 'delivered',
    alsoAllowed: [{ actor: 'assigned_expert', states: ['in_progress'] }],
  },
  close: { from: ['delivered'], to: 'closed' },
  cancel: {
    from: openStates,
    to: 'cancelled',
    needsReason: true,
    alsoAllowed: [{ actor: 'requester_member', states: ['submitted', 'accepted'] }],
  },
};

/** Whether the request can no longer change. */
export function isTerminal(state: TRequestState): boolean {
  return terminalStates.includes(state);
}

/** Whether the request still has work ahead (and may be cancelled). */
export function isOpen(state: TRequestState): boolean {
  return openStates.includes(state);
}

/** End states reached without a delivery: the right to the aid granted at acceptance lapses there. */
export const aidLapsingStates: readonly TRequestState[] = ['rejected', 'cancelled'];

/**
 * Whether a request that arrives in `to` loses the aid granted at its acceptance (its grant is revoked): it ends
 * without the service having been delivered. Every other state keeps the grant (delivered and closed requests
 * received the aid).
 */
export function aidLapses(to: TRequestState): boolean {
  return aidLapsingStates.includes(to);
}

const isHubStaff = (actor: TRequestActor): boolean => actor.role === 'admin' || actor.role === 'staff';

function hasRelation(actor: TRequestActor, relation: TExtraActor): boolean {
  return relation === 'assigned_expert' ? actor.isAssignedExpert : actor.isRequesterOrgMember;
}

function mayAct(rule: TTransitionRule, from: TRequestState, actor: TRequestActor): boolean {
  if (isHubStaff(actor)) return true;
  return (rule.alsoAllowed ?? []).some((extra) => extra.states.includes(from) && hasRelation(actor, extra.actor));
}

function forbiddenMessage(action: TRequestAction, from: TRequestState): string {
  if (action === 'cancel')
    return `Only hub staff may cancel a request in state ${from}; its organisation may cancel only while submitted or accepted`;
  if (action === 'start' || action === 'deliver')
    return `Only hub staff or the assigned expert may ${action} this request`;
  return `Only hub staff may ${action} a request`;
}

const isBlank = (value: string | null | undefined): boolean => !value || value.trim() === '';

/** Decides whether `actor` may take `action` on a request in state `from`, and the state it leads to. */
export function decideTransition(options: {
  from: TRequestState;
  action: TRequestAction;
  actor: TRequestActor;
  input?: TTransitionInput;
}): TTransitionDecision {
  const { from, action, actor, input = {} } = options;
  const rule = REQUEST_TRANSITIONS[action];
  if (isTerminal(from))
    return { ok: false, code: 'invalid_transition', message: `The request is ${from} and can no longer change` };
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      code: 'invalid_transition',
      message: `A request in state ${from} cannot be ${action === 'cancel' ? 'cancelled' : `given the action ${action}`}`,
    };
  }
  if (!mayAct(rule, from, actor)) return { ok: false, code: 'forbidden', message: forbiddenMessage(action, from) };
  if (rule.needsReason && isBlank(input.reason)) {
    return { ok: false, code: 'reason_required', message: `A reason is required to ${action} a request` };
  }
  if (rule.needsExpert) {
    if (isBlank(input.expertId))
      return { ok: false, code: 'expert_required', message: 'Choose the expert who will deliver the service' };
    if (input.expertIsOfDeliveringPartner !== true) {
      return {
        ok: false,
        code: 'expert_not_of_partner',
        message: 'The expert must belong to one of the partners that deliver this service',
      };
    }
  }
  return { ok: true, from, to: rule.to ?? from };
}

/** The actions `actor` may take on a request in state `from` (before any input is given), in table order. */
export function allowedActions(from: TRequestState, actor: TRequestActor): TRequestAction[] {
  if (isTerminal(from)) return [];
  return REQUEST_ACTIONS.filter((action) => {
    const rule = REQUEST_TRANSITIONS[action];
    return rule.from.includes(from) && mayAct(rule, from, actor);
  });
}
