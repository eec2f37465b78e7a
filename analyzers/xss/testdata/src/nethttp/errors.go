package nethttp

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
)

// An error fmt.Errorf or errors.New made says what the call was given:
// its text is as clean as its arguments, as fmt.Sprintf's would be.

func madeErrors(w http.ResponseWriter, id int) {
	err := fmt.Errorf("job %d failed", id)
	if id == 0 {
		err = errors.New("no job")
	}
	io.WriteString(w, "<p>PANIC: "+err.Error()+"</p>")
	_, perr := strconv.Atoi("12")
	if perr != nil {
		io.WriteString(w, "<p>"+perr.Error()+"</p>")
	}
}

// True positives: an error quoting the request; an error some library
// returned, whose text the analysis cannot see; an error parameter.

func errorQuotes(w http.ResponseWriter, r *http.Request) {
	err := fmt.Errorf("no patient %s", r.FormValue("id"))
	io.WriteString(w, "<p>"+err.Error()+"</p>") // want `r.FormValue\("id"\) \(request input\) written unescaped into an HTML response by io.WriteString`
}

func libraryError(w http.ResponseWriter, db *sql.DB) {
	if err := db.Ping(); err != nil {
		io.WriteString(w, "<p>"+err.Error()+"</p>") // want `\(result of \(\*sql.DB\).Ping\) written unescaped into an HTML response by io.WriteString`
	}
}

func wrappedLibraryError(w http.ResponseWriter, db *sql.DB) {
	if err := db.Ping(); err != nil {
		werr := fmt.Errorf("database: %w", err)
		io.WriteString(w, "<p>"+werr.Error()+"</p>") // want `written unescaped into an HTML response by io.WriteString`
	}
}

func errorParam(w http.ResponseWriter, err error) {
	io.WriteString(w, "<p>"+err.Error()+"</p>") // want `err.Error\(\) \(result of \(error\).Error\) written unescaped`
}

// A deferred closure that only reads the error runs after the write.
func deferredRead(w http.ResponseWriter, id int) {
	err := fmt.Errorf("job %d failed", id)
	defer func() {
		if recover() != nil {
			fmt.Println("again:", err)
		}
	}()
	io.WriteString(w, "<p>PANIC: "+err.Error()+"</p>")
}

// A deferred closure that stores runs before the named result is
// returned, and before the Recover block.
func deferredStore(r *http.Request, id int) (err error) {
	defer func() {
		if recover() != nil {
			err = errors.New(r.FormValue("why"))
		}
	}()
	err = fmt.Errorf("job %d failed", id)
	defer func() { err = errors.New(r.FormValue("why")) }()
	return err
}

func deferredStoreWrite(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<p>"+deferredStore(r, 1).Error()+"</p>") // want `\(request input\) written unescaped into an HTML response by io.WriteString`
}
