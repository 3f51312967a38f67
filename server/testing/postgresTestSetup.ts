import { afterAll } from 'vitest';
import { dropTestSchemas } from './testDatabase';

// Each file of the server-postgres project drops the schemas it made, whatever its tests did.
afterAll(dropTestSchemas);
