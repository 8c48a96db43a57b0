// The ticket's page on a visitor's phone (the printed QR code leads to /t/<code>): the small
// ticket-ui bundle, its index.html for every code and its files under /t/assets/. The page asks
// the API about the code itself, so serving it reveals nothing and costs the same for any code.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveBuiltApp } from './static-files';
import type { App } from './context';

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export async function ticketPageRoutes(app: App, dist: string): Promise<void> {
  const built = existsSync(join(dist, 'index.html'));
  if (built) {
    await serveBuiltApp(app, { root: join(dist, 'assets'), prefix: '/t/assets/', decorateReply: false, index: false });
  }
  app.get('/t/:code', { schema: { hide: true } }, async (req, reply) => {
    const code = (req.params as { code: string }).code;
    if (!CODE.test(code)) return reply.status(404).type('text/plain; charset=utf-8').send('Талон не знайдено');
    if (!built) {
      return reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="uk"><meta charset="utf-8"><title>«Черга»</title>
<p>Сторінку талону ще не зібрано. Виконайте <code>npm run build</code> і перезапустіть сервер.</p></html>`);
    }
    // read per request: a rebuilt page is served without restarting the server
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
}
