#pragma once

class MonitoringService;
class Router;

// GET /admin/boxkeeper/metrics?series=load,memory_used&from=<unix>&to=<unix> (administrators): the time series for
// the desktop's charts, as compact JSON:
//   {"from": 1700000000, "series": {"load": [[1700000040, 0.52], ...], "memory_used": [...]}, "step": 60,
//    "to": 1700086400}
// `series` is a comma-separated list of names (absent or empty: all), `from` and `to` Unix times in seconds (absent:
// the last 24 hours). 400 with one sentence for an unknown series, a time that is not a whole number or from after
// to.
namespace MonitoringApi {
void registerRoutes(Router& router, MonitoringService& monitoring);
}
