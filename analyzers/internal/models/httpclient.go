package models

// requestURLArgs: per function of net/http's client, the argument that
// holds the request's URL (text) or the request (*http.Request, whose URL
// is NewRequest's). The client's error (*url.Error, Go 1.26 client.go)
// quotes that URL with only its userinfo's password stripped
// (stripPassword): a secret in the path or the query string is in the
// error.
var requestURLArgs = map[string]int{
	"net/http.Get": 0, "net/http.Head": 0, "net/http.Post": 0, "net/http.PostForm": 0,
	"(*net/http.Client).Do": 0, "(*net/http.Client).Get": 0, "(*net/http.Client).Head": 0,
	"(*net/http.Client).Post": 0, "(*net/http.Client).PostForm": 0,
}

// RequestURLArg returns the argument of a net/http client function that
// holds the request's URL or the request, and whether it is one.
func RequestURLArg(fullName string) (int, bool) {
	i, ok := requestURLArgs[fullName]
	return i, ok
}

// IsNewRequest reports whether fullName makes an *http.Request from a URL
// text, and which argument that is.
func IsNewRequest(fullName string) (int, bool) {
	switch fullName {
	case "net/http.NewRequest":
		return 1, true
	case "net/http.NewRequestWithContext":
		return 2, true
	}
	return 0, false
}
