// Package tailcase logs the last few characters of identifiers, inline and
// through another package's helpers whose bodies (not names) mask.
package tailcase

import (
	"fmt"
	"log"
	"log/slog"
	"os"

	"tailhelp"
)

type Patient struct {
	ID        string
	NHSNumber string
}

func Inline(p *Patient, v Patient, token string) {
	log.Printf("nhs ending %s", p.NHSNumber[len(p.NHSNumber)-3:])               // safe: the last three characters
	fmt.Fprintf(os.Stderr, "nhs ending %s\n", v.NHSNumber[len(v.NHSNumber)-4:]) // safe: the last four
	n := len(token)
	log.Printf("token ending %s", token[n-4:n])                            // safe: the last four
	log.Printf("token ending %s", token[max(len(token)-4, 0):])            // safe: at most the last four
	log.Printf("nhs ending %s", p.NHSNumber[len(p.NHSNumber)-6:])          // want `personal or patient data \(NHS number\) p.NHSNumber`
	log.Printf("nhs starting %s", p.NHSNumber[:4])                         // want `personal or patient data \(NHS number\) p.NHSNumber`
	log.Printf("token ending %s", token[len(p.ID)-4:])                     // want `credential \(token\) parameter token`
	slog.Info("nhs", "nhs_number", p.NHSNumber[len(p.NHSNumber)-4:])       // safe: masked, whatever the key says
	slog.Info("nhs", "nhs_number", "***"+p.NHSNumber[len(p.NHSNumber)-4:]) // safe: masked, whatever the key says
	slog.Info("nhs", "nhs_number", p.NHSNumber[1:])                        // want `personal or patient data \(NHS number\) logged under key "nhs_number"`
}

func Helpers(cardNumber, nhs string) {
	log.Printf("card %s", tailhelp.Last4(cardNumber))            // safe: Last4 masks by its body
	slog.Info("card", "card_number", tailhelp.Last4(cardNumber)) // safe: masked, whatever the key says
	log.Printf("nhs %s", tailhelp.Hint(nhs))                     // safe: the last two characters
	log.Printf("card %s", tailhelp.Head(cardNumber))             // want `personal or patient data \(card number\) parameter cardNumber`
	slog.Info("card", "card_number", tailhelp.Head(cardNumber))  // want `personal or patient data \(card number\) logged under key "card_number"`
	log.Printf("nhs %s", tailhelp.Short(nhs))                    // want `personal or patient data \(NHS number\) parameter nhs`
}

// The last elements of a list are whole values, not a masked tail.
func Rotated(passwords []string) {
	slog.Info("rotated", "passwords", passwords[len(passwords)-2:]) // want `credential \(password\) logged under key "passwords"`
}
