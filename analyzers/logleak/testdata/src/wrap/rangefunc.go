package wrap

import (
	"fmt"
	"log"
	"strings"
)

// Variables shared with a range-over-func loop body live in memory (the
// body is a closure): a read sees the stores that reach it and what the
// body stores when the loop runs on the way, never a later store.

type license struct{ Email string }

func render(name string, l *license) ([]byte, error) {
	if name == "" {
		return nil, fmt.Errorf("no license")
	}
	return []byte(name + " " + l.Email), nil
}

func readme(name string) ([]byte, error) {
	if name == "" {
		return nil, fmt.Errorf("no readme %s", name)
	}
	return []byte(name), nil
}

func expand(tmpl string) (string, error) {
	if strings.Contains(tmpl, "{") {
		return "", fmt.Errorf("bad template %s", tmpl)
	}
	return tmpl, nil
}

// prepare reads data before the loop and after it: the license data
// (with the email) is stored after the readme's error is logged.
func prepare(readmeName, ignores, licenseName, email string) error {
	data, err := readme(readmeName)
	if err != nil {
		return err
	}
	if _, err := expand(string(data)); err != nil {
		log.Printf("expand: %v", err) // safe: the license data is read later
	}
	for n := range strings.SplitSeq(ignores, ",") {
		data, err = readme(n)
		if err != nil {
			return err
		}
	}
	data, err = render(licenseName, &license{Email: email})
	if err != nil {
		return err
	}
	_, err = expand(string(data))
	log.Printf("license: %v", err) // want `personal or patient data \(email address\) l.Email`
	return nil
}

// loopStores: what the loop body stores reaches a read after the loop.
func loopStores(names, email string) {
	last := "none"
	log.Printf("before: %s", last) // safe: the loop has not run
	for n := range strings.SplitSeq(names, ",") {
		if n == "admin" {
			last = "user " + email
		}
	}
	log.Printf("last: %s", last) // want `personal or patient data \(email address\) parameter email`
}
