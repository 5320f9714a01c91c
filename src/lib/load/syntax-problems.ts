/**
 * How a YAML syntax problem is worded, whichever reader found it: the
 * `yaml` package (files up to DOCUMENT_LIMIT, with its well-worded
 * messages) or js-yaml (larger files, which `yaml` would take minutes over).
 */
import type { YAMLError } from 'yaml';

export const SYNTAX_FIX = 'Check the indentation and punctuation on this line; put text containing ": " or starting with [ { > | * & ! % @ ` in quotes.';
export const SYNTAX_FIXES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'Each key appears once per item: remove or rename one.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  BAD_INDENT: 'Line the key up with the other keys of its item.',
  MULTIPLE_DOCS: 'A file holds one timeline: remove the second --- or move it to its own file.',
  // `title: A` followed by an over-indented `date:` reads as the value `A date: …`; so does `title: a: b`.
  BLOCK_AS_IMPLICIT_KEY: 'Put a value that contains ": " in quotes, and line each key up with the other keys of its item.',
  BAD_DQ_ESCAPE: 'In double quotes, write a backslash as \\\\, or use single quotes.',
  TAG_RESOLVE_FAILED: 'Remove the !tag: timeline files use plain values.',
  BAD_ALIAS: 'Define the anchor (&name) before using the alias (*name).',
};

export const UNCLOSED = /^Missing closing .?quote|end with a [\]}]$/;

/** yaml files several different faults under one code: pick the fix by what it says. */
export function syntaxFix(error: YAMLError): string {
  if (UNCLOSED.test(error.message)) return 'Close the quote, bracket or brace that was opened.';
  if (error.message === 'Sequence item without - indicator') return 'Start each list item with "- ", or line the key up with the other keys of its item.';
  return SYNTAX_FIXES[error.code] ?? SYNTAX_FIX;
}

/** The yaml package words its messages well but without a final full stop (and once with advice for programmers). */
export function sentence(message: string): string {
  const first =
    message
      .split('\n')[0]
      ?.replace(/; please use YAML\.parseAllDocuments\(\)$/, '')
      .trim() ?? message;
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** How deep lists and mappings may nest (js-yaml's maxDepth): a timeline needs five levels, a reader's stack far more than this. */
export const MAX_DEPTH = 100;

/** Lists or mappings nested past MAX_DEPTH (js-yaml stops there; `yaml` would run out of stack). */
export const TOO_DEEP = {
  message: `nests lists and mappings more than ${MAX_DEPTH} deep.`,
  fix: 'A timeline needs five levels at most (events, an event, its annotations, an annotation, its sources): check the brackets and the indentation.',
};

/** What js-yaml says, for a file too large for `yaml`: its wording where `yaml` has the same fault, else its own, as a sentence. */
export function jsYamlSyntax(reason: string): { message: string; fix: string } {
  if (reason.startsWith('nesting exceeded maxDepth')) return TOO_DEEP;
  if (reason === 'duplicated mapping key') return { message: 'Map keys must be unique.', fix: SYNTAX_FIXES['DUPLICATE_KEY'] ?? SYNTAX_FIX };
  if (reason.startsWith('tab characters must not be used'))
    return { message: 'Tabs are not allowed as indentation.', fix: SYNTAX_FIXES['TAB_AS_INDENT'] ?? SYNTAX_FIX };
  const message = sentence(reason.charAt(0).toUpperCase() + reason.slice(1));
  if (/within a (double|single) quoted scalar|within a flow collection/.test(reason))
    return { message, fix: 'Close the quote, bracket or brace that was opened.' };
  return { message, fix: SYNTAX_FIX };
}
