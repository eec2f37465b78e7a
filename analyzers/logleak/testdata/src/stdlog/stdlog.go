package stdlog

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"strings"
)

type User struct {
	ID        int
	Email     string
	Password  string
	NHSNumber string
}

func Login(user, password string) {
	log.Printf("login %s/%s", user, password) // want `credential \(password\) parameter password written to the log by log.Printf`
}

func Concat(u *User) {
	log.Println("user " + u.Password) // want `credential \(password\) u.Password`
	msg := "nhs=" + u.NHSNumber
	log.Print(msg) // want `personal or patient data \(NHS number\) u.NHSNumber`
}

func Header(r *http.Request) {
	log.Print("auth ", r.Header.Get("Authorization"))   // want `credential \(authorization header\)`
	log.Print("rid ", r.Header.Get("X-Request-Id"))     // safe: not a sensitive header
	log.Print("key ", r.Header.Get("X-Reports-Key"))    // want `credential \(API key\)`
	log.Print("idem ", r.Header.Get("Idempotency-Key")) // safe: a replay guard, no secret
	user, pass, _ := r.BasicAuth()
	log.Print(user)           // safe: the user name
	log.Printf("pw %s", pass) // want `credential \(password\) r.BasicAuth\(\)`
	log.Printf("%v", r)       // want `HTTP request data`
	dump, _ := httputil.DumpRequest(r, true)
	log.Print(string(dump))                    // want `HTTP request data`
	log.Printf("cookies %v", r.Cookies())      // want `HTTP request data \(HTTP request dump\) r.Cookies\(\)`
	log.Printf("%d cookies", len(r.Cookies())) // safe: a count
	log.Print(r.Method, r.URL.Path)
}

func Env() {
	log.Println("key", os.Getenv("STRIPE_API_KEY")) // want `credential \(API key\)`
	log.Println("home", os.Getenv("HOME"))
	dsn := os.Getenv("DATABASE_URL")
	log.Println("connecting", dsn) // want `connection string`
	u, _ := url.Parse(dsn)
	log.Println("connecting", u.Redacted())
}

// DSNParts: a DSN parsed with url.Parse keeps its password in the
// userinfo; the user name, host, port, path and scheme carry none.
func DSNParts(databaseURL string) {
	u, err := url.Parse(databaseURL)
	if err != nil || u.User == nil {
		return
	}
	log.Printf("database user %s", u.User.Username())
	log.Printf("database host %s port %s", u.Hostname(), u.Port())
	log.Printf("database %s://%s%s", u.Scheme, u.Host, u.Path)
	log.Printf("database path %s", u.EscapedPath())
	pw, _ := u.User.Password()
	log.Printf("database password %s", pw)      // want `connection string \(DSN\)`
	log.Printf("database %s", u.String())       // want `connection string \(DSN\)`
	log.Printf("database user %s", u.User)      // want `connection string \(DSN\)`
	log.Printf("database query %s", u.RawQuery) // want `connection string \(DSN\)`
}

// Safe look-alikes.
func Safe(u *User, passage string, secretName string, token string) {
	log.Printf("user %d logged in", u.ID)
	log.Printf("passage %s", passage)
	log.Printf("secret %s missing", secretName)
	log.Printf("token length %d", len(token))
	sum := sha256.Sum256([]byte(token))
	log.Printf("token hash %s", hex.EncodeToString(sum[:]))
	log.Printf("token %s", maskToken(token))
	log.Printf("ok %v", token == "x")
	requestID := strings.ToUpper("abc")
	log.Printf("request %s", requestID)
}

func maskToken(t string) string {
	if len(t) <= 4 {
		return "****"
	}
	return strings.Repeat("*", len(t)-4) + t[len(t)-4:]
}

type NHSNumber string

func Typed(n NHSNumber) {
	log.Printf("patient %s", n) // want `personal or patient data \(NHS number\) value of type NHSNumber`
}

type basicAuth struct {
	Username string
	Secret   string
}

func parseAuth(h string) *basicAuth {
	user, secret, _ := strings.Cut(h, ":")
	return &basicAuth{Username: user, Secret: secret}
}

func Basic(r *http.Request) {
	a := parseAuth(r.Header.Get("Authorization"))
	log.Print(a.Username) // safe: the user name of the credentials
	log.Print(a.Secret)   // want `credential \(authorization header\) r.Header.Get`
}

type LDAPSource struct {
	AttributeSurname string
	AttributeMail    string
}

func Search(s *LDAPSource) {
	log.Printf("fetching %s %s", s.AttributeSurname, s.AttributeMail) // safe: attribute names, not data
}

// Form: a request's parsed form holds every field the client posted.
func Form(r *http.Request) {
	log.Printf("register form: %v", r.PostForm)    // want `HTTP request data \(HTTP request dump\) whole form r.PostForm`
	log.Println(r.Form)                            // want `HTTP request data \(HTTP request dump\) whole form r.Form`
	log.Printf("values %v", r.MultipartForm.Value) // want `whole form r.MultipartForm.Value`
	log.Printf("multipart %+v", r.MultipartForm)   // want `HTTP request data \(HTTP request dump\) whole \*mime/multipart.Form`
	log.Printf("form: " + fmt.Sprint(r.PostForm))  // want `whole form r.PostForm`
	log.Printf("fields %d", len(r.PostForm))       // safe: a count
	log.Printf("page %s", r.PostForm.Get("page"))  // safe: one field that is not sensitive
	q := url.Values{}
	q.Set("page", "1")
	log.Printf("query %v", q) // safe: built here
}

// Headers: the request's are a dump; a header map the program fills from
// an allow-list is what it put in, and a secret it puts in is reported.
func Headers(r *http.Request) {
	log.Printf("headers: %v", r.Header) // want `HTTP request data \(HTTP request dump\) whole net/http.Header`
	kept := make(http.Header)
	for _, k := range []string{"User-Agent", "X-Request-Id"} {
		kept.Set(k, r.Header.Get(k))
	}
	log.Printf("headers: %v", kept) // safe: an allow-list
	out := http.Header{}
	out.Set("Authorization", r.Header.Get("Authorization"))
	log.Printf("forwarding %v", out) // want `credential \(authorization header\) r.Header.Get\("Authorization"\)`
}
