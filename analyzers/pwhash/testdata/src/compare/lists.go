package compare

// Loops over a user's tokens. A comparison that only decides what the loop
// does with the element at hand (keep it, close it) and goes on to the
// next maintains a list: it answers no request. One that leaves the loop
// (return, break) or sets a flag the code after it acts on decides access.

type AccessToken struct {
	AccessToken string
	Label       string
}

type conn struct{ token string }

func (c *conn) Close() {}

// RemoveToken keeps every token but the one to remove.
func RemoveToken(tokens []AccessToken, token string) []AccessToken {
	kept := make([]AccessToken, 0, len(tokens))
	for _, t := range tokens {
		if token != t.AccessToken { // safe: keeps the other tokens
			kept = append(kept, t)
		}
	}
	return kept
}

// CloseFor closes the connections opened with a token.
func CloseFor(conns []*conn, token string) {
	for _, c := range conns {
		if c.token == token { // safe: closes and goes on
			c.Close()
		}
	}
}

// Skip drops the token to delete.
func Skip(tokens []AccessToken, accessTokenToDelete string) []AccessToken {
	var out []AccessToken
	for _, t := range tokens {
		if t.AccessToken == accessTokenToDelete { // safe: skipped
			continue
		}
		out = append(out, t)
	}
	return out
}

// Valid answers whether the presented token is one of the user's.
func Valid(tokens []AccessToken, accessToken string) bool {
	for _, t := range tokens {
		if accessToken == t.AccessToken { // want `secret parameter accessToken is compared with ==`
			return true
		}
	}
	return false
}

// Lookup breaks out with the token it found.
func Lookup(tokens []AccessToken, accessToken string) *AccessToken {
	var found *AccessToken
	for i := range tokens {
		if tokens[i].AccessToken == accessToken { // want `secret tokens\[i\].AccessToken is compared with ==`
			found = &tokens[i]
			break
		}
	}
	return found
}

// Flagged sets a flag the caller's answer depends on.
func Flagged(tokens []AccessToken, accessToken string) bool {
	ok := false
	for _, t := range tokens {
		if t.AccessToken == accessToken { // want `secret t.AccessToken is compared with ==`
			ok = true
		}
	}
	return ok
}
