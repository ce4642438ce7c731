// Package matchapi speaks CAMARA Know Your Customer Match over JSON, in
// each published version: v0.4.0 (the default), v0.3.0, v0.2.1 and the
// v0.5.0 draft (vwip). One table (versions.go) says what differs between
// them: the request properties, the score property of middleNames, whether
// unknown properties are refused, whether the idDocument gate exists, the
// x-correlator pattern and the error codes.
//
// A [Service] wraps a matcher (match.Engine) with the CAMARA steps around
// it, in the order of DESIGN.md section 1: [Service.Decode] and
// [Service.Validate] (400), the subject (camara.Resolve: 403
// INVALID_TOKEN_CONTEXT, 422 MISSING_IDENTIFIER), the lookup
// (camara.Fetch: 404, 422, 5xx), the optional idDocument gate (403), and
// the matcher. [Service.Reply] runs them all from a body to an HTTP status
// and JSON body; package server mounts it.
package matchapi
