import type { Label } from './types';

export const LABEL_TEXT: Record<Label, string> = {
  clean: 'Clean',
  suspicious: 'Suspicious',
  malicious: 'Malicious',
};
export const LABEL_COLOR: Record<Label, string> = {
  clean: '#2e7d32',
  suspicious: '#a15c00',
  malicious: '#b3261e',
};

export const pct = (score: number) => `${Math.round(score * 100)}%`;

export function fmtTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Category ids to words for people: `credential_harvest` -> `credential harvest`. */
export const words = (id: string) => id.replace(/_/g, ' ');

export function navigate(path: string): void {
  window.location.hash = `#${path}`;
}
