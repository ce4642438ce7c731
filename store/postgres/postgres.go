// Package postgres is a camara.Store that reads subscribers from a
// PostgreSQL table (or view) of the documented schema ([Schema], README.md
// "PostgreSQL"), through pgx, so that a test lab can serve its real data.
//
// A lookup is one indexed query by E.164 number. A line no row holds is
// IDENTIFIER_NOT_FOUND; a database that cannot be reached, or a connection
// lost mid-query, wraps camara.CodeUnavailable (503), never a 404; any
// other failure is a plain error (500) that holds no value of a row (only
// PostgreSQL's SQLSTATE).
package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/normalize"
)

// DefaultTable is the table the store reads when Options.Table is "".
const DefaultTable = "kyc_subscribers"

// column returns the column of attribute a: its CAMARA name in snake case
// (givenName: given_name).
func column(a attr.Attribute) string {
	var b strings.Builder
	for _, r := range a.String() {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Schema returns the CREATE TABLE statement of the schema the store reads,
// for table (DefaultTable when ""). An operator may instead create a view
// of that name and columns over its own tables; identity columns are read
// as text (a date column gives YYYY-MM-DD), so their types are free.
func Schema(table string) string {
	if table == "" {
		table = DefaultTable
	}
	var b strings.Builder
	b.WriteString("CREATE TABLE " + pgx.Identifier(strings.Split(table, ".")).Sanitize() + " (\n")
	b.WriteString("    phone_number text PRIMARY KEY CHECK (phone_number ~ '^\\+[1-9][0-9]{4,14}$'), -- E.164\n")
	for a := range attr.All() {
		b.WriteString("    " + column(a) + " text,\n")
	}
	b.WriteString(`    tenure_start date,             -- held continuously by this customer since
    contract_type text CHECK (contract_type IN ('PAYG', 'PAYM', 'Business')),
    identity_verified boolean,      -- identity checked against an identity document
    content_lock boolean,
    parental_control boolean,
    not_applicable text[]           -- APIs the line is not eligible for: kyc-match, kyc-age-verification, kyc-tenure
);
`)
	return b.String()
}

// Options configure a Store.
type Options struct {
	// Table is the table or view to read ("schema.table" allowed);
	// DefaultTable when "".
	Table string
}

// Store reads subscribers from PostgreSQL. It is safe for concurrent use.
type Store struct {
	pool  *pgxpool.Pool
	query string
	table string
}

// Open connects to the database at url (a PostgreSQL connection string)
// and checks that the table answers the query, so that a wrong URL or
// schema fails at start rather than on the first request.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, errors.New("postgres: the connection string cannot be parsed")
	}
	if _, ok := cfg.ConnConfig.RuntimeParams["application_name"]; !ok {
		cfg.ConnConfig.RuntimeParams["application_name"] = "kycmatch"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	s := New(pool, opts)
	if _, err := s.Lookup(ctx, "+0"); err != nil && !errors.Is(err, camara.CodeIdentifierNotFound) {
		pool.Close()
		return nil, fmt.Errorf("postgres: reading %s: %w", s.table, err)
	}
	return s, nil
}

// New returns a Store on an open pool.
func New(pool *pgxpool.Pool, opts Options) *Store {
	table := opts.Table
	if table == "" {
		table = DefaultTable
	}
	cols := []string{}
	for a := range attr.All() {
		cols = append(cols, column(a)+"::text")
	}
	cols = append(cols, "tenure_start::text", "contract_type::text", "identity_verified", "content_lock", "parental_control", "not_applicable::text[]")
	return &Store{
		pool:  pool,
		table: table,
		query: "SELECT " + strings.Join(cols, ", ") + " FROM " + pgx.Identifier(strings.Split(table, ".")).Sanitize() + " WHERE phone_number = $1",
	}
}

// Pool returns the store's connection pool.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close closes the pool.
func (s *Store) Close() { s.pool.Close() }

// Ping checks that the database answers (for a health check); its error
// wraps camara.CodeUnavailable.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return classify(err)
	}
	return nil
}

// Lookup implements camara.Store.
func (s *Store) Lookup(ctx context.Context, phone string) (camara.Subscriber, error) {
	var ids [attr.Count]*string
	var tenure, contract *string
	var verified, lock, parental *bool
	var notApplicable []string
	dst := make([]any, 0, attr.Count+6)
	for i := range ids {
		dst = append(dst, &ids[i])
	}
	dst = append(dst, &tenure, &contract, &verified, &lock, &parental, &notApplicable)
	if err := s.pool.QueryRow(ctx, s.query, phone).Scan(dst...); err != nil {
		return camara.Subscriber{}, classify(err)
	}
	sub := camara.Subscriber{PhoneNumber: phone}
	for i, v := range ids {
		if v != nil {
			sub.Identity[i] = *v
		}
	}
	if tenure != nil {
		d, ok := normalize.RecordDate(*tenure)
		if !ok {
			return camara.Subscriber{}, errors.New("postgres: tenure_start is not a date")
		}
		sub.TenureStart = d
	}
	if contract != nil {
		c, ok := camara.ParseContractType(*contract)
		if !ok {
			return camara.Subscriber{}, errors.New("postgres: contract_type is not one of PAYG, PAYM, Business")
		}
		sub.ContractType = c
	}
	flag := func(b *bool) camara.Flag {
		if b == nil {
			return camara.FlagUnknown
		}
		return camara.FlagOf(*b)
	}
	sub.IdentityVerified, sub.ContentLock, sub.ParentalControl = flag(verified), flag(lock), flag(parental)
	for _, n := range notApplicable {
		a, ok := camara.ParseAPI(n)
		if !ok {
			return camara.Subscriber{}, errors.New("postgres: not_applicable holds a name that is no API")
		}
		sub.NotApplicable = sub.NotApplicable.With(a)
	}
	return sub, nil
}

// classify turns a pgx error into the store's: IDENTIFIER_NOT_FOUND for no
// row, the context's error as it is, UNAVAILABLE for a database that cannot
// be reached or a connection lost (SQLSTATE classes 08, 53 and 57, and
// every error that is not the server's), and otherwise an error that says
// only the SQLSTATE, since PostgreSQL's messages may quote a value.
func classify(err error) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return camara.CodeIdentifierNotFound
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return fmt.Errorf("postgres: %w", err)
	}
	if pgErr, ok := errors.AsType[*pgconn.PgError](err); ok {
		switch pgErr.Code[:2] {
		case "08", "53", "57":
			return fmt.Errorf("postgres: SQLSTATE %s: %w", pgErr.Code, camara.CodeUnavailable)
		}
		return fmt.Errorf("postgres: the query failed with SQLSTATE %s", pgErr.Code)
	}
	return fmt.Errorf("postgres: %w: %w", camara.CodeUnavailable, err)
}

// Put writes sub (which must have its PhoneNumber) into the store's table,
// replacing the row of that number: for loading test data.
func (s *Store) Put(ctx context.Context, sub camara.Subscriber) error {
	if sub.PhoneNumber == "" {
		return errors.New("postgres: the subscriber has no phoneNumber")
	}
	cols := []string{"phone_number"}
	args := []any{sub.PhoneNumber}
	for a := range attr.All() {
		cols = append(cols, column(a))
		args = append(args, nullable(sub.Identity[a]))
	}
	cols = append(cols, "tenure_start", "contract_type", "identity_verified", "content_lock", "parental_control", "not_applicable")
	var na []string
	for a := range camara.API(camara.NumAPIs) {
		if sub.NotApplicable.Has(a) {
			na = append(na, a.String())
		}
	}
	flag := func(f camara.Flag) any {
		if f == camara.FlagUnknown {
			return nil
		}
		return f == camara.FlagTrue
	}
	args = append(args, nullable(sub.TenureStart), nullable(string(sub.ContractType)), flag(sub.IdentityVerified), flag(sub.ContentLock), flag(sub.ParentalControl), na)
	ph := make([]string, len(cols))
	set := make([]string, 0, len(cols))
	for i, c := range cols {
		ph[i] = fmt.Sprintf("$%d", i+1)
		if i > 0 {
			set = append(set, c+" = EXCLUDED."+c)
		}
	}
	q := "INSERT INTO " + pgx.Identifier(strings.Split(s.table, ".")).Sanitize() + " (" + strings.Join(cols, ", ") + ") VALUES (" +
		strings.Join(ph, ", ") + ") ON CONFLICT (phone_number) DO UPDATE SET " + strings.Join(set, ", ")
	if _, err := s.pool.Exec(ctx, q, args...); err != nil {
		return classify(err)
	}
	return nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
