// Package pwlib shares its name and a function name with the pwlib that
// makes a Have I Been Pwned lookup; this Breached stores a whole SHA-1.
package pwlib

import (
	"crypto/sha1"
	"encoding/hex"
)

// Breached records a value's SHA-1 in a breach ledger.
func Breached(record string) string {
	sum := sha1.Sum([]byte(record))
	return hex.EncodeToString(sum[:])
}
