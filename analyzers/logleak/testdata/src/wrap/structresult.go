package wrap

import (
	"log"
	"net/http"
	"strings"
)

// A struct value filled field by field and returned whole: a caller that
// reads one field sees that field's contents, not the others'.

type basicCreds struct{ user, secret string }

func parseBasic(req *http.Request) (ret struct{ authToken, uname, passwd string }) {
	user, password, ok := req.BasicAuth()
	if !ok {
		return ret
	}
	ret.uname, ret.passwd = user, password
	if password == "" {
		ret.authToken = user
	}
	return ret
}

func splitCreds(header string) (basicCreds, error) {
	user, rest, _ := strings.Cut(header, ":")
	return basicCreds{user: user, secret: rest}, nil
}

func Login(req *http.Request) {
	p := parseBasic(req)
	log.Printf("login attempt for %s", p.uname) // safe: the user name of parsed credentials
	log.Printf("login with %s", p.passwd)       // want `credential`
	log.Printf("parsed %v", p)                  // want `credential`
	c, err := splitCreds(req.Header.Get("Authorization"))
	if err != nil {
		return
	}
	log.Printf("user %s", c.user)     // safe: the user name part of the header
	log.Printf("secret %s", c.secret) // want `credential`
}
