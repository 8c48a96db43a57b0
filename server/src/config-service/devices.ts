// Devices as an admin sees them. Pairing, a new code and revoking stay with the auth service
// (they make and end tokens); this is the admin's read of the office's devices.
import type { AdminDevice } from '@cherha/contracts';
import { authorize, type Actor } from '../auth/actor';
import { deviceView } from '../http/device-view';
import { ADMIN, branchOf, type ConfigDeps } from './context';

export class DeviceViews {
  constructor(private readonly d: ConfigDeps) {}

  list(actor: Actor | null, branchId: number): AdminDevice[] {
    authorize(actor, branchId, ADMIN);
    return this.d.repos.devices.list(branchOf(this.d.repos, branchId).id).map(deviceView);
  }

  /** a device as the admin list shows it, read afresh (after the auth service changed it) */
  view(id: number): AdminDevice {
    return deviceView(this.d.repos.devices.get(id)!);
  }
}
