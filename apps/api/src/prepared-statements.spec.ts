import { useTestDataSource } from '@convene/testing';

describe('prepared statements', () => {
  const db = useTestDataSource();

  it('prepares each parameterised statement once per connection, and reuses it', async () => {
    const runner = db().createQueryRunner();
    try {
      const sql = `SELECT count(*)::int AS n FROM person WHERE partnership_id = $1`;
      for (let i = 0; i < 3; i++) expect(await runner.query(sql, ['00000000-0000-4000-8000-000000000000'])).toEqual([{ n: 0 }]);
      const prepared: { statement: string; calls: number }[] = await runner.query(`SELECT statement, (generic_plans + custom_plans)::int AS calls FROM pg_prepared_statements`);
      expect(prepared.filter((p) => p.statement === sql)).toEqual([{ statement: sql, calls: 3 }]);
    } finally {
      await runner.release();
    }
  });

  it('leaves statements without parameters alone, so several in one text (as in migrations) still run', async () => {
    const runner = db().createQueryRunner();
    try {
      await runner.query(`CREATE TEMPORARY TABLE scratch (n int); INSERT INTO scratch VALUES (1), (2)`);
      expect(await runner.query(`SELECT sum(n)::int AS total FROM scratch`)).toEqual([{ total: 3 }]);
      const prepared: { statement: string }[] = await runner.query(`SELECT statement FROM pg_prepared_statements`);
      expect(prepared.map((p) => p.statement).filter((text) => text.includes('scratch'))).toEqual([]);
    } finally {
      await runner.release();
    }
  });

  it('gives a bad statement the same error every time, and does not poison the connection', async () => {
    const runner = db().createQueryRunner();
    try {
      for (let i = 0; i < 2; i++) await expect(runner.query(`SELECT * FROM no_such_table WHERE id = $1`, [1])).rejects.toThrow('relation "no_such_table" does not exist');
      expect(await runner.query(`SELECT $1::int AS n`, [7])).toEqual([{ n: 7 }]);
    } finally {
      await runner.release();
    }
  });
});
