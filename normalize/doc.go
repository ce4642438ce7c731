// Package normalize folds text and formatted values into canonical forms that
// can be compared for equality.
//
// The folds are script-aware. [Text] applies NFKC (full-width letters and
// digits become ASCII, half-width katakana become full-width with their
// voicing marks composed), Unicode case folding, and turns punctuation and
// spacing into single spaces. [Latin] then removes diacritics from Latin
// letters only: the dakuten of が is a combining mark too, and stripping every
// mark, as the usual NFD-and-remove-Mn chain does, would turn がくぱん into
// かくはん. Formatted values have their own canonical forms: [Code] for
// identifiers and postcodes, [HouseNumber], [Email], [Date], [Country],
// [Gender], [DocumentType] and [Phone].
//
// Every function is pure and safe for concurrent use; the tables it uses are
// built once, on first use, and never change. The functions never panic, and
// on invalid UTF-8 they return valid UTF-8 (an invalid byte counts as a
// separator).
package normalize
