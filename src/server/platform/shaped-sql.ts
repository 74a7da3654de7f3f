/**
 * Statements whose SQL text depends only on a few choices made in code (the "shape": which tiers, which
 * filters, which policy mode), run many times with other values. Kysely compiles a statement by
 * walking all its nodes on every call; for the largest statements (name search: five tiers, the policy
 * in each) that walk cost more than the rest of the request's own work. Here the text is compiled once
 * per shape and each call only collects its values, in the order the text numbers them.
 *
 * The caller names the shape: every choice that changes the text must be in it. Under tests and in
 * development every call is also compiled in full and compared, so a shape that misses a choice fails
 * the first test that makes it. A statement with anything the value walk does not know (an inlined
 * literal, a query builder node) is simply compiled each time.
 */
import { CompiledQuery, type OperationNode, type RawBuilder } from 'kysely';
import type { Database } from './db.ts';

const VERIFY = /^(test|development)$/.test(process.env.NODE_ENV ?? '');
/** Shapes kept at most (a bound, should a caller put values in its shape key by mistake). */
const MAX_SHAPES = 500;

/** The shapes of statement parts built elsewhere (the policy's twin, ...), named by what built them. */
const partShapes = new WeakMap<RawBuilder<unknown>, string>();

/** Names the shape of a statement part: `part`'s text depends only on `shape` (see the file header). */
export function withShape<T extends RawBuilder<unknown>>(part: T, shape: string): T {
  partShapes.set(part, shape);
  return part;
}

/** The shape of a part named by withShape, or undefined (then a statement holding it is not cached). */
export function shapeOf(part: RawBuilder<unknown>): string | undefined {
  return partShapes.get(part);
}

/** The texts compiled so far, by shape; null for a shape whose statements the value walk cannot read. */
const texts = new Map<string, string | null>();

/** The values of a statement's parameters in the order Kysely numbers them, or null when it holds other nodes. */
function values(node: OperationNode, out: unknown[]): boolean {
  switch (node.kind) {
    case 'RawNode': {
      const n = node as unknown as { parameters: readonly OperationNode[] };
      for (const p of n.parameters) if (!values(p, out)) return false;
      return true;
    }
    case 'ValueNode': {
      const n = node as unknown as { value: unknown; immediate?: boolean };
      if (n.immediate) return false;
      out.push(n.value);
      return true;
    }
    // Names only (sql.ref, sql.table): no values.
    case 'ReferenceNode':
    case 'ColumnNode':
    case 'IdentifierNode':
    case 'TableNode':
    case 'SchemableIdentifierNode':
      return true;
    default:
      return false;
  }
}

/** Runs `query`, a statement of shape `shape` (see the file header; undefined: compiled as usual), and returns its rows. */
export async function executeShaped<R>(db: Database, shape: string | undefined, query: RawBuilder<R>): Promise<R[]> {
  if (shape === undefined) return (await query.execute(db)).rows;
  const node = query.toOperationNode();
  const cached = texts.get(shape);
  if (cached === null) return (await query.execute(db)).rows;
  const params: unknown[] = [];
  if (!values(node, params)) {
    if (texts.size < MAX_SHAPES) texts.set(shape, null);
    return (await query.execute(db)).rows;
  }
  let text = cached;
  if (text === undefined || VERIFY) {
    const compiled = query.compile(db);
    if (text !== undefined && text !== compiled.sql) throw new Error(`shaped statement "${shape}": the text differs from the one compiled before for this shape; a choice that changes the text is missing from the shape`);
    if (compiled.parameters.length !== params.length || compiled.parameters.some((v, i) => v !== params[i])) {
      throw new Error(`shaped statement "${shape}": the values collected are not the ones compiled, in their order`);
    }
    text = compiled.sql;
    if (texts.size < MAX_SHAPES) texts.set(shape, text);
  }
  return (await db.executeQuery<R>(CompiledQuery.raw(text, params))).rows;
}
