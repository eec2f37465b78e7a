// Package httpquery: net/http's client error quotes the request's URL
// with only its userinfo's password stripped: a secret in the query
// string or the path is in the error.
package httpquery

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/url"
)

type Notifier struct {
	base   string
	apiKey string
	client *http.Client
}

func (n *Notifier) Send(ctx context.Context, to string) {
	q := url.Values{"api_key": {n.apiKey}, "to": {to}}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.base+"/send?"+q.Encode(), nil)
	resp, err := n.client.Do(req)
	if err != nil {
		log.Printf("send: %v", err) // want `credential \(API key\) n.apiKey`
		return
	}
	resp.Body.Close()
}

func (n *Notifier) Get() {
	if _, err := http.Get(n.base + "/status?key=" + n.apiKey); err != nil {
		log.Printf("status: %v", err) // want `credential \(API key\) n.apiKey`
	}
}

func (n *Notifier) Path(token string) {
	if _, err := n.client.Get(fmt.Sprintf("%s/bot%s/getMe", n.base, token)); err != nil {
		log.Printf("getMe: %v", err) // want `credential \(token\) parameter token`
	}
}

// Safe twins: the password in the userinfo is stripped; a query without
// a secret; a key sent in a header is not in the URL.
func (n *Notifier) Userinfo(user, password string) {
	if _, err := http.Get("https://" + user + ":" + password + "@example.com/x"); err != nil {
		log.Printf("fetch: %v", err) // safe: the client strips the password
	}
	u := &url.URL{Scheme: "https", Host: "example.com", User: url.UserPassword(user, password)}
	if _, err := http.Get(u.String()); err != nil {
		log.Printf("fetch: %v", err) // safe: the client strips the password
	}
}

func (n *Notifier) Plain(ctx context.Context, to string) {
	q := url.Values{"to": {to}}
	if _, err := http.Get(n.base + "/lookup?" + q.Encode()); err != nil {
		log.Printf("lookup: %v", err) // safe: no secret in the URL
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.base+"/send", nil)
	req.Header.Set("X-Api-Key", n.apiKey)
	if _, err := n.client.Do(req); err != nil {
		log.Printf("send: %v", err) // safe: the header is not in the error
	}
}

// A form filled with Set or Add holds what it is given; a form without
// the secret does not.
func (n *Notifier) TokenRequest(id, secret string) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_secret", secret)
	log.Printf("token request: %s", form.Encode()) // want `credential \(secret\) parameter secret`
	public := url.Values{}
	public.Add("client_id", id)
	log.Printf("token request for %s", public.Encode())
}
