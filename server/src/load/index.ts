// The office's load online (docs/service-info.md#load): wiring for app.ts.
import type { App, Services } from '../http/context';
import { loadRoutes } from './routes';
import { LoadService } from './service';

export { LoadService, type FreeTimesProvider } from './service';

export function installLoad(app: App, s: Services): LoadService {
  const load = new LoadService(s.repos, s.queue, s.views);
  // today's free booking times, from online booking (server/src/booking), for the services it offers
  load.setFreeTimes((branchId, date) => {
    const office = s.booking.offices().find((o) => o.id === branchId);
    if (!office) return null;
    return office.services.map((svc) => {
      try {
        return { serviceId: svc.id, times: s.booking.availability(svc.id, date).slots.map((x) => x.time) };
      } catch {
        // today is past the booking window for it: nothing free today
        return { serviceId: svc.id, times: [] };
      }
    });
  });
  loadRoutes(app, s, load);
  return load;
}
