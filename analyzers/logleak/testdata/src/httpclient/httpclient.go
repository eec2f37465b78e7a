// Package httpclient: net/http's client errors name the URL with its
// password stripped and never the request's body; the response is the
// server's reply.
package httpclient

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
)

func withPassword(raw, user, password string) string {
	u, _ := url.Parse(raw)
	u.User = url.UserPassword(user, password)
	return u.String()
}

func Fetch(raw, user, password string) {
	target := withPassword(raw, user, password)
	resp, err := http.Get(target)
	if err != nil {
		log.Printf("download failed: %v", err) // safe: the client strips the password from its error
		return
	}
	log.Printf("status %s", resp.Status) // safe: the server's reply
	log.Printf("fetching %s", target)    // want `credential \(password\) parameter password`
	err = fmt.Errorf("fetch %s: %w", target, err)
	log.Print(err) // want `credential \(password\) parameter password`
}

func Verify(client *http.Client, secret, response string) {
	form := url.Values{"secret": {secret}, "response": {response}}
	req, _ := http.NewRequest(http.MethodPost, "https://example.com/verify", strings.NewReader(form.Encode()))
	resp, err := client.Do(req)
	if err != nil {
		log.Printf("verify: %v", err) // safe: the body is not in the client's error
		return
	}
	defer resp.Body.Close()
	log.Printf("posted %s", form.Encode()) // want `credential \(secret\) parameter secret`
}

// NewRequest's error quotes the method or the URL (url.Parse's error),
// never the body.
func Build(secret, raw, user, password string) {
	form := url.Values{"secret": {secret}}
	if _, err := http.NewRequest(http.MethodPost, "https://example.com/verify", strings.NewReader(form.Encode())); err != nil {
		log.Printf("request: %v", err) // safe: the body is not in the error
	}
	if _, err := http.NewRequest(http.MethodGet, withPassword(raw, user, password), nil); err != nil {
		log.Printf("request: %v", err) // want `credential \(password\) parameter password`
	}
}
