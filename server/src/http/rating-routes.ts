// REST transport of visitor ratings (server/src/rating): the route table (contracts/src/rating.ts
// RATING_CONTRACT) validates, the service decides, this answers.
// 201 { status: 'saved' } for a new rating, 200 { status: 'already_rated' } for a repeat.
import type { RateResponse } from '@cherha/contracts';
import type { FastifyReply } from 'fastify';
import type { App, Services } from './context';
import { route } from './route';

const tags = ['rating'];

const answer = (reply: FastifyReply, r: RateResponse) => reply.status(r.status === 'saved' ? 201 : 200).send(r);

export function ratingRoutes(app: App, s: Services): void {
  route(app, 'getRatingSettings', async (req) => s.rating.settings(req.actor, req.params.branchId), { tags });

  route(app, 'updateRatingSettings', async (req) => s.rating.updateSettings(req.actor, req.params.branchId, req.body), { tags });

  route(app, 'rateTicket', async (req, reply) => answer(reply, s.rating.rateWeb(req.params.code, req.body, req.ip)), { tags });

  route(app, 'addRatingDetails', async (req) => s.rating.addWebDetails(req.params.code, req.body, req.ip), { tags });

  route(app, 'scanRating', async (req, reply) => {
    const { code, ...body } = req.body;
    return answer(reply, s.rating.rateScanned(req.actor, code, body, req.ip));
  }, { tags });

  route(app, 'lookupRating', async (req) => s.rating.lookup(req.actor, req.body.code), { tags });

  route(app, 'rateAtWindow', async (req, reply) => answer(reply, s.rating.rateAtWindow(req.actor, req.params.windowId, req.body, req.ip)), { tags });

  route(app, 'getRatingTarget', async (req) => s.rating.getWindowTarget(req.actor, req.params.windowId), { tags });

  route(app, 'getRatingSummary', async (req) => s.rating.summary(req.actor, req.params.branchId, req.query.from, req.query.to), { tags });

  route(app, 'getMyRatings', async (req) => s.rating.mine(req.actor, req.query.from, req.query.to), { tags });
}
