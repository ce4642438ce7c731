// Package match is the matcher of the CAMARA Know Your Customer APIs: it
// compares what a customer typed with the verified record an operator holds
// for the customer's line, and answers, attribute by attribute, "true",
// "false" (with a 0..99 similarity score for the 14 scored attributes) or
// "not_available".
//
// An [Engine] is built once with [New] from a plain [Config] and the locale
// profiles the embedder chooses (package locale and its country packages),
// and then answers with [Engine.Match] (a record already looked up) or
// [Engine.MatchPrepared] (a record made ready once with [Engine.Prepare]).
// Requests and records hold their values indexed by attribute (package
// attr). Each requested attribute is matched through the comparers of a
// locale profile: the record's country's, else the phone number's, else the
// configured default's, else the generic one. The engine never does I/O,
// never reads the environment, and is safe for concurrent use.
//
// The CAMARA layer sits above it: package camara (error codes, which line a
// request is about, the subscriber record and store, the lookup) and one
// package per API (camara/matchapi for KYC Match in each version,
// camara/ageapi, camara/tenureapi), which validate a request, look its
// record up and run the idDocument gate before the matcher, and write its
// answer as each version's JSON. Each answer carries a [locale.Reason] for
// the operator's logs, which no API writes.
//
// Scores are stable within a minor version of this module; a change of score
// shows in the golden files under testdata/golden.
package match
