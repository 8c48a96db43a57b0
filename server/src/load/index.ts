// The office's load online (docs/service-info.md#load): wiring for app.ts.
import type { App, Services } from '../http/context';
import { loadRoutes } from './routes';
import { LoadService } from './service';

export { LoadService, type FreeTimesProvider } from './service';

export function installLoad(app: App, s: Services): LoadService {
  const load = new LoadService(s.repos, s.queue, s.views);
  loadRoutes(app, s, load);
  return load;
}
