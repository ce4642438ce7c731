// Command kycmatch answers CAMARA Know Your Customer Match (v0.4.0) requests
// against operator records, one at a time (kycmatch match) or as JSON Lines
// (kycmatch batch). Its flags, exit codes and output formats are a stable
// interface: see the usage text below.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/normalize"
)

const usage = `kycmatch answers CAMARA Know Your Customer Match v0.4.0 requests against the
records an operator holds.

Usage:
  kycmatch match --record RECORD.json [--config CONFIG.json] [--token-phone +E164] [REQUEST.json | -]
  kycmatch batch [--config CONFIG.json] [--progress] [IN.jsonl | -]
  kycmatch serve [--addr 127.0.0.1:9091] [--records FILE.jsonl | --postgres URL [--postgres-table T]]
                 [--config CONFIG.json] [--tokens TOKENS.json]
  kycmatch help

Flags come before the file argument. Without a file argument, or with "-", the
input is read from standard input.

kycmatch match
  Answers one request body (KYC_MatchRequestBody JSON) for the customer whose
  record is in RECORD.json. On success it prints the CAMARA response on stdout
  as JSON indented with two spaces and exits 0. When the API would answer an
  error, it prints the CAMARA error body {"status", "code", "message"},
  indented the same way, on stdout and exits 1.

  --record FILE       the operator's record (required), a subscriber record:
                      a JSON object whose properties are request property
                      names (phoneNumber, idDocument, ..., nationality) with
                      string values, "" or null meaning the operator does
                      not hold the attribute, and the operator's fields
                      (tenureStart, contractType, identityVerified,
                      contentLock, parentalControl, notApplicable; README,
                      "The subscriber record"). Other properties or other
                      values are refused.
  --config FILE       the configuration (matchapi.Config JSON, for example
                      {"requireIdDocument": true, "scores": "bands"});
                      unknown keys are refused. Default: the zero
                      configuration, v0.4.0's behaviour.
  --token-phone NUM   the access token is three-legged and identified this
                      line (E.164, or any form with its country code).
                      Without it the token is two-legged.

kycmatch batch
  Answers JSON Lines, one request per line:
    {"id": ANY, "request": {...}, "record": {...} | null, "tokenPhone": "+E164", "notApplicable": true}
  id is any JSON value, echoed verbatim. request is the request body (absent:
  "A request body is required."). record is as in --record; absent or null
  means no customer account holds the number (404 IDENTIFIER_NOT_FOUND).
  notApplicable true means the line is not eligible (422
  SERVICE_NOT_APPLICABLE). tokenPhone, optional, is as --token-phone. Only
  these five properties are allowed.

  It writes exactly one compact JSON line per input line, in input order:
    {"id": ANY, "status": 200, "response": {...}}
    {"id": ANY, "status": 400..500, "error": {"status": ..., "code": "...", "message": "..."}}
  A line without an id, or whose id cannot be read, is identified by its
  1-based number, "line": N, in place of "id". Nothing is skipped: a line
  that is not a batch line is answered 400 INVALID_ARGUMENT, so the output
  has as many lines as the input. That is an empty or blank line, a line
  that is not valid JSON or not a JSON object, a line longer than 4 MiB
  (whatever maxBodyBytes says; read through to its newline, not kept), a line
  with another property, a tokenPhone that is not a string, a notApplicable
  that is not a boolean.
  A record that is not a subscriber record as described for --record,
  or a tokenPhone that is not a phone number with its country code, is the
  operator's data at fault rather than the request: the line is answered
  500 INTERNAL, once the request itself is found valid, as a failing record
  store would be.

  Lines are answered in parallel on all cores, with a bounded number of lines
  in memory.

  --config FILE       as for match.
  --progress          print the lines done and lines per second on stderr about
                      once a second, and a summary at the end. Without it,
                      stderr is quiet unless the command fails.

kycmatch serve
  Serves the CAMARA APIs over HTTP until SIGINT or SIGTERM, then shuts down
  gracefully: KYC Match POST /kyc-match/v0.4/match (and v0.3, v0.2, vwip),
  Age Verification POST /kyc-age-verification/v0.2/verify, Tenure POST
  /kyc-tenure/v0.2/check-tenure, under the configuration's basePath; GET
  /healthz and GET /metrics (Prometheus) at the root. One JSON access log
  line per request on stderr, without personal data.

  --addr HOST:PORT    where to listen. Default 127.0.0.1:9091.
  --records FILE      the subscribers, JSON Lines of subscriber records (as
                      for --record, each with its phoneNumber), in memory.
  --postgres URL      the subscribers, from a PostgreSQL table of the schema
                      in README.md (kyc_subscribers, or --postgres-table).
                      Without --records or --postgres: the embedded demo
                      data set (README.md, "The demo data").
  --config FILE       the configuration: as for match, and basePath. The
                      server gives scores in bands of ten unless it says
                      "scores": "exact" or "none" (scores are an oracle).
  --tokens FILE       a static token file: {"TOKEN": {"phoneNumber": "+E164",
                      "scopes": [...], "expiresAt": "RFC 3339"}}; a token with
                      a phoneNumber is three-legged. Without it any bearer
                      token is accepted as two-legged with every scope, and
                      the server says so at start.

Exit status:
  0  match: the response was printed; batch: the whole input was answered
     (per-line errors are part of the output); serve: shut down on a
     signal; help.
  1  match: a CAMARA error was printed.
  2  usage error, unreadable or invalid file, I/O error.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "match":
		return runMatch(args[1:], stdin, stdout, stderr)
	case "batch":
		return runBatch(args[1:], stdin, stdout, stderr)
	case "serve":
		return runServe(args[1:], stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stderr, usage)
		return 0
	}
	return fail(stderr, "unknown command %q (run 'kycmatch help' for usage)", args[0])
}

// fail prints a one-line message on stderr and returns the exit status of a
// usage or file error.
func fail(stderr io.Writer, format string, a ...any) int {
	fmt.Fprintf(stderr, "kycmatch: "+format+"\n", a...)
	return 2
}

// parseFlags parses the flags of a subcommand and returns its only optional
// positional argument. When it returns ok false, the command is over and
// code is its exit status: 0 after printing the usage for -h, 2 after a
// one-line message for a usage error.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (input string, code int, ok bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stderr, usage)
		return "", 0, false
	} else if err != nil {
		return "", fail(stderr, "%s: %v (run 'kycmatch help' for usage)", fs.Name(), err), false
	}
	switch rest := fs.Args(); {
	case len(rest) == 0:
		return "", 0, true
	case len(rest) == 1:
		return rest[0], 0, true
	case slices.ContainsFunc(rest[1:], func(s string) bool { return strings.HasPrefix(s, "-") && s != "-" }):
		return "", fail(stderr, "%s: flags must come before the file argument (run 'kycmatch help' for usage)", fs.Name()), false
	default:
		return "", fail(stderr, "%s: too many arguments: want at most one input file (run 'kycmatch help' for usage)", fs.Name()), false
	}
}

// maxFileBytes bounds the record and configuration files.
const maxFileBytes = 4 << 20

// readFile reads a file of at most limit bytes.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, limit)
	}
	return data, nil
}

// openInput opens the input file argument, or returns stdin for "" and "-".
func openInput(input string, stdin io.Reader) (io.Reader, func(), error) {
	if input == "" || input == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(input)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// newService builds the KYC Match service from the configuration file, if
// any.
func newService(path string) (*matchapi.Service, error) {
	var cfg matchapi.Config
	if path != "" {
		data, err := readFile(path, maxFileBytes)
		if err != nil {
			return nil, err
		}
		if cfg, err = matchapi.ParseConfig(data); err != nil {
			return nil, fmt.Errorf("config %s: %v", path, err)
		}
	}
	return matchapi.NewConfig(cfg, profiles()...)
}

// profiles returns every locale profile the module ships: the command
// answers for any country it has rules for.
func profiles() []locale.Profile {
	return []locale.Profile{es.New(), jp.New(jp.Config{}), nl.New()}
}

func runMatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("match", flag.ContinueOnError)
	recordPath := fs.String("record", "", "")
	configPath := fs.String("config", "", "")
	tokenPhone := fs.String("token-phone", "", "")
	input, code, ok := parseFlags(fs, args, stderr)
	switch {
	case !ok:
		return code
	case *recordPath == "":
		return fail(stderr, "match: --record is required (run 'kycmatch help' for usage)")
	}
	if *tokenPhone != "" {
		if _, ok := normalize.Phone(*tokenPhone); !ok {
			return fail(stderr, "match: --token-phone is not a phone number with its country code")
		}
	}
	s, err := newService(*configPath)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	data, err := readFile(*recordPath, maxFileBytes)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	rec, err := parseRecord(data)
	if err != nil {
		return fail(stderr, "record %s: %v", *recordPath, err)
	}

	in, closeIn, err := openInput(input, stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	defer closeIn()
	// One byte more than the engine accepts, so that it reports the size;
	// the largest limit saturates rather than overflows.
	body, err := io.ReadAll(io.LimitReader(in, readLimit(s.MaxBodyBytes())))
	if err != nil {
		return fail(stderr, "reading the request: %v", err)
	}

	status := 0
	reply := answer(s, body, *tokenPhone, func() (camara.Subscriber, error) { return rec, nil })
	if reply.Status != 200 {
		status = 1
	}
	var out bytes.Buffer
	if err := json.Indent(&out, reply.Body, "", "  "); err != nil {
		return fail(stderr, "%v", err)
	}
	if _, err := stdout.Write(append(out.Bytes(), '\n')); err != nil {
		return fail(stderr, "writing the response: %v", err)
	}
	return status
}

// readLimit returns how many bytes to read of a body the engine accepts up
// to max bytes: one more, so that it can tell a body too long, but never
// past the largest int64.
func readLimit(max int) int64 {
	if int64(max) >= math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(max) + 1
}

// answer answers one KYC Match v0.4 request body. lookup gives the record
// of the line once the request is found valid and its subject resolved, or
// the lookup's error.
func answer(s *matchapi.Service, body []byte, tokenPhone string, lookup func() (camara.Subscriber, error)) camara.Reply {
	reply, _ := s.Reply(context.Background(), matchapi.V04, body, tokenPhone,
		camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) { return lookup() }))
	return reply
}

// parseRecord decodes a record file or a batch line's record (a subscriber
// record, camara.DecodeSubscriber); its errors name properties, never
// values.
func parseRecord(data []byte) (camara.Subscriber, error) {
	rec, err := camara.DecodeSubscriber(data)
	if err != nil {
		return camara.Subscriber{}, errors.New(strings.TrimPrefix(err.Error(), "camara: record: "))
	}
	return rec, nil
}
