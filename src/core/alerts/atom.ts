/**
 * The public Atom feed of published alerts (RFC 4287): newest first, each entry linking to its CAP
 * message (application/cap+xml) and its detached signature. Links are relative to the feed, so one
 * answer serves every host name Vigil is reached by.
 */
import { escapeXml } from './xml.ts';

export const FEED_ID = 'urn:uuid:5f0c2b8e-7d4a-4c39-9a51-0d6c1f3e8b27';
export const FEED_PATH = '/cap/feed.atom';
export const alertPath = (id: string) => `/cap/alerts/${id}.xml`;

export interface FeedEntry {
  id: string;
  identifier: string;
  title: string;
  summary: string;
  author: string;
  /** ISO instant of publication. */
  published: string;
  status: string;
  msgType: string;
}

/** Writes the feed; `updated` is the newest entry's time (or the given time for an empty feed). */
export function writeAtom(entries: readonly FeedEntry[], emptyUpdated: string): string {
  const updated = entries[0]?.published ?? emptyUpdated;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${FEED_ID}</id>`,
    '  <title>Vigil public alerts (CAP 1.2)</title>',
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${FEED_PATH}"/>`,
    '  <author><name>Vigil</name></author>',
  ];
  for (const e of entries) {
    out.push(
      '  <entry>',
      `    <id>urn:uuid:${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${escapeXml(e.published)}</updated>`,
      `    <published>${escapeXml(e.published)}</published>`,
      `    <author><name>${escapeXml(e.author)}</name></author>`,
      `    <link rel="alternate" type="application/cap+xml" href="${alertPath(e.id)}"/>`,
      `    <link rel="related" type="application/octet-stream" title="Ed25519 signature" href="${alertPath(e.id)}.sig"/>`,
      `    <category term="${escapeXml(e.status)}"/>`,
      `    <category term="${escapeXml(e.msgType)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
