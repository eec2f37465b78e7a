package wrap

import (
	"errors"
	"fmt"
	"log"
)

func check(token string) error {
	if token == "" {
		return errors.New("empty")
	}
	return fmt.Errorf("invalid token %q", token)
}

func checkSafe(token string) error {
	if len(token) < 10 {
		return fmt.Errorf("token too short: %d characters", len(token))
	}
	return nil
}

func Handle(token string) {
	if err := check(token); err != nil {
		log.Printf("auth failed: %v", err) // want `credential \(token\) parameter token`
	}
	if err := checkSafe(token); err != nil {
		log.Printf("auth failed: %v", err)
	}
	err := fmt.Errorf("login with %s: %w", token, errors.New("denied"))
	log.Println(err.Error()) // want `credential \(token\) parameter token`
}
