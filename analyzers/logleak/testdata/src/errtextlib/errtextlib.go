// Package errtextlib returns errors that hold a token: one prints it, one
// does not.
package errtextlib

type Rejected struct{ Token string }

func (e Rejected) Error() string { return "token rejected" }

type Quoting struct{ Token string }

func (e Quoting) Error() string { return "bad token " + e.Token }

func Check(token string) error {
	if len(token) < 32 {
		return Rejected{Token: token}
	}
	return nil
}

func CheckQuoting(token string) error {
	if len(token) < 32 {
		return Quoting{Token: token}
	}
	return nil
}
