package camara

import (
	"errors"

	"github.com/kycmatch/kycmatch/normalize"
)

// IdentifierRule says how an API combines the line a three-legged access
// token identified with the request body's phoneNumber.
type IdentifierRule uint8

const (
	// Consistent is KYC Match's rule (v0.3.0 and later, "Identifying the
	// phoneNumber from the access token"): the token's line is the
	// subject, and a body phoneNumber beside it must be the same number,
	// else 403 INVALID_TOKEN_CONTEXT.
	Consistent IdentifierRule = iota
	// Exclusive is Age Verification's and Tenure's rule: with a token that
	// identified a line the body must not name one, else 422
	// UNNECESSARY_IDENTIFIER, "even if the same phone number is identified
	// by these two methods".
	Exclusive
)

// Resolve returns the E.164 number of the line a request is about: the one
// the access token identified (tokenPhone, "" for a two-legged token or one
// that identified no single line), else the body's phoneNumber (bodyPhone,
// already validated). Without either it is 422 MISSING_IDENTIFIER; a body
// number beside the token's is what rule says.
//
// The token's number may be in any form with its country code
// ("+34 629 25 58 33"); it is brought to E.164 before the comparison. One
// that cannot be read is the embedder's error, not the client's: a plain
// error, which [AsError] makes a 500.
func Resolve(rule IdentifierRule, tokenPhone, bodyPhone string) (string, error) {
	if tokenPhone == "" {
		if bodyPhone == "" {
			return "", NewError(CodeMissingIdentifier, "", "")
		}
		return bodyPhone, nil
	}
	tok, ok := normalize.Phone(tokenPhone)
	if !ok {
		return "", errors.New("camara: the access token's phone number is not a phone number with its country code")
	}
	switch {
	case bodyPhone == "":
		return tok, nil
	case rule == Exclusive:
		return "", NewError(CodeUnnecessaryIdentifier, "phoneNumber", "")
	case bodyPhone != tok:
		return "", NewError(CodeInvalidTokenContext, "phoneNumber", "")
	}
	return tok, nil
}
