// Package score turns the difference between two canonical values into a
// similarity S in [0, 1] and into the CAMARA 0..99 match score.
//
// The default metric is Jaro-Winkler, as KYC Match v0.4.0 asks ("score will use
// the Jaro-Winkler distance algorithm for all countries"): prefix scale 0.1,
// common prefix up to 4 runes, and the Winkler boost only when the Jaro
// similarity is above 0.7 (Winkler's original rule, as in jellyfish and
// Splink). Values of several words are compared token by token with the best
// one-to-one pairing ([Tokens]); tokens that hold digits are compared as
// numbers ([Number]), so that a different house number keeps the score low.
//
// Every function is pure, deterministic and safe for concurrent use. Scores
// are rounded once, with [math.Round] on a float64, never truncated. The
// kernels ([Similarity], [Number], [Token], [Tokens], [Name], [Address],
// [Word], [EditCost]) allocate nothing for values within KYC Match's limits
// (256 characters, 32 words): their tables live on the stack, sized by the
// bounds (MaxRunes runes, 32 tokens, 8 on the smaller side for the
// exhaustive pairing, 16 digits). [Name] allocates only for the words it
// writes anew, which are rare (see its comment).
//
// Names of people (and of organisations) have a scorer of their own, [Name]:
// words paired by an edit-budget measure ([Word]) rather than plain
// Jaro-Winkler, initials, nicknames, titles, digits read as letters, roles
// by position (given, middle, family, particle) with their weights, and the
// score capped by the weaker of the given and the family name. Words in
// Cyrillic, Greek, Armenian, Georgian, Hangul or kana are read in Latin
// letters when the other name is written in Latin letters and this one in
// none (github.com/mozillazg/go-unidecode).
//
// This package is the only importer of github.com/mozillazg/go-unidecode,
// and its tests the only importers of github.com/hbollon/go-edlib (the
// oracle of its Jaro and its OSA distance).
package score
