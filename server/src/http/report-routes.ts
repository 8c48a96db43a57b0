// REST transport of reports (server/src/reports): the report, its filter options, the
// national export (also reachable by an export token) and the tokens themselves.
import { Readable } from 'node:stream';
import { ExportTokenBody, ExportTokenParams, ReportExportQuery, ReportFiltersQuery, ReportQuery } from '@cherha/contracts';
import type { FastifyRequest } from 'fastify';
import { ReportService } from '../reports/service';
import type { App, Services } from './context';

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

  app.get('/api/reports', {
    schema: { operationId: 'getReport', tags, summary: 'Звіт за період: відвідувачі, очікування, обслуговування, навантаження, оцінки', querystring: ReportQuery },
  }, async (req) => reports.report(req.actor, req.query));

  app.get('/api/reports/filters', {
    schema: { operationId: 'getReportFilters', tags, summary: 'Що можна обрати у фільтрах звіту', querystring: ReportFiltersQuery },
  }, async (req) => reports.filters(req.actor, req.query.branchId));

  for (const kind of ['tickets', 'daily'] as const) {
    app.get(`/api/reports/export/${kind}.csv`, {
      config: { exportTokenCheck },
      schema: {
        operationId: kind === 'tickets' ? 'exportTicketsCsv' : 'exportDailyCsv', tags, querystring: ReportExportQuery,
        summary: kind === 'tickets' ? 'Національний моніторинг: талони за період, знеособлено (CSV)' : 'Національний моніторинг: підсумки по днях (CSV)',
      },
    }, async (req, reply) => {
      const tokenId = req.actor ? null : reports.exportTokenId(bearerOf(req));
      const lines = reports.exportCsv(req.actor, tokenId, kind, req.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cherha-${kind}-${req.query.from}-${req.query.to}.csv"`)
        .send(Readable.from(lines));
    });
  }

  app.get('/api/reports/export-tokens', {
    schema: { operationId: 'listExportTokens', tags, summary: 'Токени вивантаження для національного моніторингу' },
  }, async () => reports.listTokens());

  app.post('/api/reports/export-tokens', {
    schema: { operationId: 'createExportToken', tags, summary: 'Створити токен вивантаження (показується один раз)', body: ExportTokenBody },
  }, async (req, reply) => reply.status(201).send(reports.createToken(req.actor, req.body.name)));

  app.post('/api/reports/export-tokens/:id/revoke', {
    schema: { operationId: 'revokeExportToken', tags, summary: 'Відкликати токен вивантаження', params: ExportTokenParams },
  }, async (req) => reports.revokeToken(req.params.id));

  return reports;
}
