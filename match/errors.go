package match

import (
	"encoding/json"
	"errors"
)

// Code is a CAMARA error code. A Code is also an error, so that a [Lookup]
// can answer with one (return match.CodeIdentifierNotFound), and so that
// errors.Is(err, match.CodeInvalidArgument) tells an [*Error] by its code.
type Code string

// The error codes of KYC Match v0.4.0 that the engine returns or that
// embedders return from a [Lookup].
const (
	CodeInvalidArgument         Code = "INVALID_ARGUMENT"
	CodeInvalidParamCombination Code = "KNOW_YOUR_CUSTOMER.INVALID_PARAM_COMBINATION"
	CodeInvalidTokenContext     Code = "INVALID_TOKEN_CONTEXT"
	CodeIDDocumentRequired      Code = "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_REQUIRED"
	CodeIDDocumentMismatch      Code = "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_MISMATCH"
	// CodeIdentifierNotFound is what a [Lookup] returns when no customer
	// account holds the number.
	CodeIdentifierNotFound Code = "IDENTIFIER_NOT_FOUND"
	CodeMissingIdentifier  Code = "MISSING_IDENTIFIER"
	// CodeServiceNotApplicable is what a [Lookup] returns when the line is
	// not eligible for the service (an IoT or business line, say).
	CodeServiceNotApplicable Code = "SERVICE_NOT_APPLICABLE"
	// CodeInternal is the Commonalities code for a failure of the server
	// itself; [AsError] gives it to errors that are not the client's.
	CodeInternal Code = "INTERNAL"
)

// HTTP statuses, spelt out so that the library does not import net/http.
const (
	statusBadRequest          = 400
	statusForbidden           = 403
	statusNotFound            = 404
	statusUnprocessableEntity = 422
	statusInternalServerError = 500
)

// known reports whether c is one of the codes of this package.
func (c Code) known() bool {
	switch c {
	case CodeInvalidArgument, CodeInvalidParamCombination, CodeInvalidTokenContext,
		CodeIDDocumentRequired, CodeIDDocumentMismatch, CodeIdentifierNotFound,
		CodeMissingIdentifier, CodeServiceNotApplicable, CodeInternal:
		return true
	}
	return false
}

// Status returns the HTTP status of the code, as in the v0.4.0 responses
// (400, 403, 404 or 422; 500 for INTERNAL and unknown codes).
func (c Code) Status() int {
	switch c {
	case CodeInvalidArgument, CodeInvalidParamCombination:
		return statusBadRequest
	case CodeInvalidTokenContext, CodeIDDocumentRequired, CodeIDDocumentMismatch:
		return statusForbidden
	case CodeIdentifierNotFound:
		return statusNotFound
	case CodeMissingIdentifier, CodeServiceNotApplicable:
		return statusUnprocessableEntity
	}
	return statusInternalServerError
}

// Error returns "match: CODE".
func (c Code) Error() string { return "match: " + string(c) }

// message returns the code's message when the error is about no single
// field: the specification's example messages.
func (c Code) message() string {
	switch c {
	case CodeInvalidArgument:
		return "Client specified an invalid argument, request body or query param."
	case CodeInvalidParamCombination:
		return "Indicated parameter combination is invalid: at least one property other than phoneNumber must be provided."
	case CodeInvalidTokenContext:
		return "phoneNumber is not consistent with access token."
	case CodeIDDocumentRequired:
		return "The idDocument is required to perform the properties validation"
	case CodeIDDocumentMismatch:
		return "The idDocument needs to match the one associated with the provided phoneNumber"
	case CodeIdentifierNotFound:
		return "The phone number provided is not associated with a customer account"
	case CodeMissingIdentifier:
		return "No phone number has been provided"
	case CodeServiceNotApplicable:
		return "The service is not applicable for the provided phone number"
	}
	return "Server error"
}

// Error is a CAMARA error: the code, its HTTP status, and a message for the
// API consumer. The message names the offending field and never holds its
// value, nor any value the operator holds: errors end up in logs.
//
// Every *Error the engine returns is a new value that belongs to the caller.
// Errors compare with [errors.Is] by code, against a [Code] or an *Error
// (and by field too when the target *Error names one), so
// errors.Is(err, match.CodeInvalidArgument) holds for every invalid argument.
type Error struct {
	Status  int
	Code    Code
	Message string
	// Field is the CAMARA name of the request property at fault
	// ("birthdate"), or "" when the error is about no single property.
	Field string
	// own marks the errors this package made, whose messages it wrote.
	own bool
}

// newError returns an Error with the code's status.
func newError(c Code, field, msg string) *Error {
	return &Error{Status: c.Status(), Code: c, Message: msg, Field: field, own: true}
}

// codeError returns a new Error with the code's status and message.
func codeError(c Code) *Error { return newError(c, "", c.message()) }

// fieldError returns a new Error about a field with the code's message.
func fieldError(c Code, field string) *Error { return newError(c, field, c.message()) }

// Error returns "match: CODE: message".
func (e *Error) Error() string { return "match: " + string(e.Code) + ": " + e.Message }

// Is reports whether target is the same [Code], or an *Error with the same
// code and, when the target names a field, the same field.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case Code:
		return e.Code == t
	case *Error:
		return t.Code == e.Code && (t.Field == "" || t.Field == e.Field)
	}
	return false
}

// MarshalJSON writes the CAMARA ErrorInfo body {"status", "code", "message"}.
func (e *Error) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Status  int    `json:"status"`
		Code    Code   `json:"code"`
		Message string `json:"message"`
	}{e.Status, e.Code, e.Message})
}

// invalid returns an INVALID_ARGUMENT error about a field; msg must not hold
// the field's value.
func invalid(field, msg string) *Error { return newError(CodeInvalidArgument, field, msg) }

// AsError returns err as a CAMARA error, always a new value, with the
// status of its code:
//   - for an *Error that err is or wraps, made by this package: a copy of it;
//   - for an *Error made elsewhere (an embedder's [Lookup] may build one): its
//     code with the code's own message, since its message and field may hold
//     anything;
//   - for a [Code] that err is or wraps: that code with its message;
//   - for any other error (a store that failed, a cancelled context), and
//     for a code this package does not define: 500 INTERNAL, with a message
//     that says nothing of the cause.
//
// It returns nil for nil.
func AsError(err error) *Error {
	if err == nil {
		return nil
	}
	if e, ok := errors.AsType[*Error](err); ok {
		switch {
		case !e.Code.known():
			return codeError(CodeInternal)
		case e.own:
			c := *e
			c.Status = c.Code.Status()
			return &c
		}
		return codeError(e.Code)
	}
	if c, ok := errors.AsType[Code](err); ok && c.known() {
		return codeError(c)
	}
	return codeError(CodeInternal)
}
