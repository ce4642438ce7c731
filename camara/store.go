package camara

import (
	"context"
	"errors"
)

// Store looks a subscriber up by the E.164 number of the line. It returns:
//   - the record, when a customer account holds the number (a record that
//     says the line is not eligible for an API answers 422 for it);
//   - an error that is or wraps [CodeIdentifierNotFound] when none does
//     (404);
//   - one that is or wraps [CodeServiceNotApplicable] when the line is not
//     eligible for any of the APIs (422);
//   - any other error when the store fails: one that wraps
//     [CodeUnavailable] when it cannot be reached (503), any other (500).
//
// A failing store is never an unknown number. A Store must be safe for
// concurrent use, and must honour ctx.
type Store interface {
	Lookup(ctx context.Context, phoneNumber string) (Subscriber, error)
}

// StoreFunc is a function that is a [Store].
type StoreFunc func(ctx context.Context, phoneNumber string) (Subscriber, error)

// Lookup calls f.
func (f StoreFunc) Lookup(ctx context.Context, phoneNumber string) (Subscriber, error) {
	return f(ctx, phoneNumber)
}

// Fetch is the lookup step of every API: it looks the line's record up in
// store once the request is valid and its subject resolved, and returns
//   - the record, when the line is eligible for api;
//   - a new 404 IDENTIFIER_NOT_FOUND or 422 SERVICE_NOT_APPLICABLE *Error
//     for a store that answered so (with the code's own message: the
//     store's may hold anything), or for a record not eligible for api;
//   - ctx's error once ctx is done;
//   - any other error of the store unchanged, so that the embedder may log
//     it; [AsError] makes it a 503 when it wraps [CodeUnavailable], a 504
//     for a deadline, a 500 otherwise. A code that a store has no business
//     returning (INVALID_ARGUMENT, say) is a 500 too.
func Fetch(ctx context.Context, store Store, api API, phone string) (Subscriber, error) {
	sub, err := store.Lookup(ctx, phone)
	if err == nil {
		err = ctx.Err()
	}
	switch {
	case err == nil && sub.NotApplicable.Has(api):
		return Subscriber{}, NewError(CodeServiceNotApplicable, "", "")
	case err == nil:
		return sub, nil
	case errors.Is(err, CodeIdentifierNotFound):
		return Subscriber{}, NewError(CodeIdentifierNotFound, "", "")
	case errors.Is(err, CodeServiceNotApplicable):
		return Subscriber{}, NewError(CodeServiceNotApplicable, "", "")
	case errors.Is(err, CodeUnavailable):
		return Subscriber{}, err
	}
	if _, ok := errors.AsType[*Error](err); ok {
		return Subscriber{}, NewError(CodeInternal, "", "")
	}
	if c, ok := errors.AsType[Code](err); ok && c.known() {
		return Subscriber{}, NewError(CodeInternal, "", "")
	}
	return Subscriber{}, err
}
