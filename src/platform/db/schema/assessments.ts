import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisations } from './organisations';

/**
 * Digital maturity assessments (DMA). A draft holds partial answers; a submitted one holds its stage,
 * result and Module 1 snapshot. The database keeps the invariants that concurrency could break:
 * one open draft per organisation, and each stage recorded at most once per organisation and questionnaire.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    questionnaire: text('questionnaire').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    profile: text('profile').notNull(),
    status: text('status').notNull().default('draft'),
    stage: text('stage'),
    staffAssisted: boolean('staff_assisted').notNull().default(false),
    answers: jsonb('answers').notNull().default({}),
    /** TDmaResult at submission (or after the latest correction), full precision. */
    result: jsonb('result'),
    /** Module 1: the organisation's registry data as it was when the assessment was submitted. */
    module1: jsonb('module1'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    submittedBy: text('submitted_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('assessments_one_draft')
      .on(t.organisationId)
      .where(sql`${t.status} = 'draft'`),
    uniqueIndex('assessments_stage_once')
      .on(t.organisationId, t.questionnaire, t.stage)
      .where(sql`${t.status} = 'submitted'`),
    index('assessments_submitted_idx').on(t.status, t.submittedAt),
    check('assessments_questionnaire', sql`${t.questionnaire} in ('sme', 'pso')`),
    check('assessments_status', sql`${t.status} in ('draft', 'submitted')`),
    check('assessments_stage', sql`${t.stage} is null or ${t.stage} in ('T0', 'T1', 'T2')`),
    check(
      'assessments_submitted_complete',
      sql`(${t.status} = 'draft' and ${t.stage} is null and ${t.submittedAt} is null) or (${t.status} = 'submitted' and ${t.stage} is not null and ${t.result} is not null and ${t.submittedAt} is not null)`,
    ),
  ],
);

/** A staff correction of a submitted assessment: the answers and result it replaced, and why. */
export const assessmentCorrections = pgTable(
  'assessment_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: text('by_user_id').references(() => user.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    previousStage: text('previous_stage'),
    previousAnswers: jsonb('previous_answers').notNull(),
    previousResult: jsonb('previous_result').notNull(),
  },
  (t) => [index('assessment_corrections_assessment_idx').on(t.assessmentId, t.at)],
);
