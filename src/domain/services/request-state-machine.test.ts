import { describe, expect, it } from 'vitest';
import {
  aidLapses,
  allowedActions,
  decideTransition,
  isOpen,
  isTerminal,
  openStates,
  REQUEST_ACTIONS,
  REQUEST_STATES,
  type TRequestAction,
  type TRequestActor,
  type TRequestState,
  type TTransitionInput,
} from './request-state-machine';

/** The kinds of people who may look at a request. */
const ACTORS = {
  admin: { role: 'admin', isRequesterOrgMember: false, isAssignedExpert: false },
  staff: { role: 'staff', isRequesterOrgMember: false, isAssignedExpert: false },
  assignedExpert: { role: 'expert', isRequesterOrgMember: false, isAssignedExpert: true },
  otherExpert: { role: 'expert', isRequesterOrgMember: false, isAssignedExpert: false },
  requesterMember: { role: 'member', isRequesterOrgMember: true, isAssignedExpert: false },
  otherMember: { role: 'member', isRequesterOrgMember: false, isAssignedExpert: false },
} as const satisfies Record<string, TRequestActor>;
type TActorKind = keyof typeof ACTORS;
const ACTOR_KINDS = Object.keys(ACTORS) as TActorKind[];

/**
 * The expected table, written out independently of the implementation: for every action, the state it leads
 * to from each state it may start in, and who may take it there.
 */
const STAFF: TActorKind[] = ['admin', 'staff'];
const EXPECTED: Record<TRequestAction, Partial<Record<TRequestState, { to: TRequestState; who: TActorKind[] }>>> = {
  accept: { submitted: { to: 'accepted', who: STAFF } },
  reject: { submitted: { to: 'rejected', who: STAFF } },
  assign: { accepted: { to: 'assigned', who: STAFF } },
  reassign: { assigned: { to: 'assigned', who: STAFF }, in_progress: { to: 'in_progress', who: STAFF } },
  start: { assigned: { to: 'in_progress', who: [...STAFF, 'assignedExpert'] } },
  deliver: { in_progress: { to: 'delivered', who: [...STAFF, 'assignedExpert'] } },
  close: { delivered: { to: 'closed', who: STAFF } },
  cancel: {
    submitted: { to: 'cancelled', who: [...STAFF, 'requesterMember'] },
    accepted: { to: 'cancelled', who: [...STAFF, 'requesterMember'] },
    assigned: { to: 'cancelled', who: STAFF },
    in_progress: { to: 'cancelled', who: STAFF },
  },
};

/** An input that satisfies every action's needs, so only the state and the actor decide. */
const COMPLETE_INPUT: TTransitionInput = {
  reason: 'The customer asked',
  expertId: 'expert-1',
  expertIsOfDeliveringPartner: true,
};

const cells = REQUEST_STATES.flatMap((from) =>
  REQUEST_ACTIONS.flatMap((action) => ACTOR_KINDS.map((actor) => ({ from, action, actor }))),
);

describe('decideTransition: every state × action × actor', () => {
  it('covers 8 states × 8 actions × 6 actors', () => {
    expect(cells).toHaveLength(8 * 8 * 6);
  });

  it.each(cells)('$action from $from by $actor', ({ from, action, actor }) => {
    const decision = decideTransition({ from, action, actor: ACTORS[actor], input: COMPLETE_INPUT });
    const cell = EXPECTED[action][from];
    if (!cell) expect(decision).toMatchObject({ ok: false, code: 'invalid_transition' });
    else if (!cell.who.includes(actor)) expect(decision).toMatchObject({ ok: false, code: 'forbidden' });
    else expect(decision).toEqual({ ok: true, from, to: cell.to });
  });
});

describe('allowedActions', () => {
  it.each(REQUEST_STATES.flatMap((from) => ACTOR_KINDS.map((actor) => ({ from, actor }))))(
    'in $from for $actor',
    ({ from, actor }) => {
      const expected = REQUEST_ACTIONS.filter((action) => EXPECTED[action][from]?.who.includes(actor));
      expect(allowedActions(from, ACTORS[actor])).toEqual(expected);
    },
  );

  it('offers staff the whole happy path and the exits', () => {
    expect(allowedActions('submitted', ACTORS.staff)).toEqual(['accept', 'reject', 'cancel']);
    expect(allowedActions('accepted', ACTORS.staff)).toEqual(['assign', 'cancel']);
    expect(allowedActions('assigned', ACTORS.staff)).toEqual(['reassign', 'start', 'cancel']);
    expect(allowedActions('in_progress', ACTORS.staff)).toEqual(['reassign', 'deliver', 'cancel']);
    expect(allowedActions('delivered', ACTORS.staff)).toEqual(['close']);
  });

  it('agrees with decideTransition for every cell', () => {
    for (const { from, action, actor } of cells) {
      const ok = decideTransition({ from, action, actor: ACTORS[actor], input: COMPLETE_INPUT }).ok;
      expect(allowedActions(from, ACTORS[actor]).includes(action), `${action} from ${from} by ${actor}`).toBe(ok);
    }
  });
});

describe('people with more than one relation to the request', () => {
  it('lets an expert who belongs to the requesting organisation cancel it while submitted', () => {
    const actor: TRequestActor = { role: 'expert', isRequesterOrgMember: true, isAssignedExpert: false };
    expect(
      decideTransition({ from: 'submitted', action: 'cancel', actor, input: { reason: 'No longer needed' } }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('gives a staff member who is also the assigned expert the staff rights', () => {
    const actor: TRequestActor = { role: 'staff', isRequesterOrgMember: false, isAssignedExpert: true };
    expect(allowedActions('in_progress', actor)).toEqual(['reassign', 'deliver', 'cancel']);
  });

  it('does not let the assigned expert cancel, even when also a member of the requester, once assigned', () => {
    const actor: TRequestActor = { role: 'expert', isRequesterOrgMember: true, isAssignedExpert: true };
    expect(decideTransition({ from: 'assigned', action: 'cancel', actor, input: { reason: 'x' } })).toMatchObject({
      code: 'forbidden',
    });
    expect(allowedActions('assigned', actor)).toEqual(['start']);
  });
});

describe('reasons', () => {
  it.each([
    ['reject', 'submitted'],
    ['cancel', 'submitted'],
    ['cancel', 'accepted'],
    ['cancel', 'assigned'],
    ['cancel', 'in_progress'],
  ] as const)('%s from %s needs a reason', (action, from) => {
    for (const reason of [undefined, null, '', '   \n\t']) {
      const decision = decideTransition({ from, action, actor: ACTORS.staff, input: { reason } });
      expect(decision).toMatchObject({ ok: false, code: 'reason_required' });
    }
    expect(
      decideTransition({ from, action, actor: ACTORS.staff, input: { reason: 'Outside our scope' } }),
    ).toMatchObject({ ok: true });
  });

  it('asks for a reason from the requester too', () => {
    expect(decideTransition({ from: 'accepted', action: 'cancel', actor: ACTORS.requesterMember })).toMatchObject({
      code: 'reason_required',
    });
  });

  it('needs no reason for the other actions', () => {
    expect(decideTransition({ from: 'submitted', action: 'accept', actor: ACTORS.staff })).toEqual({
      ok: true,
      from: 'submitted',
      to: 'accepted',
    });
    expect(decideTransition({ from: 'delivered', action: 'close', actor: ACTORS.admin })).toEqual({
      ok: true,
      from: 'delivered',
      to: 'closed',
    });
    expect(decideTransition({ from: 'assigned', action: 'start', actor: ACTORS.assignedExpert })).toMatchObject({
      ok: true,
    });
    expect(decideTransition({ from: 'in_progress', action: 'deliver', actor: ACTORS.assignedExpert })).toMatchObject({
      ok: true,
    });
  });

  it('refuses the wrong actor before asking for a reason', () => {
    expect(decideTransition({ from: 'submitted', action: 'reject', actor: ACTORS.requesterMember })).toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('experts', () => {
  it.each([
    ['assign', 'accepted', 'assigned'],
    ['reassign', 'assigned', 'assigned'],
    ['reassign', 'in_progress', 'in_progress'],
  ] as const)('%s from %s needs an expert of a delivering partner', (action, from, to) => {
    for (const expertId of [undefined, null, '', '  ']) {
      expect(
        decideTransition({ from, action, actor: ACTORS.staff, input: { expertId, expertIsOfDeliveringPartner: true } }),
      ).toMatchObject({
        ok: false,
        code: 'expert_required',
      });
    }
    for (const expertIsOfDeliveringPartner of [undefined, false]) {
      expect(
        decideTransition({ from, action, actor: ACTORS.staff, input: { expertId: 'e1', expertIsOfDeliveringPartner } }),
      ).toMatchObject({
        ok: false,
        code: 'expert_not_of_partner',
      });
    }
    expect(
      decideTransition({
        from,
        action,
        actor: ACTORS.staff,
        input: { expertId: 'e1', expertIsOfDeliveringPartner: true },
      }),
    ).toEqual({
      ok: true,
      from,
      to,
    });
  });

  it('checks the state before the expert', () => {
    expect(decideTransition({ from: 'submitted', action: 'assign', actor: ACTORS.staff })).toMatchObject({
      code: 'invalid_transition',
    });
  });
});

describe('terminal and open states', () => {
  it.each(['rejected', 'closed', 'cancelled'] as const)(
    '%s refuses everything, even from an admin with a complete input',
    (from) => {
      expect(isTerminal(from)).toBe(true);
      expect(isOpen(from)).toBe(false);
      for (const action of REQUEST_ACTIONS) {
        const decision = decideTransition({ from, action, actor: ACTORS.admin, input: COMPLETE_INPUT });
        expect(decision).toEqual({
          ok: false,
          code: 'invalid_transition',
          message: `The request is ${from} and can no longer change`,
        });
      }
      expect(allowedActions(from, ACTORS.admin)).toEqual([]);
    },
  );

  it('treats delivered as neither open nor terminal: it can only be closed', () => {
    expect(isTerminal('delivered')).toBe(false);
    expect(isOpen('delivered')).toBe(false);
    expect(
      decideTransition({ from: 'delivered', action: 'cancel', actor: ACTORS.admin, input: COMPLETE_INPUT }),
    ).toMatchObject({
      code: 'invalid_transition',
    });
  });

  it('lists the open states in journey order', () => {
    expect(openStates).toEqual(['submitted', 'accepted', 'assigned', 'in_progress']);
    for (const s of openStates) expect(isOpen(s) && !isTerminal(s)).toBe(true);
  });
});

describe('messages', () => {
  it('tell the requester when they may still cancel', () => {
    const decision = decideTransition({
      from: 'in_progress',
      action: 'cancel',
      actor: ACTORS.requesterMember,
      input: { reason: 'x' },
    });
    expect(decision).toEqual({
      ok: false,
      code: 'forbidden',
      message:
        'Only hub staff may cancel a request in state in_progress; its organisation may cancel only while submitted or accepted',
    });
  });

  it('name the state and the action for an impossible transition', () => {
    expect(decideTransition({ from: 'submitted', action: 'deliver', actor: ACTORS.staff })).toEqual({
      ok: false,
      code: 'invalid_transition',
      message: 'A request in state submitted cannot be given the action deliver',
    });
  });

  it('name who may start or deliver', () => {
    expect(decideTransition({ from: 'assigned', action: 'start', actor: ACTORS.otherExpert })).toEqual({
      ok: false,
      code: 'forbidden',
      message: 'Only hub staff or the assigned expert may start this request',
    });
  });
});

describe('aid granted at acceptance', () => {
  it('may still be given up: staff cancel from every open state after acceptance, the organisation while accepted', () => {
    for (const from of ['accepted', 'assigned', 'in_progress'] as const) {
      const decision = decideTransition({
        from,
        action: 'cancel',
        actor: ACTORS.staff,
        input: { reason: 'not needed' },
      });
      expect(decision).toEqual({ ok: true, from, to: 'cancelled' });
    }
    expect(
      decideTransition({ from: 'accepted', action: 'cancel', actor: ACTORS.requesterMember, input: { reason: 'x' } })
        .ok,
    ).toBe(true);
  });

  it('lapses when the request ends without delivery (cancelled, rejected), and only then', () => {
    const lapsing = REQUEST_STATES.filter(aidLapses);
    expect(lapsing).toEqual(['rejected', 'cancelled']);
    // Every cancellation leads to a lapsing state; delivery and closing keep the aid.
    for (const from of openStates) {
      const decision = decideTransition({ from, action: 'cancel', actor: ACTORS.staff, input: { reason: 'x' } });
      expect(decision.ok && aidLapses(decision.to)).toBe(true);
    }
    expect(aidLapses('delivered')).toBe(false);
    expect(aidLapses('closed')).toBe(false);
    expect(
      decideTransition({ from: 'delivered', action: 'cancel', actor: ACTORS.staff, input: { reason: 'x' } }),
    ).toMatchObject({
      ok: false,
      code: 'invalid_transition',
    });
  });
});
