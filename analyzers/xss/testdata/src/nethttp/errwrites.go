package nethttp

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
)

// Decode helpers that write an error into the response and return it:
// their writes begin plain, and each is the handler's first where the
// handler returns on the error of the helpers before it.

func decodeFlag(w http.ResponseWriter, r *http.Request, name string) (bool, error) {
	v, err := strconv.ParseBool(r.URL.Query().Get(name))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(fmt.Sprintf("Error decoding boolean for '%s': %v", name, err)))
		return false, err
	}
	return v, nil
}

func decodeCount(w http.ResponseWriter, r *http.Request, name string) (int, error) {
	s := r.URL.Query().Get(name)
	n, err := strconv.Atoi(s)
	if err != nil {
		err = fmt.Errorf("Error decoding int for %s", s)
		w.Write([]byte(err.Error()))
		return 0, err
	}
	return n, nil
}

func connz(w http.ResponseWriter, r *http.Request) {
	auth, err := decodeFlag(w, r, "auth")
	if err != nil {
		return
	}
	limit, err := decodeCount(w, r, "limit")
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"auth":%t,"limit":%d}`, auth, limit)
}

// The handler goes on after an error: the first helper may have written.

func decodeFlag2(w http.ResponseWriter, r *http.Request, name string) (bool, error) {
	v, err := strconv.ParseBool(r.URL.Query().Get(name))
	if err != nil {
		w.Write([]byte("Error decoding boolean " + name))
		return false, err
	}
	return v, nil
}

func decodeLimit(w http.ResponseWriter, r *http.Request) (int, error) {
	s := r.URL.Query().Get("limit")
	n, err := strconv.Atoi(s)
	if err != nil {
		w.Write([]byte("Error decoding int for " + s)) // want `r.URL.Query\(\).Get\("limit"\) \(request input\) written unescaped`
		return 0, err
	}
	return n, nil
}

func routez(w http.ResponseWriter, r *http.Request) {
	_, _ = decodeFlag2(w, r, "auth")
	if _, err := decodeLimit(w, r); err != nil {
		return
	}
}

// A helper that writes and still returns nil lets the next one write
// second.

func warnDeprecated(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("v1") != "" {
		w.Write([]byte("<p>deprecated</p>"))
	}
	return nil
}

func decodeOffset(w http.ResponseWriter, r *http.Request) (int, error) {
	s := r.URL.Query().Get("offset")
	n, err := strconv.Atoi(s)
	if err != nil {
		w.Write([]byte("Error decoding offset " + s)) // want `r.URL.Query\(\).Get\("offset"\) \(request input\) written unescaped`
		return 0, err
	}
	return n, nil
}

func listz(w http.ResponseWriter, r *http.Request) {
	if err := warnDeprecated(w, r); err != nil {
		return
	}
	if _, err := decodeOffset(w, r); err != nil {
		return
	}
}

// Markup first, and a helper exported to callers not seen here.

func decodeSort(w http.ResponseWriter, r *http.Request) (string, error) {
	s := r.URL.Query().Get("sort")
	if s != "name" && s != "date" {
		w.Write([]byte("<b>bad sort</b> " + s)) // want `r.URL.Query\(\).Get\("sort"\) \(request input\) written unescaped`
		return "", errors.New("bad sort")
	}
	return s, nil
}

func DecodeID(w http.ResponseWriter, r *http.Request) (int, error) {
	s := r.URL.Query().Get("id")
	n, err := strconv.Atoi(s)
	if err != nil {
		w.Write([]byte("Error decoding id " + s)) // want `r.URL.Query\(\).Get\("id"\) \(request input\) written unescaped`
		return 0, err
	}
	return n, nil
}

func sortz(w http.ResponseWriter, r *http.Request) {
	if _, err := decodeSort(w, r); err != nil {
		return
	}
	if _, err := DecodeID(w, r); err != nil {
		return
	}
}

// An error made here with a plain format begins plain; one whose text is
// the input does not.

func errorText(w http.ResponseWriter, r *http.Request) {
	err := fmt.Errorf("no patient %s", r.FormValue("id"))
	w.Write([]byte(err.Error()))
}

func errorInput(w http.ResponseWriter, r *http.Request) {
	err := errors.New(r.FormValue("id"))
	w.Write([]byte(err.Error())) // want `errors.New\(r.FormValue\("id"\)\) \(request input\) written unescaped`
}

// A helper between: decodeDetail writes only through decodeFlag3, and
// returns its error where it called it.

func decodeFlag3(w http.ResponseWriter, r *http.Request, name string) (bool, error) {
	v, err := strconv.ParseBool(r.URL.Query().Get(name))
	if err != nil {
		w.Write([]byte(fmt.Sprintf("Error decoding boolean for '%s': %v", name, err)))
		return false, err
	}
	return v, nil
}

func decodeDetail(w http.ResponseWriter, r *http.Request) (subs, detail bool, err error) {
	detail = r.URL.Query().Get("subs") == "detail"
	if !detail {
		subs, err = decodeFlag3(w, r, "subs")
	}
	return
}

func decodeCount2(w http.ResponseWriter, r *http.Request, name string) (int, error) {
	s := r.URL.Query().Get(name)
	n, err := strconv.Atoi(s)
	if err != nil {
		w.Write([]byte("Error decoding int for " + s))
		return 0, err
	}
	return n, nil
}

func subsz(w http.ResponseWriter, r *http.Request) {
	if _, err := decodeFlag3(w, r, "auth"); err != nil {
		return
	}
	if _, _, err := decodeDetail(w, r); err != nil {
		return
	}
	if _, err := decodeCount2(w, r, "limit"); err != nil {
		return
	}
}

// The error of a function of the package whose every error begins plain.

type connOpts struct{ Sort, Account string }

func conns(o connOpts) ([]string, error) {
	switch o.Sort {
	case "", "cid", "start":
	default:
		return nil, fmt.Errorf("invalid sorting option: %s", o.Sort)
	}
	if o.Account != "" && o.Sort == "start" {
		return nil, errors.New("sort by start only without an account")
	}
	return []string{"a"}, nil
}

func connsRaw(sort string) ([]string, error) {
	if sort != "" {
		return nil, errors.New(sort + " is not a sort")
	}
	return nil, nil
}

func connList(w http.ResponseWriter, r *http.Request) {
	if _, err := conns(connOpts{Sort: r.URL.Query().Get("sort")}); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(err.Error()))
	}
}

func connListRaw(w http.ResponseWriter, r *http.Request) {
	if _, err := connsRaw(r.URL.Query().Get("sort")); err != nil {
		w.Write([]byte(err.Error())) // want `written unescaped`
	}
}

// A function with a defer returns through its result variables: every
// value stored in them counts; a deferred closure that may replace the
// error leaves it unknown.

var connMu sync.Mutex

func connsLocked(sort string) ([]string, error) {
	connMu.Lock()
	defer connMu.Unlock()
	if sort != "cid" {
		return nil, fmt.Errorf("invalid sorting option: %s", sort)
	}
	return []string{"a"}, nil
}

func connsRewritten(sort string) (out []string, err error) {
	defer func() {
		if err != nil {
			err = errors.New(sort)
		}
	}()
	if sort != "cid" {
		return nil, fmt.Errorf("invalid sorting option: %s", sort)
	}
	return []string{"a"}, nil
}

func connListLocked(w http.ResponseWriter, r *http.Request) {
	if _, err := connsLocked(r.URL.Query().Get("sort")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(err.Error())) // safe: "invalid sorting option: ..." is sniffed as text/plain
	}
}

func connListRewritten(w http.ResponseWriter, r *http.Request) {
	if _, err := connsRewritten(r.URL.Query().Get("sort")); err != nil {
		w.Write([]byte(err.Error())) // want `written unescaped`
	}
}

// The package's own error type does not stand for every error: the text
// of one fmt.Errorf made is still its input.

type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func badDay(w http.ResponseWriter, r *http.Request) {
	err := fmt.Errorf("%s is not a valid day", r.FormValue("day"))
	w.Write([]byte(err.Error())) // want `r.FormValue\("day"\) \(request input\) written unescaped`
}

func notFoundErr(w http.ResponseWriter, r *http.Request) error {
	return &apiError{code: 404, msg: "no such ward"}
}
