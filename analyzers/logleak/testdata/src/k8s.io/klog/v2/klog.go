// Package klog is a trimmed stub of k8s.io/klog/v2 v2.130.1: only the
// signatures logleak's tests call.
package klog

type Verbose struct{}

func V(level int) Verbose                                        { return Verbose{} }
func (v Verbose) Infof(format string, args ...interface{})       {}
func Infof(format string, args ...interface{})                   {}
func InfoS(msg string, keysAndValues ...interface{})             {}
func ErrorS(err error, msg string, keysAndValues ...interface{}) {}
