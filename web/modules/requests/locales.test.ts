/** Every key the request screens build at run time (states, actions, categories, problems, error codes) exists in bg and en. */
import { describe, expect, it } from 'vitest';
import { REQUEST_ACTIONS, REQUEST_STATES } from '../../../src/domain/services/request-state-machine';
import { AID_BASES } from '../../../src/domain/state-aid/aid';
import { SERVICE_FAMILIES } from '../../../src/contract/services/enums';
import { RESOURCES } from '../../app/locales';
import { LOCALES } from '../../../src/contract/common';
import { deliveryCategoryKey } from '../services/enum-labels';
import { DELIVERY_PROBLEMS } from './delivery-form';
import { AID_ERROR_CODES, REQUEST_ERROR_CODES } from './errors';
import { DELIVERY_CATEGORIES, TIMELINE_KINDS } from '../../../src/contract/requests/enums';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

const WHO = ['byActor', 'anonymous'];
const keys: string[] = [
  ...REQUEST_STATES.map((s) => `requests.statuses.${s}`),
  ...REQUEST_ACTIONS.map((a) => `requests.actions.labels.${a}`),
  ...['reject', 'cancel', 'assign', 'reassign'].flatMap((a) => [
    `requests.actions.dialogTitles.${a}`,
    `requests.actions.submit.${a}`,
  ]),
  ...REQUEST_ACTIONS.flatMap((a) => WHO.map((w) => `requests.timeline.actions.${a}.${w}`)),
  ...TIMELINE_KINDS.flatMap((k) => WHO.map((w) => `requests.timeline.kinds.${k}.${w}`)),
  ...WHO.map((w) => `requests.timeline.statusChanged.${w}`),
  ...DELIVERY_CATEGORIES.map(deliveryCategoryKey),
  ...DELIVERY_PROBLEMS.map((p) => `requests.delivery.problems.${p}`),
  ...AID_BASES.map((b) => `requests.aidBases.${b}`),
  ...[...REQUEST_ERROR_CODES, ...AID_ERROR_CODES].map((c) => `requests.errors.${c}`),
  ...[1, 2, 3, 4, 5].map((n) => `requests.feedback.scale.${n}`),
  ...['required', 'too_short', 'too_long'].map((p) => `requests.new.needProblems.${p}`),
  ...['days', 'hours'].map((u) => `requests.new.quantity.${u}`),
  ...['rejected', 'cancelled'].map((s) => `requests.detail.reasonTitle.${s}`),
  ...SERVICE_FAMILIES.map((f) => `services.families.${f}`),
];

describe('request screen translations', () => {
  for (const lng of LOCALES) {
    it(`has every run-time key in ${lng}`, () => {
      const web = RESOURCES[lng].web;
      expect(keys.filter((k) => typeof lookup(web, k) !== 'string')).toEqual([]);
    });
  }
});
