import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { assessments, organisations } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import type { TAssessmentSummaryOut } from '../assessments.presenter';
import { presentSummary } from './get-assessment';

export interface ListAssessmentsQuery {
  questionnaire?: 'sme' | 'pso';
  stage?: 'T0' | 'T1' | 'T2';
  status?: 'draft' | 'submitted';
  q?: string;
  page: number;
  pageSize: number;
}

/** Every assessment of every customer (staff), filtered and paged, newest first. */
export async function listAssessments(executor: Executor, query: ListAssessmentsQuery) {
  const where: SQL[] = [];
  if (query.questionnaire) where.push(eq(assessments.questionnaire, query.questionnaire));
  if (query.stage) where.push(eq(assessments.stage, query.stage));
  if (query.status) where.push(eq(assessments.status, query.status));
  if (query.q) {
    const digits = query.q.replace(/\D/g, '');
    const match = [
      ilike(organisations.legalNameBg, containsPattern(query.q)),
      ilike(organisations.legalNameEn, containsPattern(query.q)),
    ];
    if (digits.length >= 3) match.push(sql`${organisations.eik} like ${digits + '%'}`);
    where.push(or(...match)!);
  }
  const condition = where.length ? and(...where) : undefined;
  const [rows, [count]] = await Promise.all([
    executor
      .select({ row: assessments, name: organisations.legalNameBg })
      .from(assessments)
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .where(condition)
      .orderBy(desc(sql`coalesce(${assessments.submittedAt}, ${assessments.updatedAt})`), desc(assessments.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    executor
      .select({ n: sql<number>`count(*)::int` })
      .from(assessments)
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .where(condition),
  ]);
  const items: TAssessmentSummaryOut[] = rows.map((r) => presentSummary(r.row, r.name));
  return { items, total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
