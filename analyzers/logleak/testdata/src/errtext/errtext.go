// Package errtext: fmt prints an error or a Stringer held in an
// interface by its Error or String method, not by its fields.
package errtext

import (
	"fmt"
	"log"

	"github.com/rs/zerolog"
)

// rejected keeps the token for the caller, but its text is constant.
type rejected struct{ Token string }

func (e rejected) Error() string { return "token rejected" }

// quoting puts the token in its text.
type quoting struct{ Token string }

func (e quoting) Error() string { return "bad token " + e.Token }

// ptrRejected has Error on the pointer.
type ptrRejected struct{ Token string }

func (e *ptrRejected) Error() string { return "token rejected" }

// masked prints a reference only.
type masked struct {
	Ref       string
	NHSNumber string
}

func (m masked) String() string { return "patient " + m.Ref }

func check(token string) error {
	if len(token) < 32 {
		return rejected{Token: token}
	}
	return nil
}

func checkQuoting(token string) error {
	if len(token) < 32 {
		return quoting{Token: token}
	}
	return nil
}

func checkPtr(token string) error { return &ptrRejected{Token: token} }

// checkEither may return either error: fmt prints the quoting one's text.
func checkEither(token string, strict bool) error {
	if strict {
		return rejected{Token: token}
	}
	return quoting{Token: token}
}

// checkAgain passes check's error on.
func checkAgain(token string) error {
	if err := check(token); err != nil {
		return err
	}
	return nil
}

func subject(ref, nhsNumber string) fmt.Stringer { return masked{Ref: ref, NHSNumber: nhsNumber} }

func Authenticate(token string, l zerolog.Logger) {
	if err := check(token); err != nil {
		log.Printf("authentication failed: %v", err) // safe: Error is constant
	}
	log.Println("authentication failed:", checkPtr(token)) // safe: *ptrRejected's Error
	log.Println("authentication failed:", checkAgain(token))
	if err := checkQuoting(token); err != nil {
		log.Printf("authentication failed: %v", err) // want `credential \(token\) e.Token written to the log by log.Printf`
	}
	log.Printf("authentication failed: %s", checkEither(token, true)) // want `credential \(token\) e.Token written to the log by log.Printf`
	if err := check(token); err != nil {
		l.Info().Interface("detail", err).Msg("authentication failed") // want `credential \(token\) parameter token written to the log by \(\*zerolog.Event\).Interface`
		l.Info().Err(err).Msg("authentication failed")                 // safe: Error
	}
}

func Admit(ref, nhsNumber string) {
	log.Printf("admitted %v", subject(ref, nhsNumber)) // safe: String prints the reference
	var s fmt.Stringer = masked{Ref: ref, NHSNumber: nhsNumber}
	log.Printf("admitted %v", s) // safe
}

// %#v prints the fields (or GoString), not the Error text.
func AuthenticateGoSyntax(token string) {
	if err := check(token); err != nil {
		log.Printf("authentication failed: %#v", err) // want `credential \(token\) parameter token written to the log by log.Printf`
		log.Printf("authentication failed: %v", err)  // safe: Error is constant
		log.Printf("code %#v: %v", 42, err)           // safe: the error is printed by %v
		log.Printf("code %*d: %#v", 4, 42, err)       // want `credential \(token\) parameter token written to the log by log.Printf`
	}
}

// A helper that logs its error parameter with %#v prints the fields its
// callers' errors hold.
func dumpErr(err error) { log.Printf("detail: %#v", err) } // want `credential \(token\) parameter token written to the log by log\.Printf, passed on by errtext\.AuthenticateHelpers`

func AuthenticateHelpers(token string) {
	if err := check(token); err != nil {
		dumpErr(err)
	}
}
