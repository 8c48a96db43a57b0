// REST transport of visitor ratings (server/src/rating): validate, call the service, answer.
// 201 { status: 'saved' } for a new rating, 200 { status: 'already_rated' } for a repeat.
import { z } from 'zod';
import {
  BranchParams, RateBody, RatingDetailsBody, RatingLookupBody, RatingScanBody, RatingSettingsSchema, RatingSummaryQuery, WindowParams, type RateResponse,
} from '@cherha/contracts';
import type { FastifyReply } from 'fastify';
import type { App, Services } from './context';

const tags = ['rating'];
/** any code shape reaches the service, which answers one 404 for all that are not tickets */
const CodeParams = z.object({ code: z.string().max(200) }).strict();

const answer = (reply: FastifyReply, r: RateResponse) => reply.status(r.status === 'saved' ? 201 : 200).send(r);

export function ratingRoutes(app: App, s: Services): void {
  app.get('/api/branches/:branchId/rating-settings', {
    schema: { operationId: 'getRatingSettings', tags, summary: 'Налаштування оцінювання офісу', params: BranchParams },
  }, async (req) => s.rating.settings(req.actor, req.params.branchId));

  app.put('/api/branches/:branchId/rating-settings', {
    schema: { operationId: 'updateRatingSettings', tags, summary: 'Змінити налаштування оцінювання (адміністратор)', params: BranchParams, body: RatingSettingsSchema },
  }, async (req) => s.rating.updateSettings(req.actor, req.params.branchId, req.body));

  app.post('/api/public/tickets/:code/rating', {
    schema: { operationId: 'rateTicket', tags, summary: 'Оцінити обслуговування зі сторінки талону', params: CodeParams, body: RateBody },
  }, async (req, reply) => answer(reply, s.rating.rateWeb(req.params.code, req.body, req.ip)));

  app.patch('/api/public/tickets/:code/rating', {
    schema: { operationId: 'addRatingDetails', tags, summary: 'Додати причини, відповідь 0–10 і коментар до оцінки зі сторінки талону', params: CodeParams, body: RatingDetailsBody },
  }, async (req) => s.rating.addWebDetails(req.params.code, req.body, req.ip));

  app.post('/api/rating/scan', {
    schema: { operationId: 'scanRating', tags, summary: 'Оцінка з термінала: відсканований QR-код талону і оцінка', body: RatingScanBody },
  }, async (req, reply) => {
    const { code, ...body } = req.body;
    return answer(reply, s.rating.rateScanned(req.actor, code, body, req.ip));
  });

  app.post('/api/rating/lookup', {
    schema: { operationId: 'lookupRating', tags, summary: 'Термінал: номер талону за відсканованим кодом, чи можна оцінити', body: RatingLookupBody },
  }, async (req) => s.rating.lookup(req.actor, req.body.code));

  app.post('/api/windows/:windowId/rating', {
    schema: { operationId: 'rateAtWindow', tags, summary: 'Оцінка біля вікна: талон, щойно обслугований цим вікном', params: WindowParams, body: RateBody },
  }, async (req, reply) => answer(reply, s.rating.rateAtWindow(req.actor, req.params.windowId, req.body, req.ip)));

  app.get('/api/windows/:windowId/rating-target', {
    schema: { operationId: 'getRatingTarget', tags, summary: 'Який талон можна оцінити біля цього вікна зараз', params: WindowParams },
  }, async (req) => s.rating.getWindowTarget(req.actor, req.params.windowId));

  app.get('/api/branches/:branchId/ratings/summary', {
    schema: { operationId: 'getRatingSummary', tags, summary: 'Підсумки оцінок офісу за період', params: BranchParams, querystring: RatingSummaryQuery },
  }, async (req) => s.rating.summary(req.actor, req.params.branchId, req.query.from, req.query.to));

  app.get('/api/me/ratings', {
    schema: { operationId: 'getMyRatings', tags, summary: 'Мої оцінки за період (лише власні)', querystring: RatingSummaryQuery },
  }, async (req) => s.rating.mine(req.actor, req.query.from, req.query.to));
}
