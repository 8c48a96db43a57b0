// REST transport of bookings: validate, call BookingService, answer. The public routes need
// nothing but the code; staff routes are checked by the route table and the office.
import {
  BookingCodeParams, BookingDayQuery, BookingServiceParams, BookingSettingsBody, BranchParams, CheckInBody, CreateBookingBody, MoveBookingBody,
  StaffBookingBody, type CheckInResponse,
} from '@cherha/contracts';
import { bitmapToPng, qrBitmap } from '@cherha/printer';
import type { App, Services } from '../http/context';
import { NoBody } from '../http/bodies';
import { bookingIcs } from './calendar';

const tags = ['booking'];

export function bookingRoutes(app: App, s: Services): void {
  const b = s.booking;

  app.get('/api/public/booking/offices', {
    schema: { operationId: 'listBookingOffices', tags, summary: 'Офіси й послуги, на які можна записатися онлайн' },
  }, async () => b.offices());

  app.get('/api/public/booking/services/:serviceId/availability', {
    schema: { operationId: 'getBookingAvailability', tags, summary: 'Вільний час послуги: дні й час обраного дня', params: BookingServiceParams, querystring: BookingDayQuery },
  }, async (req) => b.availability(req.params.serviceId, req.query.date));

  app.post('/api/public/bookings', {
    schema: { operationId: 'createBooking', tags, summary: 'Записатися на час (відвідувач)', body: CreateBookingBody },
  }, async (req, reply) => reply.status(201).send(b.create(req.body, req.ip)));

  app.get('/api/public/bookings/:code', {
    schema: { operationId: 'getBooking', tags, summary: 'Запис за кодом (без персональних даних)', params: BookingCodeParams },
  }, async (req) => b.get(req.params.code));

  app.post('/api/public/bookings/:code/cancel', {
    schema: { operationId: 'cancelBooking', tags, summary: 'Скасувати запис за кодом', params: BookingCodeParams, body: NoBody },
  }, async (req) => b.cancel(req.params.code));

  app.post('/api/public/bookings/:code/move', {
    schema: { operationId: 'moveBooking', tags, summary: 'Перенести запис на інший вільний час', params: BookingCodeParams, body: MoveBookingBody },
  }, async (req) => b.move(req.params.code, req.body.startsAt));

  app.get('/api/public/bookings/:code/calendar.ics', {
    schema: { operationId: 'getBookingCalendar', tags, summary: 'Запис як подія календаря (.ics)', params: BookingCodeParams },
  }, async (req, reply) => {
    const view = b.get(req.params.code);
    const lang = req.headers['accept-language']?.startsWith('en') ? 'en' : 'uk';
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="cnap-${view.code}.ics"`)
      .send(bookingIcs(view, b.minutesOf(req.params.code), s.queue.now(), lang));
  });

  app.get('/api/public/bookings/:code/qr.png', {
    schema: { operationId: 'getBookingQr', tags, summary: 'QR-код запису (для реєстрації в терміналі)', params: BookingCodeParams },
  }, async (req, reply) => {
    // the printer package draws QR codes already (tickets); 8 px modules scan well off a phone screen
    const png = bitmapToPng(qrBitmap(b.link(req.params.code), 8));
    return reply.type('image/png').header('cache-control', 'no-store').send(png);
  });

  app.post('/api/bookings/check-in', {
    schema: { operationId: 'checkInBooking', tags, summary: 'Реєстрація за кодом запису: талон із позначкою «за записом»', body: CheckInBody },
  }, async (req, reply) => {
    const { ticketRecord, ...r } = b.checkIn(req.actor, req.body.code);
    const print = r.replayed ? s.printing.statusOf(ticketRecord) : await s.printing.afterIssue(ticketRecord, req.actor);
    const body: CheckInResponse = { ...r, print };
    return reply.status(r.replayed ? 200 : 201).send(body);
  });

  app.get('/api/branches/:branchId/bookings', {
    schema: { operationId: 'listBookings', tags, summary: 'Записи офісу на день (персонал)', params: BranchParams, querystring: BookingDayQuery },
  }, async (req) => b.list(req.actor, req.params.branchId, req.query.date));

  app.post('/api/branches/:branchId/bookings', {
    schema: { operationId: 'createStaffBooking', tags, summary: 'Записати відвідувача за телефоном (персонал)', params: BranchParams, body: StaffBookingBody },
  }, async (req, reply) => reply.status(201).send(b.createByStaff(req.actor, req.params.branchId, req.body)));

  app.get('/api/branches/:branchId/booking-settings', {
    schema: { operationId: 'getBookingSettings', tags, summary: 'Правила запису офісу й частки послуг', params: BranchParams },
  }, async (req) => b.getSettings(req.actor, req.params.branchId));

  app.put('/api/branches/:branchId/booking-settings', {
    schema: { operationId: 'updateBookingSettings', tags, summary: 'Змінити правила запису (адміністратор)', params: BranchParams, body: BookingSettingsBody },
  }, async (req) => b.updateSettings(req.actor, req.params.branchId, req.body));
}
