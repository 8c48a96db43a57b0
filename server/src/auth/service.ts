import type { Device, DeviceKind, User } from '@cherha/contracts';
import type { DeviceRecord, Repos } from '@cherha/db';
import type { Config } from '../config';
import { DomainError } from '../errors';
import type { Clock } from '../time';
import { authorize, type Actor } from './actor';
import { DeviceTokenCache } from './device-tokens';
import { LoginThrottle } from './login-throttle';
import { hashPasswordSync, newPairingCode, newToken, tokenHash, verifyPassword } from './secrets';

export const SESSION_COOKIE = 'cherha_session';
const PAIRING_MINUTES = 30;
// a hash to compare against when the login does not exist, so timing does not tell
const DUMMY_HASH = hashPasswordSync('no-such-user-password');

export class AuthService {
  /** last time "last seen" was written per device: once a minute is enough, and each write is an fsync */
  private readonly seenWritten = new Map<number, number>();

  private readonly throttle: LoginThrottle;

  constructor(
    private readonly repos: Repos,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.throttle = new LoginThrottle(() => this.clock.now().getTime());
  }

  async login(login: string, password: string, address: string): Promise<{ token: string; user: User; expiresAt: Date }> {
    const wait = this.throttle.wait(login, address);
    if (wait > 0) {
      throw new DomainError('RATE_LIMITED', `Забагато невдалих спроб входу. Спробуйте через ${Math.ceil(wait / 1000)} с.`, { retryAfterSeconds: Math.ceil(wait / 1000) });
    }
    const cred = this.repos.people.credentials(login);
    const ok = await verifyPassword(password, cred?.passwordHash ?? DUMMY_HASH);
    if (!cred || !ok || !cred.active) {
      this.throttle.failed(login, address);
      throw new DomainError('UNAUTHORIZED', 'Неправильний логін або пароль');
    }
    this.throttle.succeeded(login, address);
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionHours * 3_600_000);
    this.repos.people.createSession(tokenHash(token), cred.id, now.toISOString(), expiresAt.toISOString());
    const { passwordHash: _hidden, ...user } = cred;
    return { token, user, expiresAt };
  }

  logout(token: string): void {
    this.repos.people.deleteSession(tokenHash(token));
  }

  /** bearer token → device, forgotten on any change to the devices table (device-tokens.ts) */
  private deviceTokens: DeviceTokenCache | undefined;

  /** Resolves a person (session cookie) or a device (bearer token); null when neither is valid. */
  resolve(sessionToken: string | undefined, bearer: string | undefined): Actor | null {
    if (bearer) {
      this.deviceTokens ??= new DeviceTokenCache(this.repos.db, (token) => this.repos.devices.byTokenHash(tokenHash(token)));
      const device = this.deviceTokens.get(bearer);
      if (device && (!device.isDemo || this.config.demoDevices)) {
        const now = this.clock.now();
        if (now.getTime() - (this.seenWritten.get(device.id) ?? 0) > 60_000) {
          this.seenWritten.set(device.id, now.getTime());
          this.repos.devices.markSeen(device.id, now.toISOString());
        }
        return { kind: 'device', device };
      }
      return null;
    }
    if (sessionToken) {
      const user = this.repos.people.sessionUser(tokenHash(sessionToken), this.clock.now().toISOString());
      if (user) return { kind: 'user', user };
    }
    return null;
  }

  /** An admin registers a device and gets a one-time code to type on it. */
  createDevice(actor: Actor | null, branchId: number, kind: DeviceKind, name: string): { device: Device; pairingCode: string; expiresAt: string } {
    authorize(actor, branchId, { role: 'admin' });
    if (!this.repos.branches.get(branchId)) throw new DomainError('NOT_FOUND', 'Офіс не знайдено');
    const code = newPairingCode();
    const expiresAt = new Date(this.clock.now().getTime() + PAIRING_MINUTES * 60_000).toISOString();
    const id = this.repos.devices.create({ branchId, kind, name, codeHash: tokenHash(code), codeExpiresAt: expiresAt });
    return { device: this.repos.devices.get(id)!, pairingCode: code, expiresAt };
  }

  /** Re-pairing (a replaced kiosk PC): the old token stops working, a new one-time code is issued. */
  newPairingCode(actor: Actor | null, deviceId: number): { device: DeviceRecord; pairingCode: string; expiresAt: string } {
    const device = this.repos.devices.get(deviceId);
    if (!device) throw new DomainError('NOT_FOUND', 'Пристрій не знайдено');
    authorize(actor, device.branchId, { role: 'admin' }, 'Пристрій');
    const code = newPairingCode();
    const expiresAt = new Date(this.clock.now().getTime() + PAIRING_MINUTES * 60_000).toISOString();
    this.repos.devices.setPairingCode(device.id, tokenHash(code), expiresAt);
    return { device: this.repos.devices.get(device.id)!, pairingCode: code, expiresAt };
  }

  revokeDevice(actor: Actor | null, deviceId: number): DeviceRecord {
    const device = this.repos.devices.get(deviceId);
    if (!device) throw new DomainError('NOT_FOUND', 'Пристрій не знайдено');
    authorize(actor, device.branchId, { role: 'admin' }, 'Пристрій');
    this.repos.devices.revoke(device.id);
    return this.repos.devices.get(device.id)!;
  }

  /** The device trades the one-time code for a long-lived token: a board must never "log out". */
  pair(code: string): { token: string; device: Device } {
    const device = this.repos.devices.byPairingCodeHash(tokenHash(code), this.clock.now().toISOString());
    if (!device) throw new DomainError('NOT_FOUND', 'Код підключення неправильний або прострочений');
    const token = newToken();
    this.repos.devices.pair(device.id, tokenHash(token), this.clock.now().toISOString());
    return { token, device: this.repos.devices.get(device.id)! };
  }
}
