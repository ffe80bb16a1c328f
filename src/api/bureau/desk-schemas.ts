/** OpenAPI schemas of the dashboard figures and the monthly report (answers mirror src/db/repos: desk-figures, monthly-report). */
import { z } from '@hono/zod-openapi';
import { OWNERSHIPS, TIERS } from '../../care/facility.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_format').openapi({ example: '2026-10', description: 'A month, YYYY-MM' });
const format = z.enum(['json', 'xlsx']).default('json').openapi({ description: 'json (default) or xlsx (the table as an Excel workbook)' });

export const figuresQuerySchema = z
  .object({
    division: z.string().max(40).optional().openapi({ description: "A county-level division: its facilities' figures" }),
    facility: z.string().max(100).optional().openapi({ description: "One facility's figures" }),
    format,
  })
  .strict();

const figures = {
  facilities: z.number().int(),
  places: z.number().int(),
  enrolled: z.number().int(),
  occupancy: z.number(),
  waiting: z.number().int(),
  signed: z.number().int(),
  signingRate: z.number(),
  staff: z.number().int(),
  staffTrained: z.number().int(),
  trainingRate: z.number(),
  gradeA: z.number().int(),
  gradeB: z.number().int(),
  subsidyPaidFen: z.number().int(),
  population: z.number().int().nullable(),
  placesPer1000: z.number().nullable(),
};
export const figuresSchema = z.object(figures).openapi('DeskFigureTotals');
export const figureRowSchema = z
  .object({ id: z.string(), name: z.string(), level: z.enum(['division', 'facility']), tier: z.enum(TIERS).nullable(), ownership: z.enum(OWNERSHIPS).nullable(), grade: z.string().nullable(), ...figures })
  .openapi('DeskFigureRow');

export const deskFiguresSchema = z
  .object({
    level: z.enum(['city', 'division', 'facility']),
    asOf: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }),
    parent: z.object({ level: z.enum(['city', 'division']), id: z.string(), name: z.string() }).nullable(),
    target: z.object({ placesPer1000: z.number() }),
    total: figuresSchema,
    rows: z.array(figureRowSchema),
    byTier: z.array(z.object({ tier: z.enum(TIERS), facilities: z.number().int(), places: z.number().int(), enrolled: z.number().int(), occupancy: z.number() })),
    trend: z.array(
      z.object({ month: z.string(), places: z.number().int(), enrolled: z.number().int(), occupancy: z.number(), signingRate: z.number(), placesPer1000: z.number().nullable(), subsidyPaidFen: z.number().int() }),
    ),
  })
  .openapi('DeskFigures');

export const snapshotInputSchema = z.object({ month }).strict().openapi('DeskSnapshotInput');
export const snapshotSchema = z.object({ month: z.string(), taken: z.boolean().openapi({ description: 'false: the month was taken before and is kept as it was' }), units: z.number().int() }).openapi('DeskSnapshot');

export const reportQuerySchema = z.object({ month, division: z.string().max(40).optional(), format }).strict();

export const monthlyReportSchema = z
  .object({
    month: z.string(),
    asOf: z.string(),
    division: z.object({ id: z.string(), name: z.string() }).nullable(),
    facilities: z.number().int(),
    places: z.number().int(),
    childrenEnrolled: z.number().int(),
    signed: z.number().int(),
    signingRate: z.number(),
    claims: z.number().int(),
    subsidyApprovedFen: z.number().int(),
    subsidyPaidFen: z.number().int(),
    lines: z.array(z.object({ tier: z.enum(TIERS), ownership: z.enum(OWNERSHIPS), facilities: z.number().int(), places: z.number().int(), childrenEnrolled: z.number().int(), signed: z.number().int() })),
  })
  .openapi('MonthlyReport');
