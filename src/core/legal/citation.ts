/**
 * How a record's free-text legal basis cites an entry of the legal registry. The markings of every
 * record keep `legalBasis` as text (older records and bases outside the registry stay valid); a basis
 * chosen from the registry is written as its citation, so the registry can find the records citing it
 * when it expires or is amended. The same form as prevention cases keep with their registry id.
 *
 * Two citations are compared in a normal form (citationKey), so a basis typed by hand still matches
 * when it differs only in case, spacing, punctuation or how "article" is written ("art.", "Art",
 * "article", "artikel", "arts."). The repositories compare in SQL with the same two patterns
 * (CITATION_SEPARATORS, CITATION_ARTICLE), written so JavaScript and PostgreSQL's regular expressions
 * read them alike: lower case, pad with a space each side, every run of characters other than digits
 * and (Latin-1) letters becomes one space, each word for "article" becomes "art", then trim.
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

/** A run of characters that are neither digits nor letters (punctuation, spaces, §, slashes…): one space. */
export const CITATION_SEPARATORS = '[^0-9a-zà-ÿ]+';
/** A word for "article" (English, French, Dutch, German, abbreviated or plural), between spaces: "art". */
export const CITATION_ARTICLE = ' (articles|article|artikelen|artikel|arts|art)(?= )';

const separators = new RegExp(CITATION_SEPARATORS, 'g');
const article = new RegExp(CITATION_ARTICLE, 'g');

/**
 * The form two citations are compared in: lower case, punctuation and spacing reduced to single
 * spaces, "article" in any of its forms written "art", trimmed. E.g. "Law X, Article 8 §1" and
 * "law x art. 8, § 1" both give "law x art 8 1".
 */
export function citationKey(text: string): string {
  return ` ${text.toLowerCase()} `.replace(separators, ' ').replace(article, ' art').trim();
}
