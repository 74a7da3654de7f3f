/** Content hashing (PDQ, MD5, SHA-256) and the exact hash-match index. */
export * from './hash256.ts';
export * from './pdq.ts';
export * from './decode.ts';
export * from './file-hash.ts';
export * from './match-index.ts';
export * from './bank.ts';
