package command

import (
	"fmt"
	"strings"
)

// Where `storecast install` puts things.
const (
	serviceUser   = "storecast"
	unitPath      = "/etc/systemd/system/storecast.service"
	envPath       = "/etc/storecast/env"
	defaultBin    = "/usr/local/bin/storecast"
	serviceData   = "/var/lib/storecast"         // StateDirectory=storecast
	serviceBackup = "/var/lib/storecast-backups" // StateDirectory=storecast-backups
)

// unitText is the systemd unit. systemd makes the state directories, owned
// by the service user, which is all the server may write under
// ProtectSystem=strict. Settings live in the environment file, not on
// ExecStart, so an operator changes them without touching the unit.
func unitText(bin string) string {
	return fmt.Sprintf(`# Written by storecast install (storecast %[1]s). Settings: %[2]s.
# Change it with a drop-in (systemctl edit storecast), not here: install
# writes this file again.
[Unit]
Description=Storecast store server
After=network-online.target
Wants=network-online.target

[Service]
Type=exec
User=%[3]s
Group=%[3]s
Environment=STORECAST_DATA=%[4]s
EnvironmentFile=%[2]s
ExecStart=%[5]s serve
Restart=on-failure
RestartSec=5s
# serve closes screens' feeds and finishes requests within 10 s.
TimeoutStopSec=20s
LimitNOFILE=65536
StateDirectory=storecast storecast-backups
StateDirectoryMode=0750
UMask=0027

# Binding ports below 1024 (HTTPS on 443) is the only privilege it keeps.
AmbientCapabilities=CAP_NET_BIND_SERVICE
CapabilityBoundingSet=CAP_NET_BIND_SERVICE
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=yes
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallErrorNumber=EPERM

[Install]
WantedBy=multi-user.target
`, Version, envPath, serviceUser, serviceData, bin)
}

// envText is the first environment file; install never overwrites one.
func envText(publicURL string) string {
	url := "#STORECAST_PUBLIC_URL=https://store-042.example"
	if publicURL != "" {
		url = "STORECAST_PUBLIC_URL=" + publicURL
	}
	return strings.Join([]string{
		"# Storecast's settings, read by storecast.service: after a change,",
		"# systemctl restart storecast. `storecast serve --help` lists them all.",
		"# The data directory is " + serviceData + " (the unit sets it).",
		"STORECAST_ADDR=0.0.0.0:8080",
		"# The address screens and phones reach this server by: coupon links,",
		"# QR codes and enrolment links point there, and screens' WebSockets",
		"# are accepted only from it.",
		url,
		"STORECAST_TIMEZONE=Asia/Shanghai",
		"# Screens show nothing until paired in the console.",
		"STORECAST_REQUIRE_PAIRING=true",
		"# A backup every night on the store's clock; copy them off the machine.",
		"STORECAST_BACKUP_DIR=" + serviceBackup,
		"STORECAST_BACKUP_KEEP=14",
		"STORECAST_BACKUP_AT=03:30",
		"# Logs as JSON lines for a collector, and Prometheus /metrics on this",
		"# machine only (docs/operations.md, Metrics and logs).",
		"#STORECAST_LOG_FORMAT=json",
		"#STORECAST_METRICS_ADDR=127.0.0.1:9090",
		"",
	}, "\n")
}
