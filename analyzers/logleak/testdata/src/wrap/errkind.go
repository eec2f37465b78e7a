package wrap

import (
	"errors"
	"fmt"
	"log"
)

// Errors that quote the input (not found, invalid) handled before the
// log: what is logged is another kind of error.

var errNotExist = errors.New("not exist")

type errUserNotExist struct{ Name string }

func (e errUserNotExist) Error() string { return "user does not exist [name: " + e.Name + "]" }

func isErrUserNotExist(err error) bool {
	_, ok := err.(errUserNotExist)
	return ok
}

func queryFails() bool { return false }

func userByEmail(email string) (string, error) {
	if queryFails() {
		return "", errors.New("database is locked")
	}
	return "", errUserNotExist{Name: email}
}

func taskByToken(token string) error {
	return fmt.Errorf("task with token %q: %w", token, errNotExist)
}

func Lookup(email, token string) {
	if _, err := userByEmail(email); err != nil && !isErrUserNotExist(err) {
		log.Printf("userByEmail: %v", err) // safe: the not-found error, which quotes the email, is handled
	}
	if _, err := userByEmail(email); err != nil {
		if isErrUserNotExist(err) {
			log.Printf("no user: %v", err) // want `personal or patient data \(email address\) parameter email`
		}
	}
	if _, err := userByEmail(email); err != nil {
		log.Printf("userByEmail: %v", err) // want `personal or patient data \(email address\) parameter email`
	}
	if err := taskByToken(token); err != nil && !errors.Is(err, errNotExist) {
		log.Printf("task: %v", err) // safe: not the not-exist error
	}
	if err := taskByToken(token); err != nil {
		log.Printf("task: %v", err) // want `credential \(token\) parameter token`
	}
}
