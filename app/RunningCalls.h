#pragma once

#include "ApiJob.h"

#include <QHash>
#include <QList>
#include <QPointer>

// The calls a service of the client core has under way, at most one of each kind (the service's enum of loads or
// calls): whether one or any runs, which, and all of them stopped together when the client changes or the service
// goes. Stopping disconnects the owner from the calls first, so a stopped call reports nothing to it.
template <typename Kind>
class RunningCalls
{
public:
    bool isRunning(Kind kind) const { return !m_calls.value(kind).isNull(); }
    bool isAnyRunning() const
    {
        for (const QPointer<ApiJob>& call : m_calls) {
            if (call)
                return true;
        }
        return false;
    }
    ApiJob* call(Kind kind) const { return m_calls.value(kind); }
    QList<Kind> running() const
    {
        QList<Kind> kinds;
        for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
            if (it.value())
                kinds.append(it.key());
        }
        return kinds;
    }

    void add(Kind kind, ApiJob* call) { m_calls.insert(kind, call); }
    void remove(Kind kind) { m_calls.remove(kind); }
    // Aborts the call of that kind, if one runs (`owner` hears nothing more from it), and forgets it.
    void abort(Kind kind, const QObject* owner)
    {
        if (ApiJob* running = m_calls.take(kind)) {
            running->disconnect(owner);
            running->abort();
        }
    }
    // Aborts every call under way (`owner` hears nothing more from them) and forgets them all.
    void abortAll(const QObject* owner)
    {
        for (const QPointer<ApiJob>& call : std::as_const(m_calls)) {
            if (call) {
                call->disconnect(owner);
                call->abort();
            }
        }
        m_calls.clear();
    }

private:
    QHash<Kind, QPointer<ApiJob>> m_calls;
};
