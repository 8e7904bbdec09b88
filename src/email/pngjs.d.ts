// The part of pngjs 7 (no bundled types) that src/email/qr.ts uses.
declare module 'pngjs' {
  export const PNG: {
    sync: {
      read(buffer: Buffer): { width: number; height: number; data: Buffer };
    };
  };
}
