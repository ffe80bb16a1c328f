/** Pickup persons, absences, staff shifts, teacher profiles and photos over HTTP. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ApiEnv } from '../context.ts';
import { errorResponses, json, uuidParam } from '../schemas.ts';
import { requireLogin } from '../auth/session.ts';
import { AppError } from '../../shared/errors.ts';
import { cleanPhoto, MAX_PHOTO_BYTES } from '../../care/photo.ts';
import type { PhotoStore } from './photo-store.ts';
import { absenceInputSchema, absenceSchema, photoSchema, pickupInputSchema, pickupSchema, shiftSchema, teacherSchema } from './schemas.ts';

const readErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] };
const writeErrors = { ...readErrors, 409: errorResponses[409] };
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const photoLimit = bodyLimit({
  maxSize: MAX_PHOTO_BYTES,
  onError: () => {
    throw new AppError('too_large', `the photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB`, { field: 'body', code: 'file_too_large', params: { maximum: MAX_PHOTO_BYTES } });
  },
});
const photoBody = { description: 'The image itself (image/jpeg or image/png, at most 4 MB); Exif, XMP, IPTC and text metadata are removed before it is kept' };
/** The raw image as the request body (not validated by a schema: cleanPhoto reads it). */
const imageBody = { body: { required: true, description: photoBody.description, content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) }, 'image/png': { schema: z.string().openapi({ format: 'binary' }) } } } };

const pickups = createRoute({ method: 'get', path: '/api/children/{id}/pickups', tags: ['daily care'], summary: 'Who may drop off and collect the child', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 200: json(z.object({ pickups: z.array(pickupSchema) }).openapi('PickupList'), 'The list'), ...readErrors } });
const addPickup = createRoute({ method: 'post', path: '/api/children/{id}/pickups', tags: ['daily care'], summary: 'Add a person to the pickup list (guardians; the director)', middleware: [requireLogin] as const, request: { params: uuidParam, ...body(pickupInputSchema) }, responses: { 201: json(pickupSchema, 'Added'), ...writeErrors } });
const revokePickup = createRoute({ method: 'delete', path: '/api/pickups/{id}', tags: ['daily care'], summary: 'Remove a person from the pickup list (kept for the record)', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 204: { description: 'Removed' }, ...readErrors } });

const absences = createRoute({ method: 'get', path: '/api/children/{id}/absences', tags: ['daily care'], summary: 'Absences reported for the child (the last month and ahead)', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 200: json(z.object({ absences: z.array(absenceSchema) }).openapi('AbsenceList'), 'Reports'), ...readErrors } });
const addAbsence = createRoute({ method: 'post', path: '/api/children/{id}/absences', tags: ['daily care'], summary: 'Report an absence ahead: sick (with symptoms) or leave; the same id again answers the stored report', middleware: [requireLogin] as const, request: { params: uuidParam, ...body(absenceInputSchema) }, responses: { 201: json(absenceSchema, 'Reported'), 200: json(absenceSchema, 'Already reported (the same id)'), ...writeErrors } });
const cancelAbsence = createRoute({ method: 'delete', path: '/api/absences/{id}', tags: ['daily care'], summary: 'Cancel an absence report (kept, marked cancelled)', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 204: { description: 'Cancelled' }, ...readErrors } });

const shifts = createRoute({ method: 'get', path: '/api/classes/{id}/shifts', tags: ['daily care'], summary: 'Today’s staff shifts of a class', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 200: json(z.object({ shifts: z.array(shiftSchema) }).openapi('ShiftList'), 'Shifts'), ...readErrors } });
const clockIn = createRoute({ method: 'post', path: '/api/classes/{id}/shifts', tags: ['daily care'], summary: 'Clock in to the class (the caller); the live ratio counts the carer from now', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 201: json(shiftSchema, 'Clocked in'), ...writeErrors } });
const clockOut = createRoute({ method: 'post', path: '/api/shifts/{id}/end', tags: ['daily care'], summary: 'Clock out (one’s own shift; the director any in the facility)', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 200: json(shiftSchema, 'Clocked out'), ...writeErrors } });

const teachers = createRoute({ method: 'get', path: '/api/classes/{id}/teachers', tags: ['daily care'], summary: 'The staff of a class as parents see them: family name and role, qualification, experience, training hours, health certificate', middleware: [requireLogin] as const, request: { params: uuidParam }, responses: { 200: json(z.object({ teachers: z.array(teacherSchema) }).openapi('TeacherList'), 'Profiles'), ...readErrors } });
const staffPhoto = createRoute({ method: 'post', path: '/api/staff/{id}/photo', tags: ['daily care'], summary: 'Set a staff member’s profile photo (their own; the director)', description: photoBody.description, middleware: [requireLogin, photoLimit] as const, request: { params: uuidParam, ...imageBody }, responses: { 201: json(photoSchema, 'Stored'), ...writeErrors, 413: errorResponses[413], 415: errorResponses[415] } });

const childPhoto = createRoute({
  method: 'post',
  path: '/api/children/{id}/photos',
  tags: ['daily care'],
  summary: 'Upload a photo of the child’s day (then record a photo entry with its id) or of a pickup person (?purpose=pickup_person)',
  description: photoBody.description,
  middleware: [requireLogin, photoLimit] as const,
  request: { params: uuidParam, query: z.object({ purpose: z.enum(['entry', 'pickup_person']).default('entry') }).strict(), ...imageBody },
  responses: { 201: json(photoSchema, 'Stored'), ...writeErrors, 413: errorResponses[413], 415: errorResponses[415] },
});
const getPhoto = createRoute({
  method: 'get',
  path: '/api/photos/{id}',
  tags: ['daily care'],
  summary: 'A photo (guardians of the child, staff of the facility; staff photos: as teacher profiles)',
  middleware: [requireLogin] as const,
  request: { params: uuidParam },
  responses: { 200: { description: 'The image', content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) }, 'image/png': { schema: z.string().openapi({ format: 'binary' }) } } }, ...readErrors, 503: errorResponses[503] },
});

async function readImage(c: { req: { header(n: string): string | undefined; arrayBuffer(): Promise<ArrayBuffer> } }) {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'image/jpeg' && type !== 'image/png' && type !== 'application/octet-stream') throw new AppError('unsupported', 'send the photo as image/jpeg or image/png', { field: 'content-type', code: 'unsupported_format', params: { format: 'image/jpeg|image/png' } });
  return cleanPhoto(new Uint8Array(await c.req.arrayBuffer()));
}

export function carePeopleRoutes(app: OpenAPIHono<ApiEnv>, photos: PhotoStore): void {
  app.openapi(pickups, async (c) => c.json({ pickups: await c.get('repos').care.people.pickups(c.req.valid('param').id) }, 200));
  app.openapi(addPickup, async (c) => c.json(await c.get('repos').care.people.addPickup(c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(revokePickup, async (c) => {
    await c.get('repos').care.people.revokePickup(c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(absences, async (c) => c.json({ absences: await c.get('repos').care.people.absences(c.req.valid('param').id) }, 200));
  app.openapi(addAbsence, async (c) => {
    const r = await c.get('repos').care.people.reportAbsence(c.req.valid('param').id, { ...c.req.valid('json'), id: c.req.valid('json').id.toLowerCase() });
    return c.json(r.absence, r.created ? 201 : 200);
  });
  app.openapi(cancelAbsence, async (c) => {
    await c.get('repos').care.people.cancelAbsence(c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(shifts, async (c) => c.json({ shifts: await c.get('repos').care.people.shifts(c.req.valid('param').id) }, 200));
  app.openapi(clockIn, async (c) => c.json(await c.get('repos').care.people.clockIn(c.req.valid('param').id), 201));
  app.openapi(clockOut, async (c) => c.json(await c.get('repos').care.people.clockOut(c.req.valid('param').id), 200));
  app.openapi(teachers, async (c) => c.json({ teachers: await c.get('repos').care.people.teachersOfClass(c.req.valid('param').id) }, 200));
  app.openapi(childPhoto, async (c) => {
    const img = await readImage(c);
    const repos = c.get('repos');
    if (!repos.access.reachesRows('photo', 'create')) throw repos.access.refusal('photo', 'create');
    const sha256 = await photos.put(img.bytes);
    const row = await repos.care.facility.addChildPhoto(c.req.valid('param').id, { sha256, bytes: img.bytes.length, mime: img.mime, width: img.width, height: img.height }, c.req.valid('query').purpose);
    return c.json(row, 201);
  });
  app.openapi(staffPhoto, async (c) => {
    const img = await readImage(c);
    const repos = c.get('repos');
    if (!repos.access.reachesRows('teacher_profile', 'update')) throw repos.access.refusal('teacher_profile', 'update');
    const sha256 = await photos.put(img.bytes);
    return c.json(await repos.care.facility.addStaffPhoto(c.req.valid('param').id, { sha256, bytes: img.bytes.length, mime: img.mime, width: img.width, height: img.height }), 201);
  });
  app.openapi(getPhoto, async (c) => {
    const p = await c.get('repos').care.facility.photo(c.req.valid('param').id);
    const bytes = await photos.get(p.sha256);
    if (!bytes) throw new AppError('unavailable', 'the photo file is not in this server’s photo folder (share the folder between servers: CARECIRCLE_PHOTOS)', { field: 'id' });
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': p.mime, 'Cache-Control': 'private, max-age=86400' });
  });
}
