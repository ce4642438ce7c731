// Package match answers CAMARA Know Your Customer Match requests (KYC Match
// v0.4.0): it compares what a customer typed with the verified record an
// operator holds for the customer's phone number, and answers, attribute by
// attribute, "true", "false" (with a 0..99 similarity score for the 14 scored
// attributes) or "not_available".
//
// An [Engine] is built once with [New] from a plain [Config] and the locale
// profiles the embedder chooses (package locale and its country packages),
// and then answers requests with [Engine.Match] (the record already looked
// up) or [Engine.MatchLookup] (the record looked up through the embedder's
// [Lookup] once the request is known to be valid). Requests and records hold
// their values indexed by attribute (package attr). The engine never does
// I/O, never reads the environment, and is safe for concurrent use.
//
// Each request goes through the steps of the product rules (DESIGN.md): the
// body is validated (400), the subject is resolved from the access token or
// the body (403 INVALID_TOKEN_CONTEXT, 422 MISSING_IDENTIFIER), the record is
// looked up (404 IDENTIFIER_NOT_FOUND, 422 SERVICE_NOT_APPLICABLE), the
// optional idDocument gate runs (403), and each requested attribute is
// matched through the comparers of a locale profile: the record's country's,
// else the phone number's, else the configured default's, else the generic
// one. Errors are new [*Error] values, owned by the caller, with the CAMARA
// code, HTTP status and a message that names the property at fault and never
// its value.
//
// A [Response] marshals to exactly the CAMARA JSON. Each answer also carries a
// [locale.Reason] for the operator's logs, which is never marshalled.
//
// Scores are stable within a minor version of this module; a change of score
// shows in the golden files under testdata/golden.
package match
