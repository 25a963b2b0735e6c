// Command localcluster runs the real Kubernetes control plane for local runs and tests:
//
//	localcluster apiserver <kube-apiserver flags>           embedded etcd + kube-apiserver in one process
//	localcluster controller-manager <kube-controller-manager flags>
//
// Both are the upstream commands compiled from k8s.io/kubernetes; nothing is re-implemented here.
// The embedded etcd listens on 127.0.0.1:$LOCALCLUSTER_ETCD_PORT with data in $LOCALCLUSTER_ETCD_DIR.
package main

import (
	"fmt"
	"net/url"
	"os"
	"time"

	"go.etcd.io/etcd/server/v3/embed"
	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"
	_ "k8s.io/component-base/metrics/prometheus/clientgo"
	_ "k8s.io/component-base/metrics/prometheus/version"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: localcluster apiserver|controller-manager [flags]")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "apiserver":
		if err := startEtcd(); err != nil {
			fmt.Fprintln(os.Stderr, "embedded etcd:", err)
			os.Exit(1)
		}
		cmd := apiserver.NewAPIServerCommand()
		cmd.SetArgs(os.Args[2:])
		os.Exit(cli.Run(cmd))
	case "controller-manager":
		cmd := controllermanager.NewControllerManagerCommand()
		cmd.SetArgs(os.Args[2:])
		os.Exit(cli.Run(cmd))
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
}

func startEtcd() error {
	dir, port, peerPort := os.Getenv("LOCALCLUSTER_ETCD_DIR"), os.Getenv("LOCALCLUSTER_ETCD_PORT"), os.Getenv("LOCALCLUSTER_ETCD_PEER_PORT")
	if dir == "" || port == "" || peerPort == "" {
		return fmt.Errorf("LOCALCLUSTER_ETCD_DIR, LOCALCLUSTER_ETCD_PORT and LOCALCLUSTER_ETCD_PEER_PORT must be set")
	}
	client, err := url.Parse("http://127.0.0.1:" + port)
	if err != nil {
		return err
	}
	peer, err := url.Parse("http://127.0.0.1:" + peerPort)
	if err != nil {
		return err
	}
	cfg := embed.NewConfig()
	cfg.Dir = dir
	cfg.ListenClientUrls, cfg.AdvertiseClientUrls = []url.URL{*client}, []url.URL{*client}
	cfg.ListenPeerUrls, cfg.AdvertisePeerUrls = []url.URL{*peer}, []url.URL{*peer}
	cfg.InitialCluster = cfg.InitialClusterFromName(cfg.Name)
	cfg.LogLevel = "error"
	// Test clusters are throwaway: skip fsync so a 2,000-node seed doesn't wait on the disk.
	cfg.UnsafeNoFsync = true
	server, err := embed.StartEtcd(cfg)
	if err != nil {
		return err
	}
	select {
	case <-server.Server.ReadyNotify():
		return nil
	case <-time.After(60 * time.Second):
		server.Close()
		return fmt.Errorf("not ready after 60s")
	}
}
