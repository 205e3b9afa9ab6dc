import { describe, expect, it } from 'vitest';
import {
  draftFromEvent,
  draftToInput,
  emptyEventDraft,
  nextQuestionId,
  withType,
  type TEventDraft,
} from './form-model';
import type { TEvent } from '../../../src/contract/events';

const filled = (): TEventDraft => ({
  ...emptyEventDraft(),
  titleBg: 'Работилница по ИИ',
  titleEn: 'AI workshop',
  capacity: '3',
  value: '120',
  price: '0',
  sessions: [
    {
      titleBg: '',
      titleEn: '',
      startsAt: '2026-03-10T09:30',
      endsAt: '2026-03-10T13:00',
      capacity: '',
      location: 'Зала 1',
    },
  ],
});

describe('the event form', () => {
  it('turns Sofia times and euros into instants and cents', () => {
    const { input, problems } = draftToInput(filled());
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      capacity: 3,
      valuePerParticipantCents: 12000,
      pricePerParticipantCents: 0,
      sessions: [
        { startsAt: '2026-03-10T07:30:00.000Z', endsAt: '2026-03-10T11:00:00.000Z', location: 'Зала 1', titleBg: null },
      ],
      certificateMinSessions: null,
      gberArticle: null,
    });
  });

  it('names every problem by its field', () => {
    const d = filled();
    d.titleEn = '';
    d.price = '200';
    d.sessions[0].endsAt = '2026-03-10T08:00';
    d.certificateRule = 'min';
    d.certificateMinSessions = '2';
    d.aidBasis = 'gber';
    d.questions = [{ id: 'q1', labelBg: 'Ниво', labelEn: 'Level', kind: 'choice', required: true, options: '' }];
    const { input, problems } = draftToInput(d);
    expect(input).toBeNull();
    expect(problems).toEqual({
      titleEn: 'required',
      price: 'priceAboveValue',
      'sessions.0.endsAt': 'order',
      certificateMinSessions: 'minSessions',
      gberArticle: 'required',
      'questions.0.options': 'required',
    });
  });

  it('reads choice options as "Bulgarian | English" lines', () => {
    const d = filled();
    d.questions = [
      {
        id: 'q1',
        labelBg: 'Ниво',
        labelEn: 'Level',
        kind: 'choice',
        required: false,
        options: 'Начинаещ | Beginner\nНапреднал',
      },
    ];
    expect(draftToInput(d).input?.questions[0].options).toEqual([
      { id: 'q1-1', labelBg: 'Начинаещ', labelEn: 'Beginner' },
      { id: 'q1-2', labelBg: 'Напреднал', labelEn: 'Напреднал' },
    ]);
  });

  it('round-trips an event through the form', () => {
    const { input } = draftToInput(filled());
    const event = {
      ...input!,
      id: 'e1',
      slug: 'ai-workshop',
      published: false,
      seatsTaken: 0,
      seatsLeft: 3,
      waitlistCount: 0,
      firstStartsAt: null,
      lastEndsAt: null,
      registrationOpen: true,
      organiser: { id: 'org-1', name: 'Тракийски университет' },
      myRegistrations: [],
      abilities: { register: true, manage: true, checkIn: true },
      sessions: input!.sessions.map((s, i) => ({ ...s, id: `s${i}` })),
    } as unknown as TEvent;
    const again = draftToInput(draftFromEvent(event)).input;
    expect(again?.sessions[0]).toMatchObject({ id: 's0', startsAt: '2026-03-10T07:30:00.000Z' });
    expect(again?.valuePerParticipantCents).toBe(12000);
    expect(again?.organiserId).toBe('org-1');
  });

  it('sends the organising partner, or null for none', () => {
    expect(draftToInput({ ...filled(), organiserId: 'org-7' }).input?.organiserId).toBe('org-7');
    expect(draftToInput(filled()).input?.organiserId).toBeNull();
  });

  it('makes a general meeting internal, and refuses any other visibility for it', () => {
    const meeting = withType(filled(), 'general_meeting');
    expect(meeting.visibility).toBe('internal');
    expect(draftToInput(meeting).input?.visibility).toBe('internal');
    // Other types keep the visibility staff chose.
    expect(withType({ ...filled(), visibility: 'members' }, 'seminar').visibility).toBe('members');
    const { input, problems } = draftToInput({ ...meeting, visibility: 'public' });
    expect(input).toBeNull();
    expect(problems).toEqual({ visibility: 'internalOnly' });
  });

  it('gives new questions unused ids', () => {
    expect(nextQuestionId([{ id: 'q1' }, { id: 'q2' }])).toBe('q3');
    expect(nextQuestionId([{ id: 'q2' }])).toBe('q3');
  });
});
