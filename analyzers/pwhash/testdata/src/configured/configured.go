package configured

import (
	"crypto/sha256"

	"golang.org/x/crypto/bcrypt"
)

func hash(kennwort string) [32]byte {
	return sha256.Sum256([]byte(kennwort)) // want `password parameter kennwort is hashed with sha256.Sum256`
}

func cost(pw []byte) {
	bcrypt.GenerateFromPassword(pw, 11) // want `bcrypt cost 11 is below 12`
	bcrypt.GenerateFromPassword(pw, 12)
}
