package camara

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
)

// Code is a CAMARA error code. A Code is also an error, so that a [Store]
// can answer with one (return camara.CodeIdentifierNotFound), and so that
// errors.Is(err, camara.CodeInvalidArgument) tells an [*Error] by its code.
type Code string

// The error codes of the Know Your Customer APIs (KYC Match v0.2.1 to the
// v0.5.0 draft, Age Verification v0.2.1, Tenure v0.2.0) and the
// Commonalities codes the server answers with.
const (
	CodeInvalidArgument         Code = "INVALID_ARGUMENT"
	CodeOutOfRange              Code = "OUT_OF_RANGE"
	CodeInvalidParamCombination Code = "KNOW_YOUR_CUSTOMER.INVALID_PARAM_COMBINATION"
	CodeUnauthenticated         Code = "UNAUTHENTICATED"
	CodePermissionDenied        Code = "PERMISSION_DENIED"
	CodeInvalidTokenContext     Code = "INVALID_TOKEN_CONTEXT"
	CodeIDDocumentRequired      Code = "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_REQUIRED"
	CodeIDDocumentMismatch      Code = "KNOW_YOUR_CUSTOMER.ID_DOCUMENT_MISMATCH"
	// CodeNotFound is a resource that does not exist (an unknown path), and
	// KYC Match v0.2's code for an unknown line.
	CodeNotFound Code = "NOT_FOUND"
	// CodeIdentifierNotFound is what a [Store] returns when no customer
	// account holds the number.
	CodeIdentifierNotFound   Code = "IDENTIFIER_NOT_FOUND"
	CodeMethodNotAllowed     Code = "METHOD_NOT_ALLOWED"
	CodeUnsupportedMediaType Code = "UNSUPPORTED_MEDIA_TYPE"
	// CodeServiceNotApplicable is what a [Store] returns when the line is
	// not eligible for the service (an IoT or business line, say).
	CodeServiceNotApplicable  Code = "SERVICE_NOT_APPLICABLE"
	CodeMissingIdentifier     Code = "MISSING_IDENTIFIER"
	CodeUnnecessaryIdentifier Code = "UNNECESSARY_IDENTIFIER"
	// CodeInternal is a failure of the server itself; [AsError] gives it to
	// errors that are not the client's.
	CodeInternal Code = "INTERNAL"
	// CodeUnavailable is what a [Store] wraps in its error when it cannot
	// be reached (a lost connection, a database that is down): 503, never
	// an unknown number.
	CodeUnavailable Code = "UNAVAILABLE"
	// CodeTimeout is a request that ran out of time (its context's
	// deadline).
	CodeTimeout Code = "TIMEOUT"
)

// known reports whether c is one of the codes of this package.
func (c Code) known() bool { return c.Status() != 0 }

// Status returns the HTTP status of the code, or 0 for a code this package
// does not define.
func (c Code) Status() int {
	switch c {
	case CodeInvalidArgument, CodeOutOfRange, CodeInvalidParamCombination:
		return 400
	case CodeUnauthenticated:
		return 401
	case CodePermissionDenied, CodeInvalidTokenContext, CodeIDDocumentRequired, CodeIDDocumentMismatch:
		return 403
	case CodeNotFound, CodeIdentifierNotFound:
		return 404
	case CodeMethodNotAllowed:
		return 405
	case CodeUnsupportedMediaType:
		return 415
	case CodeServiceNotApplicable, CodeMissingIdentifier, CodeUnnecessaryIdentifier:
		return 422
	case CodeInternal:
		return 500
	case CodeUnavailable:
		return 503
	case CodeTimeout:
		return 504
	}
	return 0
}

// Error returns "camara: CODE".
func (c Code) Error() string { return "camara: " + string(c) }

// Message returns the code's message when the error is about no single
// field: the specifications' example messages.
func (c Code) Message() string {
	switch c {
	case CodeInvalidArgument:
		return "Client specified an invalid argument, request body or query param."
	case CodeOutOfRange:
		return "Client specified an invalid range."
	case CodeInvalidParamCombination:
		return "Indicated parameter combination is invalid: at least one property other than phoneNumber must be provided."
	case CodeUnauthenticated:
		return "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required."
	case CodePermissionDenied:
		return "Client does not have sufficient permissions to perform this action."
	case CodeInvalidTokenContext:
		return "phoneNumber is not consistent with access token."
	case CodeIDDocumentRequired:
		return "The idDocument is required to perform the properties validation"
	case CodeIDDocumentMismatch:
		return "The idDocument needs to match the one associated with the provided phoneNumber"
	case CodeNotFound:
		return "The specified resource is not found."
	case CodeIdentifierNotFound:
		return "The phone number provided is not associated with a customer account"
	case CodeMethodNotAllowed:
		return "The requested method is not allowed/supported on the target resource."
	case CodeUnsupportedMediaType:
		return "The server refuses to accept the request because the payload format is in an unsupported format."
	case CodeServiceNotApplicable:
		return "The service is not applicable for the provided phone number"
	case CodeMissingIdentifier:
		return "No phone number has been provided"
	case CodeUnnecessaryIdentifier:
		return "An explicit phone number has been provided when one is already associated with the access token"
	case CodeUnavailable:
		return "Service unavailable."
	case CodeTimeout:
		return "Request timeout exceeded."
	}
	return "Server error"
}

// Error is a CAMARA error: the code, its HTTP status, and a message for the
// API consumer. It marshals to the CAMARA ErrorInfo body. The message names
// the offending field and never holds its value, nor any value the operator
// holds: errors end up in logs.
//
// Every *Error this module returns is a new value that belongs to the
// caller. Errors compare with [errors.Is] by code, against a [Code] or an
// *Error (and by field too when the target *Error names one), so
// errors.Is(err, camara.CodeInvalidArgument) holds for every invalid
// argument.
type Error struct {
	Status  int
	Code    Code
	Message string
	// Field is the name of the request property (or header) at fault
	// ("birthdate", "x-correlator"), or "" when the error is about no
	// single property.
	Field string
	// own marks the errors this module made, whose messages it wrote.
	own bool
}

// NewError returns a new Error with the code's status, about field (or
// none, ""), with message msg, or the code's own message when msg is "".
// msg must not hold a value of the request or of a record.
func NewError(c Code, field, msg string) *Error {
	if msg == "" {
		msg = c.Message()
	}
	return &Error{Status: c.Status(), Code: c, Message: msg, Field: field, own: true}
}

// Invalid returns a new 400 INVALID_ARGUMENT error about field.
func Invalid(field, msg string) *Error { return NewError(CodeInvalidArgument, field, msg) }

// Error returns "camara: CODE: message".
func (e *Error) Error() string { return "camara: " + string(e.Code) + ": " + e.Message }

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
func (e *Error) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil), nil }

// AppendJSON appends the ErrorInfo body to b.
func (e *Error) AppendJSON(b []byte) []byte {
	b = strconv.AppendInt(append(b, `{"status":`...), int64(e.Status), 10)
	b = append(b, `,"code":`...)
	b = appendString(b, string(e.Code))
	b = append(b, `,"message":`...)
	b = appendString(b, e.Message)
	return append(b, '}')
}

// appendString appends s as a JSON string.
func appendString(b []byte, s string) []byte {
	q, _ := json.Marshal(s) // a string always marshals
	return append(b, q...)
}

// AsError returns err as a CAMARA error, always a new value, with the
// status of its code:
//   - for an *Error that err is or wraps, made by this module: a copy of it;
//   - for an *Error made elsewhere (an embedder's store may build one): its
//     code with the code's own message, since its message and field may
//     hold anything;
//   - for a [Code] that err is or wraps: that code with its message (a
//     store's error that wraps [CodeUnavailable] is 503 UNAVAILABLE);
//   - for a context deadline: 504 TIMEOUT;
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
			return NewError(CodeInternal, "", "")
		case e.own:
			c := *e
			c.Status = c.Code.Status()
			return &c
		}
		return NewError(e.Code, "", "")
	}
	if c, ok := errors.AsType[Code](err); ok && c.known() {
		return NewError(c, "", "")
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return NewError(CodeTimeout, "", "")
	}
	return NewError(CodeInternal, "", "")
}

// jsonUnmarshal is json.Unmarshal of a string.
func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

// Reply is the HTTP answer to a request: its status, the error code of an
// error ("" for a 200) and the JSON body (the API's response, or the
// ErrorInfo).
type Reply struct {
	Status int
	Code   Code
	Body   []byte
}

// ErrorReply returns the Reply of e.
func ErrorReply(e *Error) Reply {
	return Reply{Status: e.Status, Code: e.Code, Body: e.AppendJSON(nil)}
}
