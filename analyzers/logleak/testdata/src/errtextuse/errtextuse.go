// Package errtextuse logs errors of errtextlib: what fmt prints of them
// travels in errtextlib's facts.
package errtextuse

import (
	"errtextlib"
	"log"
)

func Authenticate(token string) {
	if err := errtextlib.Check(token); err != nil {
		log.Printf("authentication failed: %v", err) // safe: Error is constant
	}
	if err := errtextlib.CheckQuoting(token); err != nil {
		log.Printf("authentication failed: %v", err) // want `credential \(token\) e.Token written to the log by log.Printf`
	}
}
