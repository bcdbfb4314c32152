/** Every property test of the run uses the seed test/setup/fc-seed.global.ts chose and printed. */
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fcSeed') });
