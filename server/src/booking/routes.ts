// REST transport of bookings: the route table (contracts/src/booking.ts) validates, BookingService
// decides. The public routes need nothing but the code; staff routes are checked by the route
// table and the office.
import { bitmapToPng, qrBitmap } from '@cherha/printer';
import type { App, Services } from '../http/context';
import { route } from '../http/route';
import { bookingIcs } from './calendar';

const tags = ['booking'];

export function bookingRoutes(app: App, s: Services): void {
  const b = s.booking;

  route(app, 'listBookingOffices', async () => b.offices(), { tags });
  route(app, 'getBookingAvailability', async (req) => b.availability(req.params.serviceId, req.query.date), { tags });
  route(app, 'createBooking', async (req, reply) => reply.status(201).send(b.create(req.body, req.ip)), { tags });
  route(app, 'getBooking', async (req) => b.get(req.params.code), { tags });
  route(app, 'cancelBooking', async (req) => b.cancel(req.params.code), { tags });
  route(app, 'moveBooking', async (req) => b.move(req.params.code, req.body.startsAt), { tags });

  route(app, 'getBookingCalendar', async (req, reply) => {
    const view = b.get(req.params.code);
    const lang = req.headers['accept-language']?.startsWith('en') ? 'en' : 'uk';
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="cnap-${view.code}.ics"`)
      .send(bookingIcs(view, b.minutesOf(req.params.code), s.queue.now(), lang));
  }, { tags });

  route(app, 'getBookingQr', async (req, reply) => {
    // the printer package draws QR codes already (tickets); 8 px modules scan well off a phone screen
    const png = bitmapToPng(qrBitmap(b.link(req.params.code), 8));
    return reply.type('image/png').header('cache-control', 'no-store').send(png);
  }, { tags });

  route(app, 'checkInBooking', async (req, reply) => {
    const { ticketRecord, ...r } = b.checkIn(req.actor, req.body.code);
    const print = r.replayed ? s.printing.statusOf(ticketRecord) : await s.printing.afterIssue(ticketRecord, req.actor);
    // 201: a new ticket; 200: checked in before, the same ticket again
    return reply.status(r.replayed ? 200 : 201).send({ ...r, print });
  }, { tags });

  route(app, 'listBookings', async (req) => b.list(req.actor, req.params.branchId, req.query.date), { tags });
  route(app, 'createStaffBooking', async (req, reply) => reply.status(201).send(b.createByStaff(req.actor, req.params.branchId, req.body)), { tags });
  route(app, 'getBookingSettings', async (req) => b.getSettings(req.actor, req.params.branchId), { tags });
  route(app, 'updateBookingSettings', async (req) => b.updateSettings(req.actor, req.params.branchId, req.body), { tags });
}
