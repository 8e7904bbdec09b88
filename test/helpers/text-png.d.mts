export function encodePng(width: number, height: number, pixels: Uint8Array): Buffer;
export function renderTextPng(
  text: string,
  options?: { width?: number; margin?: number; maxLines?: number },
): Buffer;
export function renderLogoPng(size?: number): Buffer;
