// `node --import ./ts-register.mjs file.ts`: runs TypeScript sources of this repository directly.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
