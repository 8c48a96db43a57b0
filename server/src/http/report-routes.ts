// REST transport of reports (server/src/reports): the report, its filter options, the
// national export (also reachable by an export token) and the tokens themselves. Queries,
// bodies and answers are the route table's (contracts/src/reports.ts REPORT_CONTRACT).
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { ReportService } from '../reports/service';
import type { App, Services } from './context';
import { route } from './route';

const tags = ['reports'];
const bearerOf = (req: FastifyRequest): string | undefined => {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
};

export function reportRoutes(app: App, s: Services): ReportService {
  const reports = new ReportService(s.repos, s.queue, s.queue);
  app.addHook('onClose', () => reports.stop());
  // the route table lets an export token through on the export routes only (docs/security.md)
  const exportTokenCheck = (req: FastifyRequest) => reports.exportTokenId(bearerOf(req)) !== null;

  route(app, 'getReport', async (req) => reports.report(req.actor, req.query), { tags });
  route(app, 'getReportFilters', async (req) => reports.filters(req.actor, req.query.branchId), { tags });

  for (const [id, kind] of [['exportTicketsCsv', 'tickets'], ['exportDailyCsv', 'daily']] as const) {
    route(app, id, async (req, reply) => {
      const tokenId = req.actor ? null : reports.exportTokenId(bearerOf(req));
      const lines = reports.exportCsv(req.actor, tokenId, kind, req.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cherha-${kind}-${req.query.from}-${req.query.to}.csv"`)
        .send(Readable.from(lines));
    }, { tags, config: { exportTokenCheck } });
  }

  route(app, 'listExportTokens', async () => reports.listTokens(), { tags });
  route(app, 'createExportToken', async (req, reply) => reply.status(201).send(reports.createToken(req.actor, req.body.name)), { tags });
  route(app, 'revokeExportToken', async (req) => reports.revokeToken(req.params.id), { tags });

  return reports;
}
