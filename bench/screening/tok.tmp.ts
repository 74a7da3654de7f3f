import { prepareToken, tokenSimilarity, lastTokenMatch, prepareName } from '../../src/core/names/tokens.ts';
const pairs = JSON.parse(process.argv[2]!) as [string, string, boolean?][];
for (const [a, b, nl] of pairs) { const A = prepareToken(a), B = prepareToken(b); const s = tokenSimilarity(A, B, !!nl); console.log(a, b, s, lastTokenMatch(), A.sk, B.sk, A.bareSk, B.bareSk, A.coarse, B.coarse); }
for (const n of process.argv.slice(3)) console.log(n, '→', prepareName(n).tokens.map((t) => t.t).join(' '), prepareName(n).alt?.tokens.map((t) => t.t).join(' ') ?? '');
