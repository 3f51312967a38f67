import { POSTGRES_TEST_COMMAND, postgresProblem } from './testDatabase';

/** Once per run: say the PostgreSQL variants were skipped, or stop when the asked-for one is not there. */
export default async function setup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL?.trim()) {
    console.log(
      `PostgreSQL variants of the server tests skipped (TEST_DATABASE_URL is not set); run them with: ${POSTGRES_TEST_COMMAND}`,
    );
    return;
  }
  const problem = await postgresProblem();
  if (problem)
    throw new Error(`TEST_DATABASE_URL is set but PostgreSQL does not answer there: ${problem}`);
}
