/**
 * How a record's free-text legal basis cites an entry of the legal registry. The markings of every
 * record keep `legalBasis` as text (older records and bases outside the registry stay valid); a basis
 * chosen from the registry is written as its citation, so the registry can find the records citing it
 * when it expires or is amended. The same form as prevention cases keep with their registry id.
 */

export interface CitableEntry {
  title: string;
  article: string;
  textReference: string;
}

/** The text a record carries for a registry basis: "Title (article, text reference)". */
export function basisCitation(e: CitableEntry): string {
  return `${e.title} (${e.article}, ${e.textReference})`;
}

/** The form two citations are compared in: spaces collapsed, trimmed, lower case. */
export function citationKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
