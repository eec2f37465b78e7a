package rules

// The rows of the gosec analyzer (analyzers/gosec): one per rule ID that
// gosec v2.30.0 can report, AST rules (gosec's rules.Generate) and SSA
// analyzers (analyzers.Generate) alike. Titles are gosec's descriptions with a
// lowercase start, CWEs are gosec's (issue.GetCweByRule; G116, G121 and G710 from
// its rule-to-CWE map, as its CWE catalogue lacks them). gosec_test.go checks
// both lists against the pinned gosec module.
//
// Severity is the GitHub security-severity score for the severity and
// confidence gosec's rule reports (read in each rule's source and checked on
// gosec's samples; where a rule reports several, the usual one):
//
//	HIGH, confidence HIGH         8.8  high
//	HIGH, confidence MEDIUM/LOW   7.5  high
//	MEDIUM                        5.5  medium
//	LOW                           3.0  low
//
// gosec's "CRITICAL" taint rules (G702, G708) report HIGH and score 8.8 too.
// Precision is gosec's confidence (HIGH high, MEDIUM medium, LOW low). Level is
// error for HIGH and MEDIUM, warning for LOW, as in gosec's own SARIF.

func gosecRow(id, title string, cwe int, severity float64, precision Precision) *Rule {
	level := Error
	if severity < 4 {
		level = Warning
	}
	return &Rule{
		ID:        id,
		Analyzer:  "gosec",
		Title:     title,
		CWE:       []int{cwe},
		Severity:  severity,
		Precision: precision,
		Level:     level,
		Default:   true,
		Since:     "v0.1.0",
		Doc:       "gosec",
	}
}

// superseded marks a gosec row whose bug class a sanitas analyzer covers.
// Default stays true until that analyzer lands (its issue flips it).
func superseded(r *Rule, by string) *Rule {
	r.SupersededBy = by
	return r
}

func init() {
	register(
		gosecRow("G101", "look for hardcoded credentials", 798, 7.5, Low),
		gosecRow("G102", "bind to all interfaces", 200, 5.5, High),
		gosecRow("G103", "audit the use of unsafe block", 242, 3.0, High),
		gosecRow("G104", "audit errors not checked", 703, 3.0, High),
		gosecRow("G106", "audit the use of ssh.InsecureIgnoreHostKey function", 322, 5.5, High),
		gosecRow("G107", "URL provided to HTTP request as taint input", 88, 5.5, Medium),
		gosecRow("G108", "profiling endpoint is automatically exposed", 200, 8.8, High),
		gosecRow("G109", "converting strconv.Atoi result to int32/int16", 190, 7.5, Medium),
		gosecRow("G110", "detect io.Copy instead of io.CopyN when decompression", 409, 5.5, Medium),
		gosecRow("G111", "detect http.Dir('/') as a potential risk", 22, 5.5, Medium),
		gosecRow("G112", "detect ReadHeaderTimeout not configured as a potential risk", 400, 5.5, Low),
		gosecRow("G113", "HTTP request smuggling via conflicting headers or bare LF in body parsing", 444, 8.8, High),
		gosecRow("G114", "use of net/http serve function that has no support for setting timeouts", 676, 5.5, High),
		gosecRow("G115", "type conversion which leads to integer overflow", 190, 7.5, Medium),
		gosecRow("G116", "detect Trojan Source attacks using bidirectional Unicode characters", 838, 7.5, Medium),
		gosecRow("G117", "potential exposure of secrets via JSON/YAML/XML/TOML marshaling", 499, 5.5, Medium),
		gosecRow("G118", "context propagation failure leading to goroutine/resource leaks", 400, 7.5, Medium),
		gosecRow("G119", "unsafe redirect policy may propagate sensitive headers", 200, 7.5, Medium),
		gosecRow("G120", "unbounded form parsing in HTTP handlers can cause memory exhaustion", 400, 5.5, High),
		gosecRow("G121", "unsafe CrossOriginProtection bypass patterns", 346, 7.5, Medium),
		gosecRow("G122", "filesystem TOCTOU race risk in filepath.Walk/WalkDir callbacks", 367, 7.5, Medium),
		gosecRow("G123", "TLS resumption may bypass VerifyPeerCertificate when VerifyConnection is unset", 295, 8.8, High),
		gosecRow("G124", "insecure HTTP cookie configuration missing Secure, HttpOnly, or SameSite attributes", 614, 5.5, High),
		gosecRow("G125", "detect unescaped elements in url.JoinPath calls", 22, 5.5, Medium),

		superseded(gosecRow("G201", "SQL query construction using format string", 89, 5.5, High), "sqlinject"),
		superseded(gosecRow("G202", "SQL query construction using string concatenation", 89, 5.5, High), "sqlinject"),
		superseded(gosecRow("G203", "use of unescaped data in HTML templates", 79, 5.5, Low), "xss"),
		gosecRow("G204", "audit use of command execution", 78, 5.5, High),

		gosecRow("G301", "poor file permissions used when creating a directory", 276, 5.5, High),
		gosecRow("G302", "poor file permissions used when creation file or using chmod", 276, 5.5, High),
		gosecRow("G303", "creating tempfile using a predictable path", 377, 5.5, High),
		gosecRow("G304", "file path provided as taint input", 22, 5.5, High),
		gosecRow("G305", "file path traversal when extracting zip archive", 22, 5.5, High),
		gosecRow("G306", "poor file permissions used when writing to a file", 276, 5.5, High),
		gosecRow("G307", "poor file permissions used when creating a file with os.Create", 276, 5.5, High),

		superseded(gosecRow("G401", "detect the usage of MD5 or SHA1", 328, 5.5, High), "pwhash"),
		gosecRow("G402", "look for bad TLS connection settings", 295, 8.8, High),
		gosecRow("G403", "ensure minimum RSA key length of 2048 bits", 310, 5.5, High),
		gosecRow("G404", "insecure random number source (rand)", 338, 7.5, Medium),
		gosecRow("G405", "detect the usage of DES or RC4", 327, 5.5, High),
		superseded(gosecRow("G406", "detect the usage of deprecated MD4 or RIPEMD160", 328, 5.5, High), "pwhash"),
		gosecRow("G407", "use of hardcoded IV/nonce for encryption", 1204, 8.8, High),
		gosecRow("G408", "stateful misuse of ssh.PublicKeyCallback leading to auth bypass", 287, 8.8, High),

		superseded(gosecRow("G501", "import blocklist: crypto/md5", 327, 5.5, High), "pwhash"),
		gosecRow("G502", "import blocklist: crypto/des", 327, 5.5, High),
		gosecRow("G503", "import blocklist: crypto/rc4", 327, 5.5, High),
		gosecRow("G504", "import blocklist: net/http/cgi", 327, 5.5, High),
		superseded(gosecRow("G505", "import blocklist: crypto/sha1", 327, 5.5, High), "pwhash"),
		superseded(gosecRow("G506", "import blocklist: golang.org/x/crypto/md4", 327, 5.5, High), "pwhash"),
		superseded(gosecRow("G507", "import blocklist: golang.org/x/crypto/ripemd160", 327, 5.5, High), "pwhash"),

		gosecRow("G601", "implicit memory aliasing in RangeStmt", 118, 5.5, Medium),
		gosecRow("G602", "possible slice bounds out of range", 118, 3.0, High),

		superseded(gosecRow("G701", "SQL injection via taint analysis", 89, 8.8, High), "sqlinject"),
		gosecRow("G702", "command injection via taint analysis", 78, 8.8, High),
		gosecRow("G703", "path traversal via taint analysis", 22, 8.8, High),
		gosecRow("G704", "SSRF via taint analysis", 918, 8.8, High),
		superseded(gosecRow("G705", "XSS via taint analysis", 79, 5.5, High), "xss"),
		gosecRow("G706", "log injection via taint analysis", 117, 3.0, High),
		gosecRow("G707", "SMTP command/header injection via taint analysis", 93, 8.8, High),
		superseded(gosecRow("G708", "server-side template injection via taint analysis", 94, 8.8, High), "xss"),
		gosecRow("G709", "unsafe deserialization of untrusted data via taint analysis", 502, 8.8, High),
		gosecRow("G710", "open redirect via taint analysis", 601, 5.5, High),
	)
}

// sqlinject and xss have landed: the gosec rules they supersede (G201, G202,
// G701; G203, G705, G708) are off by default; -checks or the config's enable
// list turns them back on.
func init() {
	for _, r := range table {
		if r.SupersededBy == "sqlinject" || r.SupersededBy == "xss" {
			r.Default = false
		}
	}
}

// pwhash has landed: the gosec rules it supersedes (G401, G406, G501, G505,
// G506, G507: every MD5, SHA-1, MD4 or RIPEMD-160 use, whatever it hashes)
// are off by default; -checks or the config's enable list turns them back on.
func init() {
	for _, r := range table {
		if r.SupersededBy == "pwhash" {
			r.Default = false
		}
	}
}
