import { describe, expect, it } from 'vitest';
import { ProfileActions } from '../../src/app/profile-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { PathProfileResult, ProfileOptions, ProfilePointInput } from '../../src/worker/terrain-api';

function setup() {
  const app = createStore<AppState>({ ...INITIAL_STATE, tool: 'profile' });
  const calls: [ProfilePointInput, ProfilePointInput, ProfileOptions][] = [];
  const worker = {
    pathProfile: (from: ProfilePointInput, to: ProfilePointInput, options: ProfileOptions): Promise<PathProfileResult> => {
      calls.push([from, to, options]);
      return Promise.resolve({ kind: 'no-elevation' });
    },
  };
  return { app, calls, profile: new ProfileActions(app, worker) };
}

describe('profile actions', () => {
  it('first click the start, second the end (then the worker is asked), a third starts again', async () => {
    const { calls, profile } = setup();
    profile.pick(107.7, 12.2, 'S1');
    expect(profile.overlay()).toEqual({ from: [107.7, 12.2], to: null, edge: null });
    expect(calls).toHaveLength(0);
    profile.pick(107.8, 12.3, null);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toEqual({ lon: 107.7, lat: 12.2, siteId: 'S1' });
    expect(calls[0]?.[1]).toEqual({ lon: 107.8, lat: 12.3 });
    expect(calls[0]?.[2]).toMatchObject({ freqMHz: 900, rxHeightM: 1.5, tech: '4G' });
    expect(profile.store.get().result).toEqual({ kind: 'no-elevation' });
    profile.pick(107.9, 12.4, null);
    expect(profile.store.get()).toMatchObject({ from: { lon: 107.9 }, to: null, result: null });
  });

  it('leaving the tool drops a start without an end; a drawn profile stays until closed', () => {
    const { app, profile } = setup();
    profile.pick(107.7, 12.2, null);
    app.set({ tool: 'select' });
    expect(profile.store.get().from).toBeNull();
    app.set({ tool: 'profile' });
    profile.pick(107.7, 12.2, null);
    profile.pick(107.8, 12.2, null);
    app.set({ tool: 'select' });
    expect(profile.store.get().to).not.toBeNull();
    profile.close();
    expect(profile.overlay()).toBeNull();
  });

  it('keeps settings that are not positive numbers out', () => {
    const { profile } = setup();
    profile.setOptions({ freqMHz: Number.NaN, kFactor: -1 });
    expect(profile.store.get()).toMatchObject({ freqMHz: 900 });
    profile.setOptions({ freqMHz: 7000 });
    expect(profile.store.get().freqMHz).toBe(7000);
  });
});
