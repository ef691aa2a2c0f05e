#pragma once

#include <QHostAddress>
#include <QString>

class HttpRequest;

// The address of the client that sent a request, for every use (login throttling and its log line, the
// A/AAAA record set to "the caller's address"):
// - over TLS, the connection's peer, whatever headers the client sends;
// - behind nginx (the --plain-http listener, HttpRequest::viaProxy), X-Forwarded-For, which nginx's /admin
//   location sets to $remote_addr: one address. Without the header (a local tool), or with one that is not
//   exactly one IP address (so nginx did not write it), the peer.
namespace ClientAddress {
QHostAddress of(const HttpRequest& request);
// of() as text: IPv4-mapped IPv6 addresses as IPv4, no scope; empty for a null address (no peer).
QString text(const HttpRequest& request);
} // namespace ClientAddress
