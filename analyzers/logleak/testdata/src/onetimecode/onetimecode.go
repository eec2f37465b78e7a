// Package onetimecode: a reset, verification or invite code lets whoever
// reads it act as the user it was sent to; other codes are public.
package onetimecode

import (
	"log"
	"log/slog"
)

type Invite struct {
	Email      string
	InviteCode string
}

type Order struct {
	ProductCode string
	StatusCode  int
}

func sendReset(email, resetCode string) {
	log.Printf("sending reset code %s", resetCode) // want `credential \(one-time code\) parameter resetCode written to the log`
}

func verify(userID string, verificationCode string) {
	slog.Info("verifying", "user", userID, "code", verificationCode) // want `credential \(one-time code\) parameter verificationCode`
}

func invited(inv Invite) {
	log.Printf("invite %+v", inv) // want `InviteCode`
}

// A method named for the code returns it.
type pending struct{ code string }

func (p pending) ActivationCode() string { return p.code }

func activate(p pending) {
	log.Println("activation", p.ActivationCode()) // want `credential \(one-time code\)`
}

// Safe: a status, error, product or country code is no credential.
func public(o Order, errorCode, countryCode string) {
	log.Printf("order %+v", o)
	log.Printf("failed with %s in %s", errorCode, countryCode)
	slog.Info("status", "status_code", o.StatusCode, "product_code", o.ProductCode)
}
