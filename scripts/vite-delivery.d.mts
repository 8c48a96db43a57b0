// Types of scripts/vite-delivery.mjs for the apps' vite configs.
import type { Plugin } from 'vite';

export function faviconSvg(color: string): string;
export function faviconFileName(color: string): string;
export function webDelivery(options: { iconColor: string }): Plugin;
