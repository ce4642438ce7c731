// Package modcheck holds the tests of rules that span the whole module
// rather than one package: no exported mutable variables anywhere, and which
// packages link which dependencies (a program without locale/jp never links
// the Japanese dictionary; the command links every shipped profile; no
// library package imports net/http). It has no code of its own.
package modcheck
