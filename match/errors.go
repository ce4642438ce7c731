package match

import (
	"encoding/json"
	"errors"
	"net/http"
)

// Code is a CAMARA error code.
type Code string

// The error codes of KYC Match v0.4.0 that the engine returns or that
// embedders return from a [Lookup].
const (
	CodeInvalidArgument         Code = "INVALID_ARGUMENT"
	CodeInvalidParamCombination Code = "KNOW_YOUR_CUSTOMER.INVALID_PARAM_COMBINATION"
	CodeInvalidTokenContext     Code = "INVALID_TOKEN_CONTEXT"
	CodeIDDocumentRequired      Code = "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_REQUIRED"
	CodeIDDocumentMismatch      Code = "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_MISMATCH"
	CodeIdentifierNotFound      Code = "IDENTIFIER_NOT_FOUND"
	CodeMissingIdentifier       Code = "MISSING_IDENTIFIER"
	CodeServiceNotApplicable    Code = "SERVICE_NOT_APPLICABLE"
	// CodeInternal is the Commonalities code for a failure of the server
	// itself; [AsError] gives it to errors that are not *Error.
	CodeInternal Code = "INTERNAL"
)

// Status returns the HTTP status of the code, as in the v0.4.0 responses
// (400, 403, 404 or 422; 500 for INTERNAL and unknown codes).
func (c Code) Status() int {
	switch c {
	case CodeInvalidArgument, CodeInvalidParamCombination:
		return http.StatusBadRequest
	case CodeInvalidTokenContext, CodeIDDocumentRequired, CodeIDDocumentMismatch:
		return http.StatusForbidden
	case CodeIdentifierNotFound:
		return http.StatusNotFound
	case CodeMissingIdentifier, CodeServiceNotApplicable:
		return http.StatusUnprocessableEntity
	}
	return http.StatusInternalServerError
}

// Error is a CAMARA error: the code, its HTTP status, and a message for the
// API consumer. The message names the offending field and never holds its
// value, nor any value the operator holds: errors end up in logs.
//
// Errors compare with [errors.Is] by code (and by field when the target names
// one), so errors.Is(err, ErrInvalidArgument) holds for every invalid
// argument.
type Error struct {
	Status  int
	Code    Code
	Message string
	// Field is the CAMARA name of the request property at fault
	// ("birthdate"), or "" when the error is about no single property.
	Field string
}

// newError returns an Error with the code's status.
func newError(c Code, field, msg string) *Error {
	return &Error{Status: c.Status(), Code: c, Message: msg, Field: field}
}

// Error returns "match: CODE: message".
func (e *Error) Error() string { return "match: " + string(e.Code) + ": " + e.Message }

// Is reports whether target is an *Error with the same code and, when the
// target names a field, the same field.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code && (t.Field == "" || t.Field == e.Field)
}

// MarshalJSON writes the CAMARA ErrorInfo body {"status", "code", "message"}.
func (e *Error) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Status  int    `json:"status"`
		Code    Code   `json:"code"`
		Message string `json:"message"`
	}{e.Status, e.Code, e.Message})
}

// Sentinel errors, for errors.Is and for embedders' [Lookup] functions, with
// the specification's example messages. Do not modify them.
var (
	ErrInvalidArgument         = newError(CodeInvalidArgument, "", "Client specified an invalid argument, request body or query param.")
	ErrInvalidParamCombination = newError(CodeInvalidParamCombination, "", "Indicated parameter combination is invalid: at least one property other than phoneNumber must be provided.")
	ErrInvalidTokenContext     = newError(CodeInvalidTokenContext, "phoneNumber", "phoneNumber is not consistent with access token.")
	ErrIDDocumentRequired      = newError(CodeIDDocumentRequired, "idDocument", "The idDocument is required to perform the properties validation")
	ErrIDDocumentMismatch      = newError(CodeIDDocumentMismatch, "idDocument", "The idDocument needs to match the one associated with the provided phoneNumber")
	ErrMissingIdentifier       = newError(CodeMissingIdentifier, "", "No phone number has been provided")
	// ErrIdentifierNotFound is what a [Lookup] returns when no customer
	// account holds the number.
	ErrIdentifierNotFound = newError(CodeIdentifierNotFound, "", "The phone number provided is not associated with a customer account")
	// ErrServiceNotApplicable is what a [Lookup] returns when the line is
	// not eligible for the service (an IoT or business line, say).
	ErrServiceNotApplicable = newError(CodeServiceNotApplicable, "", "The service is not applicable for the provided phone number")
	errInternal             = newError(CodeInternal, "", "Server error")
)

// invalid returns an INVALID_ARGUMENT error about a field; msg must not hold
// the field's value.
func invalid(field, msg string) *Error { return newError(CodeInvalidArgument, field, msg) }

// AsError returns err as a CAMARA error: err itself (or the *Error it wraps),
// or, for any other error (a store that failed, a cancelled context), a 500
// INTERNAL error whose message says nothing of the cause. It returns nil for
// nil.
func AsError(err error) *Error {
	if err == nil {
		return nil
	}
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	return errInternal
}
