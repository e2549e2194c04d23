/**
 * Everything the LSP adapter takes from the language service, in one module: the adapter loads it after the
 * handshake (see server.ts), and the build makes it a bundle of its own (dist/service.js).
 */
export * from '../service';
export { registry } from '../formats';
