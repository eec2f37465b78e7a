package errtext

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"io"
	"log"
)

// A writer's error says why it stopped, never what it was given: logging
// it shows nothing of the data, and a hash's Write never fails.
func sign(key, body []byte) ([]byte, error) {
	mac := hmac.New(sha256.New, key)
	if _, err := mac.Write(body); err != nil {
		return nil, err
	}
	return mac.Sum(nil), nil
}

func send(key []byte, data any, w io.Writer) {
	body, _ := json.Marshal(data)
	if _, err := sign(key, body); err != nil {
		log.Printf("sign: %v", err) // safe: the error of a hash's Write
	}
	if _, err := w.Write(body); err != nil {
		log.Printf("write: %v", err) // safe: a writer's error
	}
}

func SendAccount(a account, key []byte, w io.Writer) {
	send(key, a, w) // safe: the account reaches no log
}
