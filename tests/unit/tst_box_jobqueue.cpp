#include "box/JobQueue.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

// The queue of long jobs: one at a time in order, on their own thread, progress readable while a job
// runs, callers wait for a typed result. Jobs are held by semaphores, never by sleeping.
class TestJobQueue : public QObject
{
    Q_OBJECT

private slots:
    void runsOnItsOwnThreadWithATypedResult()
    {
        JobQueue queue(QStringLiteral("test jobs"));
        QThread* ran = nullptr;
        const auto job = queue.submit<QString>(QStringLiteral("answer"), [&](Job&) {
            ran = QThread::currentThread();
            return QStringLiteral("done");
        });
        QCOMPARE(job->result(), QStringLiteral("done"));
        QCOMPARE(job->state(), Job::State::Finished);
        QCOMPARE(job->name(), QStringLiteral("answer"));
        QVERIFY(ran != nullptr);
        QVERIFY(ran != QThread::currentThread());
    }

    void progressIsReadableWhileItRuns()
    {
        JobQueue queue(QStringLiteral("test jobs"));
        QSemaphore reached, release;
        const auto job = queue.submit<int>(QStringLiteral("long"), [&](Job& j) {
            j.setProgress(3, 10, QStringLiteral("signing zones"));
            reached.release();
            release.acquire();
            return 42;
        });
        QVERIFY(reached.tryAcquire(1, 30000));
        QCOMPARE(job->state(), Job::State::Running);
        QCOMPARE(queue.current(), std::static_pointer_cast<Job>(job));
        const Job::Progress p = job->progress();
        QCOMPARE(p.done, 3);
        QCOMPARE(p.total, 10);
        QCOMPARE(p.step, QStringLiteral("signing zones"));
        QVERIFY(!job->wait(0));
        QVERIFY(!job->isDone());
        release.release();
        QCOMPARE(job->result(), 42);
        QVERIFY(job->isDone());
    }

    void oneAtATimeInOrderAndQueuedDuplicatesMerge()
    {
        JobQueue queue(QStringLiteral("test jobs"));
        QSemaphore reached, release;
        QStringList order;
        const auto first = queue.submit<int>(QStringLiteral("first"), [&](Job&) {
            reached.release();
            release.acquire();
            order.append(QStringLiteral("first"));
            return 1;
        });
        QVERIFY(reached.tryAcquire(1, 30000));
        // While the first runs, two requests for the same queued job share it; another key does not.
        int runs = 0;
        const auto a = queue.submit<int>(
            QStringLiteral("update"),
            [&](Job&) {
                order.append(QStringLiteral("update"));
                return ++runs;
            },
            QStringLiteral("update"));
        const auto b = queue.submit<int>(
            QStringLiteral("update"), [&](Job&) { return ++runs + 100; }, QStringLiteral("update"));
        const auto c = queue.submit<int>(
            QStringLiteral("other"),
            [&](Job&) {
                order.append(QStringLiteral("other"));
                return 7;
            },
            QStringLiteral("other"));
        QCOMPARE(a, b);
        QVERIFY(std::static_pointer_cast<Job>(a) != std::static_pointer_cast<Job>(c));
        QCOMPARE(queue.queuedCount(), 2);
        release.release();
        QCOMPARE(c->result(), 7);
        QCOMPARE(a->result(), 1);
        QCOMPARE(runs, 1);
        QCOMPARE(order, QStringList({"first", "update", "other"}));
        // Once it runs, a new request is a new job.
        const auto d = queue.submit<int>(
            QStringLiteral("update"), [&](Job&) { return ++runs; }, QStringLiteral("update"));
        QCOMPARE(d->result(), 2);
    }

    void stoppingFinishesTheRunningJobAndCancelsTheRest()
    {
        QSemaphore reached, release;
        std::shared_ptr<JobOf<int>> running, queued;
        auto queue = std::make_unique<JobQueue>(QStringLiteral("test jobs"));
        running = queue->submit<int>(QStringLiteral("running"), [&](Job&) {
            reached.release();
            release.acquire();
            return 5;
        });
        QVERIFY(reached.tryAcquire(1, 30000));
        queued = queue->submit<int>(QStringLiteral("queued"), [](Job&) { return 6; });
        // The queue is destroyed on another thread: it cancels the queued job at once, then waits for
        // the running one.
        std::unique_ptr<QThread> stopper(QThread::create([&] { queue.reset(); }));
        stopper->start();
        QVERIFY(queued->wait(30000));
        QCOMPARE(running->state(), Job::State::Running);
        release.release();
        QVERIFY(stopper->wait(30000));
        QCOMPARE(running->state(), Job::State::Finished);
        QCOMPARE(running->result(), 5);
        QCOMPARE(queued->state(), Job::State::Cancelled);
        QCOMPARE(queued->result(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_box_jobqueue.moc"
