package klogcase

import "k8s.io/klog/v2"

func Log(secret, name string) {
	klog.Infof("secret %s", secret)          // want `credential \(secret\) parameter secret`
	klog.InfoS("sync", "clientSecret", name) // want `credential \(secret\)`
	klog.InfoS("sync", "secretName", name)   // safe: the name of a secret
	klog.V(2).Infof("reconcile %s", name)
}
