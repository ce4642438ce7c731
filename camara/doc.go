// Package camara holds the rules that the CAMARA Know Your Customer APIs
// share, and that sit between the HTTP wire and the matcher (package
// match): the error codes and the ErrorInfo body ([Code], [Error],
// [AsError]), which line a request is about ([Resolve]), the subscriber
// record an operator holds ([Subscriber], beside the identity the APIs
// compare: tenure, contract type, the identity's verification, content
// lock, parental control, eligibility), the subscriber store and the
// lookup step ([Store], [Fetch]), the format checks of request values
// ([ValidateValue]) and of the x-correlator header.
//
// One package per API sits above it: camara/matchapi (KYC Match v0.2,
// v0.3, v0.4 and the v0.5 draft, one codec per version), camara/ageapi
// (Age Verification v0.2.1) and camara/tenureapi (Tenure v0.2.0); package
// server mounts them over HTTP. The import arrows run one way: attr,
// normalize, locale, match, camara, the API packages, server, commands.
//
// Nothing here does I/O or reads the environment; errors never hold a
// value of a request or of a record.
package camara
