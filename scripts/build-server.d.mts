// Types of scripts/build-server.mjs for the TypeScript that imports it (bench/).
export const SERVER_BUNDLE: string;
export const SERVER_NODE_FLAGS: string[];
export function serverEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function bundleStale(): boolean;
export function buildServer(): Promise<string>;
